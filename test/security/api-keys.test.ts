import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';

/** Partner API keys and quotas through the real handler: issue, use, exceed, revoke; the anonymous quota. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'], env: { QUOTA_ANONYMOUS_PER_MINUTE: '5' } });
});
afterAll(async () => h.close());

const handler = () => createHandler({ ...process.env, ...h.env });
const call = async (run: ReturnType<typeof handler>, headers: Record<string, string>, event = graphqlEvent({ query: '{ plans(first: 1) { nodes { number } } }' }, headers)) => {
  const result = (await run(event, lambdaContext())) as { statusCode: number; body: string; headers?: Record<string, string>; multiValueHeaders?: Record<string, string[]> };
  return { status: result.statusCode, body: JSON.parse(result.body) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
};

describe('partner API keys', () => {
  it('issues a key to an admin only, reads published data with it, refuses it over quota with the retry time, and after revocation', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const CREATE = `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id name quotaPerMinute revokedAt } userErrors { code } } }`;
    const agencyRefused = await h.gql<{ apiKeyCreate: { userErrors: { code: string }[] } }>(
      CREATE,
      { input: { jurisdiction: '04', name: 'x' } },
      await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] }),
    );
    const issued = (await h.gql<{ apiKeyCreate: { secret: string; apiKey: { id: string; quotaPerMinute: number } } }>(
      CREATE,
      { input: { jurisdiction: '04', name: 'Cổng khởi nghiệp tỉnh', quotaPerMinute: 3 } },
      admin,
    )).data!.apiKeyCreate;
    const run = handler();
    // Act
    const within = [];
    for (let i = 0; i < 3; i++) within.push(await call(run, { 'x-api-key': issued.secret }));
    const over = await call(run, { 'x-api-key': issued.secret });
    await h.gql(`mutation($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }`, { input: { id: issued.apiKey.id } }, admin);
    const revoked = await call(run, { 'x-api-key': issued.secret });
    const forged = await call(run, { 'x-api-key': `${issued.secret.slice(0, -4)}AAAA` });
    const stored = await h.gql<{ apiKeys: { name: string; revokedAt: string | null }[] }>(`{ apiKeys(jurisdiction: "04") { name revokedAt } }`, {}, admin);
    // Assess
    expect(agencyRefused.data!.apiKeyCreate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(issued.secret).toMatch(/^eg_04_[0-9a-f]{12}_/);
    expect(within.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(over.body.errors?.[0]?.message).toMatch(/Rate limit of 3 requests a minute reached; retry after \d+ s/);
    expect(Number(over.body.errors?.[0]?.extensions.retryAfterSeconds)).toBeGreaterThan(0);
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.message).toBe('The API key is unknown or revoked');
    expect(forged.status).toBe(401);
    expect(stored.data!.apiKeys).toEqual([{ name: 'Cổng khởi nghiệp tỉnh', revokedAt: expect.any(String) }]);
    // The secret is everything after `eg_04_<id>_` (base64url: it may contain `_` itself).
    const secret = issued.secret.replace(/^eg_\d{2}_[0-9a-f]{12}_/, '');
    expect(secret).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('meters anonymous callers per client address, with a lower quota', async () => {
    // Prepare
    const run = handler();
    const from = (ip: string, headers: Record<string, string> = {}) => {
      const event = graphqlEvent({ query: '{ plans(first: 1) { nodes { number } } }' }, headers);
      return { ...event, requestContext: { ...event.requestContext, identity: { ...event.requestContext.identity, sourceIp: ip } } };
    };
    // Act
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(run, {}, from('198.51.100.7'))).status);
    const other = await call(run, {}, from('198.51.100.8'));
    const national = await h.token({ role: 'NATIONAL', jurisdictions: [] });
    const withToken = await call(run, {}, from('198.51.100.7', { Authorization: `Bearer ${national}` }));
    // Assess
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(other.status).toBe(200);
    expect(withToken.status).toBe(200);
  });
});
