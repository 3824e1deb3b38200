import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { dataConfigFromEnv, LocalUserDirectory, runMetered, Store, userDirectoryFromEnv } from '../data';
import { createGate, quotasFromEnv } from '../services/admission';
import { parsePullSources } from '../services/pull-sources';
import { maxBodyBytesFromEnv } from './admission';
import { createVerifier, refusingDisabled } from './auth';
import { limitsFromEnv } from './limits';
import { admission, refusalResult, requestLog, type RequestState } from './middlewares';
import { createObservability } from './observability';
import { buildServer, createContext } from './server';

/**
 * The Lambda entry, written as middy's and Powertools' examples are: a plain handler that
 * answers with Apollo, wrapped once. The middlewares put the Lambda context on every log
 * line, publish the request's metrics (with ColdStart), log one line per request, and
 * admit the caller before Apollo runs (admission.ts). Built once per container from its
 * environment (TABLE_PREFIX, JWKS_URL, JWT_ISSUER, JURISDICTIONS, PULL_SOURCES, STAGE,
 * EXPLORER).
 */
export const createHandler = (env: NodeJS.ProcessEnv) => {
  const store = new Store(dataConfigFromEnv(env));
  const users = userDirectoryFromEnv(env);
  const verifyToken = createVerifier({
    jwks: env.JWKS_URL ?? '',
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
    ...(env.JWT_TOKEN_USE ? { tokenUse: env.JWT_TOKEN_USE } : {}),
    ...(env.JWT_CLIENT_ID ? { clientId: env.JWT_CLIENT_ID } : {}),
  });
  // A local directory is a file read per request; Cognito refuses a disabled user's sign-in itself.
  const verify = users instanceof LocalUserDirectory ? refusingDisabled(verifyToken, users) : verifyToken;
  const jurisdictions = (env.JURISDICTIONS ?? '04,24').split(',').map((j) => j.trim()).filter(Boolean);
  const observability = createObservability(env);
  const { log } = observability;
  const server = buildServer({ introspection: env.EXPLORER === 'on' || env.STAGE !== 'prod', limits: limitsFromEnv(env), log });
  const gate = createGate(store, quotasFromEnv(env), (error) => log({ level: 'ERROR', message: 'quota settle failed', error: String(error) }));
  const requests = new WeakMap<APIGatewayProxyEvent, RequestState>();
  const pullSources = parsePullSources(env.PULL_SOURCES);

  const graphqlHandler = startServerAndCreateLambdaHandler(server, requestHandler, {
    context: async ({ event, context }) => {
      const state = requests.get(event);
      if (!state?.caller) throw new Error('Request reached GraphQL without passing admission');
      state.context = createContext({ store, jurisdictions, pullSources, users }, state.caller, state.requestId, () => context.getRemainingTimeInMillis());
      return state.context;
    },
  });

  const lambdaHandler = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const state = requests.get(event)!;
    if (state.refusal) return refusalResult(state.refusal, state.requestId);
    return (await graphqlHandler(event, context, () => undefined)) as APIGatewayProxyResult;
  };

  const chain = middy<APIGatewayProxyEvent, APIGatewayProxyResult>(lambdaHandler).use(injectLambdaContext(observability.logger));
  if (observability.metrics) chain.use(logMetrics(observability.metrics, { captureColdStartMetric: true }));
  chain
    .use(requestLog(requests, observability.record))
    .use(admission(requests, { verify, gate, log }, maxBodyBytesFromEnv(env)))
    .use(httpErrorHandler());
  // The request's DynamoDB calls, admission's included, are metered for its log line.
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => (await runMetered(() => chain(event, context))).result;
};

/**
 * Apollo's API Gateway (REST) request handler decodes query parameters that API Gateway
 * has already decoded, so a literal `%` in a GET query fails as "URI malformed". Encoding
 * them once more first makes that second decode a no-op.
 */
const builtIn = handlers.createAPIGatewayProxyEventRequestHandler();
const requestHandler: typeof builtIn = {
  ...builtIn,
  fromEvent: (event) =>
    builtIn.fromEvent({
      ...event,
      multiValueQueryStringParameters: Object.fromEntries(
        Object.entries(event.multiValueQueryStringParameters ?? {}).map(([k, values]) => [k, (values ?? []).map(encodeURIComponent)]),
      ),
    }),
};

export const handler = createHandler(process.env);
