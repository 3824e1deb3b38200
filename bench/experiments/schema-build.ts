/**
 * Cold-start experiment (not part of `npm run bench`): how long building the executable
 * schema takes at import, the way buildServer does it now (makeExecutableSchema, which
 * validates the SDL and then rebuilds the whole schema to attach resolvers) and with the
 * in-place options graphql-tools offers. Bundled with the CDK options and run in fresh
 * processes by bench/experiments/run-schema-build.ts.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from '../../functions/graphql/resolvers/resolvers.generated';
import { typeDefs } from '../../functions/graphql/resolvers/typeDefs.generated';

const loaded = performance.now();
const variant = process.env.VARIANT ?? 'default';
const started = performance.now();
if (variant === 'default') makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
else makeExecutableSchema({ typeDefs, resolvers: resolvers as never, updateResolversInPlace: true, assumeValidSDL: true, assumeValid: true });
process.stdout.write(`${JSON.stringify({ variant, loadedMs: loaded, buildMs: performance.now() - started })}\n`);
