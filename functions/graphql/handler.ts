import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { dataConfigFromEnv, runMetered, Store } from '../data';
import { quotasFromEnv } from '../services/admission';
import type { Caller } from '../services/caller';
import { parsePullSources } from '../services/pull-sources';
import { createVerifier } from './auth';
import { limitsFromEnv } from './limits';
import { createObservability } from './observability';
import { admitRequest, buildServer, createContext } from './server';

/**
 * The Lambda entry: middy around Apollo's Lambda integration, over the same
 * buildServer() as the local server and the tests. Built once per container from
 * its environment (TABLE_PREFIX, JWKS_URL, JWT_ISSUER, JURISDICTIONS, PULL_SOURCES, STAGE, EXPLORER).
 */
export const createHandler = (env: NodeJS.ProcessEnv) => {
  const store = new Store(dataConfigFromEnv(env));
  const verify = createVerifier({
    jwks: env.JWKS_URL ?? '',
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
    ...(env.JWT_TOKEN_USE ? { tokenUse: env.JWT_TOKEN_USE } : {}),
    ...(env.JWT_CLIENT_ID ? { clientId: env.JWT_CLIENT_ID } : {}),
  });
  const jurisdictions = (env.JURISDICTIONS ?? '04,24').split(',').map((j) => j.trim()).filter(Boolean);
  const quotas = quotasFromEnv(env);
  const server = buildServer({ introspection: env.EXPLORER === 'on' || env.STAGE !== 'prod', limits: limitsFromEnv(env) });

  const deps = { store, verify, jurisdictions, quotas, pullSources: parsePullSources(env.PULL_SOURCES) };
  // The gate admits a caller before Apollo runs; the context function picks it up by event.
  const admitted = new WeakMap<APIGatewayProxyEvent, { caller: Caller; requestId: string }>();

  const graphqlHandler = startServerAndCreateLambdaHandler(server, requestHandler, {
    context: async ({ event }) => {
      const entry = admitted.get(event);
      if (!entry) throw new Error('Request reached GraphQL without passing the gate');
      return createContext(deps, entry.caller, entry.requestId);
    },
  });

  const observability = createObservability(env);

  const gatedHandler = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const started = Date.now();
    const requestId = context.awsRequestId ?? randomUUID();
    const { result, reading } = await runMetered(() => serve(event, context, requestId));
    observability.record({
      requestId,
      caller: admitted.get(event)?.caller ?? null,
      status: result.statusCode,
      durationMs: Date.now() - started,
      body: result.body,
      dynamodb: reading,
    });
    return result;
  };

  const serve = async (event: APIGatewayProxyEvent, context: Context, requestId: string): Promise<APIGatewayProxyResult> => {
    const gate = await admitRequest(deps, {
      authorization: header(event.headers, 'authorization'),
      apiKey: header(event.headers, 'x-api-key'),
      clientAddress: event.requestContext?.identity?.sourceIp,
      requestId,
    });
    if (!gate.ok) return { statusCode: gate.refusal.status, headers: gate.refusal.headers, body: gate.refusal.body };
    const malformed = malformedBody(event);
    if (malformed) return malformed;
    admitted.set(event, { caller: gate.caller, requestId });
    const [result, refused] = await Promise.all([graphqlHandler(event, context, () => undefined) as Promise<APIGatewayProxyResult>, gate.check]);
    return refused ? { statusCode: refused.status, headers: refused.headers, body: refused.body } : result;
  };
  return middy(gatedHandler).use(httpErrorHandler());
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

/** A JSON body that does not parse gets a GraphQL-shaped 400, not the parser's bare message. */
const malformedBody = (event: APIGatewayProxyEvent): APIGatewayProxyResult | null => {
  if (!event.body || !(header(event.headers, 'content-type') ?? '').startsWith('application/json')) return null;
  try {
    JSON.parse(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);
    return null;
  } catch {
    return {
      statusCode: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }),
    };
  }
};

/** API Gateway keeps header names as sent; HTTP says they are case-insensitive. */
const header = (headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined => {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
};

export const handler = createHandler(process.env);
