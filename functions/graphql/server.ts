import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createLoaders, type Store } from '../data';
import { admit, type Quotas } from '../services/admission';
import { scopeFor } from '../services/caller';
import type { GraphQLContext } from './context';
import type { Verifier } from './auth';
import { defaultLimits, limitsRule, type Limits } from './limits';
import { resolvers } from './resolvers/resolvers.generated';
import { typeDefs } from './resolvers/typeDefs.generated';

/**
 * The one Apollo server of Lambda, the local server and the tests. Everything
 * request-specific is built in `createContext`; nothing here does I/O.
 */
export interface ServerOptions {
  readonly introspection: boolean;
  readonly limits?: Limits;
  readonly log?: (entry: Record<string, unknown>) => void;
}

export const buildServer = (options: ServerOptions): ApolloServer<GraphQLContext> =>
  new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: {
      ...resolvers,
      Node: { __resolveType: (value: { __typename?: string; type?: string }) => value.__typename ?? value.type ?? null },
    } as typeof resolvers,
    introspection: options.introspection,
    validationRules: [limitsRule(options.limits ?? defaultLimits)],
    parseOptions: { maxTokens: (options.limits ?? defaultLimits).maxTokens },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    plugins: [maskUnexpectedErrors(options.log ?? ((entry) => console.error(JSON.stringify(entry))))],
  });

export interface ContextDeps {
  readonly store: Store;
  readonly verify: Verifier;
  readonly jurisdictions: readonly string[];
  readonly quotas: Quotas;
}

export interface RequestInfo {
  readonly authorization?: string | undefined;
  /** The `x-api-key` header: a partner portal's key. */
  readonly apiKey?: string | undefined;
  /** The client's address, for the anonymous quota. */
  readonly clientAddress?: string | undefined;
  readonly requestId: string;
}

export const createContext = async (deps: ContextDeps, request: RequestInfo): Promise<GraphQLContext> => {
  const admission = await admit(deps.store, deps.quotas, await deps.verify(request.authorization), request);
  if (!admission.ok && admission.reason === 'UNKNOWN_KEY') {
    throw new GraphQLError('The API key is unknown or revoked', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  if (!admission.ok) {
    throw new GraphQLError(
      `Rate limit of ${admission.limit} requests a minute reached; retry after ${admission.retryAfterSeconds} s`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          limit: admission.limit,
          retryAfterSeconds: admission.retryAfterSeconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(admission.retryAfterSeconds)]]) },
        },
      },
    );
  }
  const caller = admission.caller;
  return {
    requestId: request.requestId,
    services: {
      store: deps.store,
      loaders: createLoaders(deps.store),
      caller,
      scope: scopeFor(caller),
      jurisdictions: deps.jurisdictions,
    },
  };
};

const EXPECTED = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A bug or an outage reaches the client as a masked error with the request id, and the log in full. */
const maskUnexpectedErrors = (log: (entry: Record<string, unknown>) => void): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (EXPECTED.has(String(error.extensions?.code))) continue;
          log({
            level: 'ERROR',
            message: 'unexpected error',
            requestId: contextValue.requestId,
            path: error.path,
            error: error.originalError?.stack ?? error.stack ?? String(error),
          });
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          EXPECTED.has(String(error.extensions?.code))
            ? error
            : new GraphQLError(`Internal error. Quote request id ${contextValue.requestId} when you report it.`, {
                path: error.path,
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
              }).toJSON(),
        );
      },
    };
  },
});
