import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, type Verifier } from '../../../functions/graphql/auth';

/** Token verification: local RS256 tokens and Cognito-shaped access tokens. */
let sign: (claims: Record<string, unknown>) => Promise<string>;
let verify: Verifier;
let cognito: Verifier;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] };
  sign = (claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('iss').setSubject('u1').setExpirationTime('1h').sign(privateKey);
  verify = createVerifier({ jwks, issuer: 'iss' });
  cognito = createVerifier({ jwks, issuer: 'iss', tokenUse: 'access', clientId: 'app' });
});

describe('createVerifier', () => {
  it('reads role, jurisdictions and agency from a local token', async () => {
    // Prepare
    const token = await sign({ role: 'AGENCY', jurisdictions: ['04'], agency: 'a1' });
    // Act
    const caller = await verify(`Bearer ${token}`);
    // Assess
    expect(caller).toEqual({ role: 'AGENCY', subject: 'u1', jurisdictions: ['04'], agencyId: 'a1' });
  });

  it('reads the role from Cognito groups and jurisdictions from a comma list', async () => {
    // Prepare
    const token = await sign({ 'cognito:groups': ['PROVINCE_ADMIN'], jurisdictions: '04, 24', token_use: 'access', client_id: 'app' });
    // Act
    const caller = await cognito(`Bearer ${token}`);
    // Assess
    expect(caller).toMatchObject({ role: 'PROVINCE_ADMIN', jurisdictions: ['04', '24'] });
  });

  it('maps the PULL_OPERATOR group to its own role, and a NATIONAL user stays a reader', async () => {
    // Prepare
    const operator = await sign({ 'cognito:groups': ['PULL_OPERATOR'], token_use: 'access', client_id: 'app' });
    const both = await sign({ 'cognito:groups': ['NATIONAL', 'PULL_OPERATOR'], token_use: 'access', client_id: 'app' });
    const national = await sign({ role: 'NATIONAL' });
    // Act
    const roles = [(await cognito(`Bearer ${operator}`)).role, (await cognito(`Bearer ${both}`)).role, (await verify(`Bearer ${national}`)).role];
    // Assess
    expect(roles).toEqual(['PULL_OPERATOR', 'NATIONAL', 'NATIONAL']);
  });

  it('is anonymous without a header, and refuses bad tokens, ID tokens and other clients', async () => {
    // Prepare
    const idToken = await sign({ 'cognito:groups': ['PROVINCE_ADMIN'], token_use: 'id', client_id: 'app' });
    const otherClient = await sign({ 'cognito:groups': ['PROVINCE_ADMIN'], token_use: 'access', client_id: 'x' });
    const noRole = await sign({ jurisdictions: ['04'] });
    // Act & Assess
    expect((await verify(undefined)).role).toBe('PUBLIC');
    await expect(verify('Bearer not.a.token')).rejects.toThrow(/not valid/);
    await expect(verify('Basic abc')).rejects.toThrow(/Bearer/);
    await expect(cognito(`Bearer ${idToken}`)).rejects.toThrow(/access token/);
    await expect(cognito(`Bearer ${otherClient}`)).rejects.toThrow(/another client/);
    await expect(verify(`Bearer ${noRole}`)).rejects.toThrow(/no role/);
  });
});
