import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context';

/**
 * What a client is told when a request fails, and what the log keeps. A client's own
 * mistake (a syntax error, a limit, a stale persisted-query hash) is answered with a code
 * it can act on and logged at INFO, so no caller can trip the error alarm; a bug or an
 * outage is masked with the request id and logged at ERROR in full.
 */
export type Log = (entry: Record<string, unknown>) => void;

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  // A cursor that is not ours (the paging module): the client's mistake.
  'INVALID',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo answers these persisted-query mistakes without a code; they are the client's. */
const PERSISTED_QUERY_MESSAGES: Record<string, string> = {
  'provided sha does not match query': 'PERSISTED_QUERY_HASH_MISMATCH',
  'Unsupported persisted query version': 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
};

/** The code a client should see: limits keep theirs through Apollo's validation wrapper. */
const clientCode = (error: { message: string; extensions?: Readonly<Record<string, unknown>> | undefined }): string | null => {
  const code = error.extensions?.code;
  if (PERSISTED_QUERY_MESSAGES[error.message]) return PERSISTED_QUERY_MESSAGES[error.message]!;
  if (/Document contains more that \d+ tokens/.test(error.message)) return 'LIMIT_EXCEEDED';
  // Apollo's ValidationError overwrites a rule's code with GRAPHQL_VALIDATION_FAILED; a limit names itself.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && error.extensions?.limit !== undefined) return 'LIMIT_EXCEEDED';
  return typeof code === 'string' && CLIENT_CODES.has(code) ? code : null;
};

/** graphql-js words its token limit as a syntax error ("more that N tokens"); name the limit like the others. */
const reworded = (error: GraphQLFormattedError, code: string, hideSchema: boolean): GraphQLFormattedError => {
  const tokens = /Document contains more that (\d+) tokens/.exec(error.message);
  if (tokens) return { ...error, message: `Query exceeds the tokens limit of ${tokens[1]}`, extensions: { ...error.extensions, code, limit: 'tokens', max: Number(tokens[1]) } };
  // With introspection off the schema is not for browsing: no "Did you mean" in any message (enum values included).
  const message = hideSchema ? error.message.replace(/ ?Did you mean [^?]*\?/g, '') : error.message;
  return { ...error, message, extensions: { ...error.extensions, code } };
};

export const clientErrors = (options: { log: Log; hideSchemaDetails: boolean }): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        // One INFO line per request for the client's mistakes (a budget refusal fails every field left).
        const codes = new Set<string>();
        for (const error of errors) {
          const code = clientCode(error);
          if (code) codes.add(code);
          else {
            options.log({
              level: 'ERROR',
              message: 'unexpected error',
              requestId: contextValue.requestId,
              path: error.path,
              error: error.originalError?.stack ?? error.stack ?? String(error),
            });
          }
        }
        if (codes.size > 0) options.log({ level: 'INFO', message: 'client error', requestId: contextValue.requestId, codes: [...codes] });
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          const code = clientCode(error);
          return code
            ? reworded(error, code, options.hideSchemaDetails)
            : new GraphQLError(`Internal error. Quote request id ${contextValue.requestId} when you report it.`, {
                path: error.path,
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
              }).toJSON();
        });
      },
    };
  },
});
