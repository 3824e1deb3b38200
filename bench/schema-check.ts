import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, isObjectType, isInterfaceType, parse } from 'graphql';
import { ROOT } from './bundle';

/**
 * Which `Type.field` coordinates the schema (schema/*.graphql, read now) has: the bench
 * asks before it measures a query, so a field still being built prints "not available yet".
 */
export const schemaFields = (dir = path.join(ROOT, 'schema')): Set<string> => {
  const sdl = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const name of Object.keys(type.getFields())) fields.add(`${type.name}.${name}`);
  }
  return fields;
};

export const missingFields = (needs: readonly string[], fields: ReadonlySet<string>): string[] => needs.filter((n) => !fields.has(n));
