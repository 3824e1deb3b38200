import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { createLoaders, type Store } from '../data';
import { admit, type Quotas } from '../services/admission';
import { scopeFor, type Caller } from '../services/caller';
import type { PullSource } from '../services/pull-sources';
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

/**
 * The executable schema, built once per process. The SDL was validated by codegen (and CI
 * checks it is fresh), so the build skips validating it again and attaches resolvers in
 * place rather than rebuilding every type: a measured ~60 ms off each cold start.
 */
const buildSchema = () =>
  makeExecutableSchema({
    typeDefs,
    resolvers: {
      ...resolvers,
      Node: { __resolveType: (value: { __typename?: string; type?: string }) => value.__typename ?? value.type ?? null },
    } as never,
    updateResolversInPlace: true,
    assumeValidSDL: true,
  });

export const buildServer = (options: ServerOptions): ApolloServer<GraphQLContext> =>
  new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    introspection: options.introspection,
    validationRules: [limitsRule(options.limits ?? defaultLimits)],
    parseOptions: { maxTokens: (options.limits ?? defaultLimits).maxTokens },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    plugins: [maskUnexpectedErrors(options.log ?? defaultLog)],
  });

export interface ContextDeps {
  readonly store: Store;
  readonly verify: Verifier;
  readonly jurisdictions: readonly string[];
  /** Pull bindings (PULL_SOURCES); a deployment without them accepts no pull. */
  readonly pullSources?: readonly PullSource[];
  readonly quotas: Quotas;
  readonly log?: (entry: Record<string, unknown>) => void;
}

const defaultLog = (entry: Record<string, unknown>) => console.error(JSON.stringify(entry));

export interface RequestInfo {
  readonly authorization?: string | undefined;
  /** The `x-api-key` header: a partner portal's key. */
  readonly apiKey?: string | undefined;
  /** The client's address, for the anonymous quota. */
  readonly clientAddress?: string | undefined;
  readonly requestId: string;
}

/** Why a request is turned away before GraphQL runs: an HTTP status and a GraphQL-shaped body. */
export interface Refusal {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const refusal = (status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string> = {}): Refusal => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions }] }),
});

/**
 * The gate every request passes before Apollo: the token is verified first (no I/O
 * with a cached key set). A caller without a token reads published data only, so its
 * query runs at once while its partner key and quota are checked alongside; the
 * answer is replaced by the refusal if the check fails. Done outside Apollo's context
 * function so a refusal is a clean 401/429, and an outage in it is masked.
 */
export interface Admitted {
  readonly ok: true;
  readonly caller: Caller;
  /** Resolves to a refusal when the key or quota check fails; null when the request may stand. */
  readonly check: Promise<Refusal | null>;
}

export const admitRequest = async (deps: ContextDeps, request: RequestInfo): Promise<Admitted | { ok: false; refusal: Refusal }> => {
  let verified: Caller;
  try {
    verified = await deps.verify(request.authorization);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
      return { ok: false, refusal: refusal(401, error.message, { code: 'UNAUTHENTICATED' }) };
    }
    return { ok: false, refusal: masked(deps, request, error) };
  }
  if (verified.role !== 'PUBLIC') return { ok: true, caller: verified, check: Promise.resolve(null) };
  const check = admit(deps.store, deps.quotas, verified, request).then(
    (admission): Refusal | null => {
      if (admission.ok) return null;
      if (admission.reason === 'UNKNOWN_KEY') return refusal(401, 'The API key is unknown or revoked', { code: 'UNAUTHENTICATED' });
      return refusal(
        429,
        `Rate limit of ${admission.limit} requests a minute reached; retry after ${admission.retryAfterSeconds} s`,
        { code: 'RATE_LIMITED', limit: admission.limit, retryAfterSeconds: admission.retryAfterSeconds },
        { 'retry-after': String(admission.retryAfterSeconds) },
      );
    },
    (error: unknown) => masked(deps, request, error),
  );
  return { ok: true, caller: verified, check };
};

const masked = (deps: ContextDeps, request: RequestInfo, error: unknown): Refusal => {
  (deps.log ?? defaultLog)({ level: 'ERROR', message: 'admission failed', requestId: request.requestId, error: (error as Error).stack ?? String(error) });
  return refusal(503, `Internal error. Quote request id ${request.requestId} when you report it.`, {
    code: 'INTERNAL_SERVER_ERROR',
    requestId: request.requestId,
  });
};

/** The per-request context of an admitted caller: fresh loaders, the data scope of the caller. */
export const createContext = (deps: Pick<ContextDeps, 'store' | 'jurisdictions' | 'pullSources'>, caller: Caller, requestId: string): GraphQLContext => ({
  requestId,
  services: {
    store: deps.store,
    loaders: createLoaders(deps.store),
    caller,
    scope: scopeFor(caller),
    jurisdictions: deps.jurisdictions,
    ...(deps.pullSources ? { pullSources: deps.pullSources } : {}),
  },
});

/** graphql-js words its token limit as a syntax error ("more that N tokens"); name the limit like the others. */
const namedTokenLimit = <E extends { message: string; extensions?: Record<string, unknown> }>(error: E): E => {
  const m = /Document contains more that (\d+) tokens/.exec(error.message);
  return m
    ? { ...error, message: `Query exceeds the tokens limit of ${m[1]}`, extensions: { ...error.extensions, code: 'LIMIT_EXCEEDED', limit: 'tokens', max: Number(m[1]) } }
    : error;
};

const EXPECTED = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'INVALID',
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
            ? namedTokenLimit(error)
            : new GraphQLError(`Internal error. Quote request id ${contextValue.requestId} when you report it.`, {
                path: error.path,
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
              }).toJSON(),
        );
      },
    };
  },
});
