import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/resolvers/typeDefs.generated';

/** Schema first: every type, field, argument and enum value a partner sees carries a description. */
describe('schema descriptions', () => {
  it('leaves nothing undescribed', () => {
    // Prepare
    const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
    const missing: string[] = [];
    // Act
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      if (isScalarType(type) || isUnionType(type)) continue;
    }
    // Assess
    expect(missing).toEqual([]);
  });
});
