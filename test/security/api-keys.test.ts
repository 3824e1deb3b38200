import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMetered } from '../../functions/data';
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
/** Quotas are per clock minute: a test that counts one waits out the last seconds of a minute rather than straddle two. */
const clearOfMinuteEdge = async () => {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
};
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
    // Quotas are per calendar minute: four calls straddling a minute's end would start a fresh
    // bucket, so begin the four in a minute with room for them.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));
    // Act
    const within = [];
    for (let i = 0; i < 3; i++) within.push(await call(run, { 'x-api-key': issued.secret }));
    const over = await call(run, { 'x-api-key': issued.secret });
    await h.gql(`mutation($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }`, { input: { id: issued.apiKey.id } }, admin);
    // A container that read the key before its revocation may keep it for API_KEY_CACHE_SECONDS; a fresh one refuses it.
    const revoked = await call(handler(), { 'x-api-key': issued.secret });
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

  it('reads a key once per container and cache period: the second request with it makes no DynamoDB read', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const { secret } = (await h.gql<{ apiKeyCreate: { secret: string } }>(
      `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }`,
      { input: { jurisdiction: '04', name: 'Cổng đại học', quotaPerMinute: 1000 } },
      admin,
    )).data!.apiKeyCreate;
    const run = handler();
    const viewer = graphqlEvent({ query: '{ viewer { role } }' }, { 'x-api-key': secret });
    // Act
    const first = await runMetered(() => call(run, {}, viewer));
    const second = await runMetered(() => call(run, {}, { ...viewer, headers: { ...viewer.headers } }));
    // Assess
    expect([first.result.status, second.result.status]).toEqual([200, 200]);
    expect(first.reading.requests.GetItem).toBe(1);
    expect(second.reading.total).toBe(0);
  });

  it('counts a quota in the container and settles it in batches: 20 anonymous requests write the counter 3 times, not 20', async () => {
    // Prepare: 120 a minute settles every 6 requests.
    const run = createHandler({ ...process.env, ...h.env, QUOTA_ANONYMOUS_PER_MINUTE: '120' });
    const from = (ip: string) => {
      const event = graphqlEvent({ query: '{ viewer { role } }' });
      return { ...event, requestContext: { ...event.requestContext, identity: { ...event.requestContext.identity, sourceIp: ip } } };
    };
    await clearOfMinuteEdge();
    // Act
    const { result, reading } = await runMetered(async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call(run, {}, from('203.0.113.20'))).status);
      return statuses;
    });
    // Assess
    expect(result.every((s) => s === 200)).toBe(true);
    expect(reading.requests.UpdateItem).toBe(3);
  });

  it('holds a quota across containers within its stated bound: two containers, 40 a minute, admit between 40 and 48 of 80', async () => {
    // Prepare: B = floor(40 / 20) = 2, so each container may pass the limit by at most 2·B = 4.
    const env = { ...process.env, ...h.env, QUOTA_ANONYMOUS_PER_MINUTE: '40' };
    const containers = [createHandler(env), createHandler(env)];
    const event = () => {
      const e = graphqlEvent({ query: '{ viewer { role } }' });
      return { ...e, requestContext: { ...e.requestContext, identity: { ...e.requestContext.identity, sourceIp: '203.0.113.40' } } };
    };
    await clearOfMinuteEdge();
    // Act
    const statuses = await Promise.all(Array.from({ length: 80 }, (_, i) => call(containers[i % 2]!, {}, event()).then((r) => r.status)));
    // Assess
    const admitted = statuses.filter((s) => s === 200).length;
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(admitted).toBeGreaterThanOrEqual(40);
    expect(admitted).toBeLessThanOrEqual(48);
  });
});
