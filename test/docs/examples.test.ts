import { readdirSync, readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/resolvers/typeDefs.generated';

/**
 * Every GraphQL example in the README and docs/ is valid against the schema, so the
 * documentation cannot drift from the API. Placeholders like "<plan id>" are fine: they
 * sit in string or ID positions.
 */
const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const examples = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ file, index: i + 1, text: m[1]! })),
);

describe('documentation examples', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((e) => [`${e.file} #${e.index}`, e.text] as const))('%s is valid against the schema', (_name, text) => {
    // Act
    const errors = validate(schema, parse(text)).map((e) => e.message);
    // Assess
    expect(errors).toEqual([]);
  });
});
