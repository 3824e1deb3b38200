import { randomUUID } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { currentReading } from '../data';
import type { Caller } from '../services/caller';
import { admitRequest, bodyTooLarge, malformedJson, type AdmissionDeps, type Refusal } from './admission';
import type { GraphQLContext } from './context';
import type { RequestSummary } from './observability';

/**
 * The handler's middy middlewares, for the HTTP event and result (GraphQL concerns are
 * Apollo plugins). They share one state per event: the admission middleware decides and
 * the handler answers a refusal without starting Apollo; the log middleware reads it last.
 */
export interface RequestState {
  readonly requestId: string;
  readonly started: number;
  caller: Caller | null;
  refusal: Refusal | null;
  /** Apollo's context for this request, once it has one. */
  context: GraphQLContext | null;
}

type Middleware = MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult>;

export const requestLog = (requests: WeakMap<APIGatewayProxyEvent, RequestState>, record: (summary: RequestSummary) => void): Middleware => {
  const done = (event: APIGatewayProxyEvent, status: number) => {
    const state = requests.get(event);
    if (!state) return;
    record({
      requestId: state.requestId,
      caller: state.caller,
      status,
      durationMs: Date.now() - state.started,
      observed: state.context?.observed ?? { errors: state.refusal ? [state.refusal.code] : [], userErrors: [] },
      dynamodb: currentReading() ?? { requests: {}, total: 0, roundTrips: 0, consumedReadCapacity: 0 },
    });
  };
  return {
    before: ({ event, context }) => {
      requests.set(event, { requestId: context.awsRequestId ?? randomUUID(), started: Date.now(), caller: null, refusal: null, context: null });
    },
    after: ({ event, response }) => done(event, response?.statusCode ?? 200),
    onError: ({ event }) => done(event, 500),
  };
};

/** Body size, token, key and quota, then a JSON body that parses: all before Apollo sees the request. */
export const admission = (requests: WeakMap<APIGatewayProxyEvent, RequestState>, deps: AdmissionDeps, maxBodyBytes: number): Middleware => ({
  before: async ({ event }) => {
    const state = requests.get(event)!;
    const raw = event.body ?? '';
    const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
    state.refusal = bodyTooLarge(bytes, maxBodyBytes);
    if (state.refusal) return;
    const admitted = await admitRequest(deps, {
      authorization: header(event.headers, 'authorization'),
      apiKey: header(event.headers, 'x-api-key'),
      clientAddress: event.requestContext?.identity?.sourceIp,
      requestId: state.requestId,
    });
    if (!admitted.ok) {
      state.refusal = admitted.refusal;
      return;
    }
    state.caller = admitted.caller;
    if (raw && (header(event.headers, 'content-type') ?? '').startsWith('application/json') && !parses(event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw)) {
      state.refusal = malformedJson();
    }
  },
});

export const refusalResult = (refusal: Refusal, requestId: string): APIGatewayProxyResult => ({
  statusCode: refusal.status,
  headers: { ...refusal.headers, 'x-request-id': requestId },
  body: refusal.body,
});

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** API Gateway keeps header names as sent; HTTP says they are case-insensitive. */
const header = (headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined => {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
};
