import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { dataConfigFromEnv, runMetered, Store } from '../data';
import { quotasFromEnv } from '../services/admission';
import type { Caller } from '../services/caller';
import { createVerifier } from './auth';
import { limitsFromEnv } from './limits';
import { createObservability } from './observability';
import { admitRequest, buildServer, createContext } from './server';

/**
 * The Lambda entry: middy around Apollo's Lambda integration, over the same
 * buildServer() as the local server and the tests. Built once per container from
 * its environment (TABLE_PREFIX, JWKS_URL, JWT_ISSUER, JURISDICTIONS, STAGE, EXPLORER).
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

  const deps = { store, verify, jurisdictions, quotas };
  // The gate admits a caller before Apollo runs; the context function picks it up by event.
  const admitted = new WeakMap<APIGatewayProxyEvent, { caller: Caller; requestId: string }>();

  const graphqlHandler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler(), {
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
    admitted.set(event, { caller: gate.caller, requestId });
    const [result, refused] = await Promise.all([graphqlHandler(event, context, () => undefined) as Promise<APIGatewayProxyResult>, gate.check]);
    return refused ? { statusCode: refused.status, headers: refused.headers, body: refused.body } : result;
  };
  return middy(gatedHandler).use(httpErrorHandler());
};

/** API Gateway keeps header names as sent; HTTP says they are case-insensitive. */
const header = (headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined => {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
};

export const handler = createHandler(process.env);
