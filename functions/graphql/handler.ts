import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { dataConfigFromEnv, Store } from '../data';
import { quotasFromEnv } from '../services/admission';
import type { Caller } from '../services/caller';
import { createVerifier } from './auth';
import { limitsFromEnv } from './limits';
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

  const gatedHandler = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const requestId = context.awsRequestId ?? randomUUID();
    const gate = await admitRequest(deps, {
      authorization: header(event.headers, 'authorization'),
      apiKey: header(event.headers, 'x-api-key'),
      clientAddress: event.requestContext?.identity?.sourceIp,
      requestId,
    });
    if (!gate.ok) return { statusCode: gate.refusal.status, headers: gate.refusal.headers, body: gate.refusal.body };
    admitted.set(event, { caller: gate.caller, requestId });
    return (await graphqlHandler(event, context, () => undefined)) as APIGatewayProxyResult;
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
