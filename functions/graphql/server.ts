import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createLoaders, type Store, type UserDirectory } from '../data';
import { scopeFor, type Caller } from '../services/caller';
import type { PullSource } from '../services/pull-sources';
import { requestBudget } from './budget';
import type { GraphQLContext } from './context';
import { clientErrors, type Log } from './errors';
import { inputText } from './input-text';
import { defaultLimits, limitsRule, type Limits } from './limits';
import { errorCounts } from './observability';
import { resolvers } from './resolvers/resolvers.generated';
import { schemaDocument } from './schema-document';

/**
 * The one Apollo server of Lambda, the local server and the tests. Everything
 * request-specific is built in `createContext`; nothing here does I/O. Admission
 * (token, key, quota, body size) happens before Apollo, in admission.ts.
 */
export interface ServerOptions {
  readonly introspection: boolean;
  readonly limits?: Limits;
  readonly log?: Log;
}

/**
 * The executable schema, built once per process, at cold start. The SDL was validated by
 * codegen (CI checks it is fresh) and the built schema by test/unit/graphql/schema-build.test.ts,
 * so neither is validated again here (`assumeValid` also spares Apollo's start its own
 * validation pass), and resolvers are attached in place rather than by rebuilding every type.
 */
export const buildSchema = () =>
  makeExecutableSchema({
    typeDefs: schemaDocument(),
    resolvers: {
      ...resolvers,
      Node: { __resolveType: (value: { __typename?: string; type?: string }) => value.__typename ?? value.type ?? null },
    } as never,
    updateResolversInPlace: true,
    assumeValidSDL: true,
    assumeValid: true,
  });

export const buildServer = (options: ServerOptions): ApolloServer<GraphQLContext> => {
  const limits = options.limits ?? defaultLimits;
  return new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    introspection: options.introspection,
    validationRules: [limitsRule(limits)],
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    // Order matters at willSendResponse: the budget's refusal replaces the answer, then codes are settled, then counted.
    // Apollo's cache hints (a hook on every field; the schema has no @cacheControl), federated
    // inline traces (not a subgraph) and Studio reporting are never used: switched off, their
    // start-up schema walks and per-field hooks go with them.
    plugins: [
      requestBudget({ limits, remainingMs: (context) => context.remainingMs?.() }),
      inputText(),
      clientErrors({ log: options.log ?? defaultLog, hideSchemaDetails: !options.introspection }),
      errorCounts(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
};

export const defaultLog: Log = (entry) => console.error(JSON.stringify(entry));

export interface ContextDeps {
  readonly store: Store;
  readonly jurisdictions: readonly string[];
  /** Pull bindings (PULL_SOURCES); a deployment without them accepts no pull. */
  readonly pullSources?: readonly PullSource[];
  /** The deployment's user directory (USER_POOL_ID deployed, LOCAL_USERS_FILE locally). */
  readonly users?: UserDirectory | null;
}

/** The per-request context of an admitted caller: fresh loaders, the data scope of the caller. */
export const createContext = (deps: ContextDeps, caller: Caller, requestId: string, remainingMs?: () => number): GraphQLContext => ({
  requestId,
  services: {
    store: deps.store,
    loaders: createLoaders(deps.store),
    caller,
    scope: scopeFor(caller),
    jurisdictions: deps.jurisdictions,
    ...(deps.pullSources ? { pullSources: deps.pullSources } : {}),
    ...(deps.users ? { users: deps.users } : {}),
  },
  ...(remainingMs ? { remainingMs } : {}),
  observed: { errors: [], userErrors: [] },
});
