import { GraphQLError } from 'graphql';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { anonymous, type Caller, type Role } from '../services/caller';

/**
 * Bearer JWTs (RS256) verified against a JWKS: locally a key set created in the
 * data folder on first start; deployed, the identity provider's JWKS URL. Role
 * comes from a `role` claim or the first matching `cognito:groups` entry (in ROLES order,
 * so a user in both NATIONAL and PULL_OPERATOR groups is NATIONAL: operators get their own user);
 * jurisdictions from `jurisdictions` (list or comma string); agency from `agency`.
 */
export interface VerifierConfig {
  readonly jwks: JSONWebKeySet | string;
  readonly issuer?: string;
  readonly audience?: string;
  /** Cognito access tokens carry `token_use: access` and `client_id` instead of `aud`; both are checked when set. */
  readonly tokenUse?: string;
  readonly clientId?: string;
}

export type Verifier = (authorization: string | undefined) => Promise<Caller>;

/** Clocks of the issuer and this server may differ by this much, no more. */
const CLOCK_SKEW_SECONDS = 60;

const ROLES: readonly Role[] = ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL', 'PULL_OPERATOR'];

export const createVerifier = (config: VerifierConfig): Verifier => {
  const keys =
    typeof config.jwks !== 'string' ? createLocalJWKSet(config.jwks) : config.jwks ? createRemoteJWKSet(new URL(config.jwks)) : null;
  return async (authorization) => {
    if (!authorization) return anonymous;
    if (!keys) throw unauthenticated('This deployment has no token issuer configured (JWKS_URL)');
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(m[1]!, keys, {
        algorithms: ['RS256'],
        // A token that never expires, or names nobody, is not one we accept.
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_SKEW_SECONDS,
        ...(config.issuer ? { issuer: config.issuer } : {}),
        ...(config.audience ? { audience: config.audience } : {}),
      }));
    } catch (error) {
      throw unauthenticated(`The token is not valid: ${(error as Error).message}`);
    }
    // jose checks `nbf` (with the skew) but lets an `iat` from the future through.
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) throw unauthenticated('The token is not valid: it was issued in the future');
    if (config.tokenUse && payload.token_use !== config.tokenUse) throw unauthenticated(`Use an ${config.tokenUse} token`);
    if (config.clientId && payload.client_id !== config.clientId) throw unauthenticated('The token was issued to another client');
    return callerFromClaims(payload);
  };
};

const callerFromClaims = (claims: JWTPayload): Caller => {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as string[]) : [];
  const role = ROLES.find((r) => r === claims.role) ?? ROLES.find((r) => groups.includes(r));
  if (!role) throw unauthenticated('The token names no role (PROVINCE_ADMIN, AGENCY, NATIONAL or PULL_OPERATOR)');
  const raw = claims.jurisdictions ?? claims['custom:jurisdictions'];
  const jurisdictions = (Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(',') : [])
    .map((j) => j.trim())
    .filter(Boolean);
  const agency = claims.agency ?? claims['custom:agency'];
  if (role === 'AGENCY' && typeof agency !== 'string') throw unauthenticated('An AGENCY token must name its agency');
  return {
    role,
    subject: String(claims.sub ?? 'unknown'),
    jurisdictions,
    agencyId: typeof agency === 'string' ? agency : null,
  };
};

/**
 * A local verifier that also refuses the tokens of a disabled local account (the token's
 * subject is its e-mail, as `npm run token -- --user` signs it). Deployed, Cognito refuses a
 * disabled user's sign-in and refresh; an access token already issued lives to its expiry.
 */
export const refusingDisabled = (verify: Verifier, users: { get(email: string): Promise<{ enabled: boolean } | null> }): Verifier => async (authorization) => {
  const caller = await verify(authorization);
  if (caller.subject.includes('@') && (await users.get(caller.subject))?.enabled === false) throw unauthenticated('This account is disabled');
  return caller;
};

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
