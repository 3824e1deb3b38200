import { GraphQLError } from 'graphql';
import type { Gate } from '../services/admission';
import type { Caller } from '../services/caller';
import type { Verifier } from './auth';
import type { Log } from './errors';

/**
 * The door every request passes before Apollo, on Lambda (a middy middleware) and on the
 * local server alike: the body's size, the token (no I/O with a cached key set), then the
 * partner key (cached) and the quota (counted in the container). A refused caller costs
 * this and nothing else — no parse, no resolver, no DynamoDB read beyond the key lookup
 * and a quota settle — and gets a clean 401/413/429 with a GraphQL-shaped JSON body; an
 * outage in it is a masked 503.
 */
export interface AdmissionDeps {
  readonly verify: Verifier;
  readonly gate: Gate;
  readonly log: Log;
}

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
  readonly code: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const refusal = (status: number, message: string, extensions: { code: string } & Record<string, unknown>, headers: Record<string, string> = {}): Refusal => ({
  status,
  code: extensions.code,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions }] }),
});

export type Admitted = { readonly ok: true; readonly caller: Caller } | { readonly ok: false; readonly refusal: Refusal };

/** Request bodies above this are refused with 413 before anything else reads them (MAX_BODY_KB). */
export const maxBodyBytesFromEnv = (env: NodeJS.ProcessEnv): number => Number(env.MAX_BODY_KB ?? 256) * 1024;

export const bodyTooLarge = (bytes: number, max: number): Refusal | null =>
  bytes > max ? refusal(413, `Request body over ${max} bytes`, { code: 'LIMIT_EXCEEDED', limit: 'bodyBytes', max }) : null;

export const malformedJson = (): Refusal => refusal(400, 'The request body is not valid JSON', { code: 'BAD_REQUEST' });

export const admitRequest = async (deps: AdmissionDeps, request: RequestInfo): Promise<Admitted> => {
  try {
    let verified: Caller;
    try {
      verified = await deps.verify(request.authorization);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        return { ok: false, refusal: refusal(401, error.message, { code: 'UNAUTHENTICATED' }) };
      }
      throw error;
    }
    const admission = await deps.gate.admit(verified, request);
    if (admission.ok) return { ok: true, caller: admission.caller };
    if (admission.reason === 'UNKNOWN_KEY') return { ok: false, refusal: refusal(401, 'The API key is unknown or revoked', { code: 'UNAUTHENTICATED' }) };
    return {
      ok: false,
      refusal: refusal(
        429,
        `Rate limit of ${admission.limit} requests a minute reached; retry after ${admission.retryAfterSeconds} s`,
        { code: 'RATE_LIMITED', limit: admission.limit, retryAfterSeconds: admission.retryAfterSeconds },
        { 'retry-after': String(admission.retryAfterSeconds) },
      ),
    };
  } catch (error) {
    deps.log({ level: 'ERROR', message: 'admission failed', requestId: request.requestId, error: (error as Error).stack ?? String(error) });
    return {
      ok: false,
      refusal: refusal(503, `Internal error. Quote request id ${request.requestId} when you report it.`, {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: request.requestId,
      }),
    };
  }
};
