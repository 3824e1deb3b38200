import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

/**
 * The local server's signing key pair, created in the data folder on first start,
 * so `npm run token` and the server agree without any AWS account.
 */
const KID = 'local-1';
export const LOCAL_ISSUER = 'ecosystem-graph-local';

export interface LocalKeys {
  readonly jwks: JSONWebKeySet;
  readonly privateJwk: JWK;
}

export const ensureLocalKeys = async (dataDir: string): Promise<LocalKeys> => {
  const dir = path.join(dataDir, 'keys');
  const privatePath = path.join(dir, 'private.jwk.json');
  const publicPath = path.join(dir, 'jwks.json');
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return {
      jwks: JSON.parse(readFileSync(publicPath, 'utf8')) as JSONWebKeySet,
      privateJwk: JSON.parse(readFileSync(privatePath, 'utf8')) as JWK,
    };
  }
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256' };
  mkdirSync(dir, { recursive: true });
  writeFileSync(privatePath, JSON.stringify(privateJwk), { mode: 0o600 });
  const jwks = { keys: [publicJwk] };
  writeFileSync(publicPath, JSON.stringify(jwks));
  return { jwks, privateJwk };
};

export interface TokenClaims {
  readonly role: 'PROVINCE_ADMIN' | 'AGENCY' | 'NATIONAL' | 'PULL_OPERATOR';
  readonly jurisdictions: readonly string[];
  readonly agency?: string;
  readonly subject?: string;
  readonly ttlSeconds?: number;
}

export const signLocalToken = async (keys: LocalKeys, claims: TokenClaims): Promise<string> => {
  const key = await importJWK(keys.privateJwk, 'RS256');
  return new SignJWT({
    role: claims.role,
    jurisdictions: [...claims.jurisdictions],
    ...(claims.agency ? { agency: claims.agency } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setSubject(claims.subject ?? `local-${claims.role.toLowerCase()}`)
    .setIssuer(LOCAL_ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttlSeconds ?? 12 * 3600}s`)
    .sign(key);
};
