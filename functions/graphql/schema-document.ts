import type { DocumentNode } from 'graphql';
import { typeDefs } from './resolvers/typeDefs.generated';
import { leanTypeDefs } from './resolvers/typeDefs.lean.generated';

/**
 * The schema's type definitions. Production Lambda bundles, where introspection is off,
 * are built with `process.env.EG_SCHEMA` defined as "lean" (infra/constructs/bundling.ts):
 * esbuild folds the test and drops the full document, so they carry the schema without
 * descriptions, as JSON text — measured the cheapest form to load (bench/README.md). Every
 * other build, the local server and the tests keep the descriptions for the explorer.
 */
export const schemaDocument = (): DocumentNode =>
  process.env.EG_SCHEMA === 'lean' ? (JSON.parse(leanTypeDefs) as DocumentNode) : typeDefs;
