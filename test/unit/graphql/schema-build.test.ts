import { createRequire } from 'node:module';
import { buildASTSchema, lexicographicSortSchema, printSchema, visit, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { leanTypeDefs } from '../../../functions/graphql/resolvers/typeDefs.lean.generated';
import { typeDefs } from '../../../functions/graphql/resolvers/typeDefs.generated';
import { schemaDocument } from '../../../functions/graphql/schema-document';
import { buildSchema } from '../../../functions/graphql/server';

/**
 * The server builds its schema without validating it (functions/graphql/server.ts), and
 * production bundles ship it without descriptions (schema-document.ts): here both are
 * checked once, so the shortcut at cold start cannot hide a broken or diverging schema.
 */
// The schema comes from graphql-tools, which Node gives graphql's CommonJS build: validate it with that copy.
const { validateSchema } = createRequire(import.meta.url)('graphql') as { validateSchema(schema: GraphQLSchema): readonly GraphQLError[] };

const withoutDescriptions = (doc: DocumentNode): DocumentNode =>
  visit(doc, { enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) });
const canonical = (doc: DocumentNode) => printSchema(lexicographicSortSchema(buildASTSchema(doc)));

afterEach(() => {
  delete process.env.EG_SCHEMA;
});

describe('the schema as the server builds it', () => {
  it('is a valid schema, with and without descriptions', () => {
    expect(validateSchema(buildSchema())).toEqual([]);
    process.env.EG_SCHEMA = 'lean';
    expect(validateSchema(buildSchema())).toEqual([]);
  });

  it('is the full SDL with descriptions unless the bundle says lean', () => {
    expect(schemaDocument()).toBe(typeDefs);
    expect(buildSchema().getQueryType()?.getFields().startups?.description).toMatch(/\w/);
    process.env.EG_SCHEMA = 'lean';
    expect(buildSchema().getQueryType()?.getFields().startups?.description).toBeUndefined();
  });

  it('lean is the same schema as the full one, descriptions aside', () => {
    const lean = JSON.parse(leanTypeDefs) as DocumentNode;
    let described = 0;
    visit(lean, { enter: (node) => void ('description' in node && node.description && described++) });
    expect(described).toBe(0);
    expect(canonical(lean)).toBe(canonical(withoutDescriptions(typeDefs)));
  });
});
