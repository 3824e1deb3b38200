import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScopeError, systemScope } from '../../functions/data';
import { runWorker as spawnWorker } from '../helpers/worker';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The write path under real concurrency: separate OS processes, each with its own
 * handler and DynamoDB client, against one standalone dynalite.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
});
afterAll(async () => h.close());

const runWorker = (env: Record<string, string>) => spawnWorker<{ plan: { title: string } | null; userErrors: { code: string }[] }[]>('test/helpers/update-worker.ts', { ...h.env, ...env });

const plan523 = async () =>
  (await h.gql<{ planByNumber: { id: string; version: number; title: string } }>(
    `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id version title } }`,
  )).data!.planByNumber;

const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;

describe('optimistic locking across processes', () => {
  it('a stale expectedVersion from a second process gets CONFLICT and writes nothing', async () => {
    // Prepare
    const token = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const before = await plan523();
    const first = await runWorker({ TOKEN: token, PLAN_ID: before.id, EXPECTED_VERSION: String(before.version), COUNT: '1', LABEL: 'first' });
    // Act: the second process still holds the version it read before the first wrote.
    const second = await runWorker({ TOKEN: token, PLAN_ID: before.id, EXPECTED_VERSION: String(before.version), COUNT: '1', LABEL: 'second' });
    // Assess
    expect(first[0]!.userErrors).toEqual([]);
    expect(second[0]).toEqual({ plan: null, userErrors: [{ code: 'CONFLICT' }] });
    const after = await plan523();
    expect(after.version).toBe(before.version + 1);
    expect(after.title).toBe('first #0');
    const audit = await h.store.auditOf({ type: 'Plan', jur: '04', id: rawId(before.id) });
    expect(audit.filter((e) => e.version > before.version)).toHaveLength(1);
  });

  it('20 concurrent updates of one plan from two processes give exactly one winner and one audit entry', async () => {
    // Prepare
    const token = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const before = await plan523();
    const common = { TOKEN: token, PLAN_ID: before.id, EXPECTED_VERSION: String(before.version), COUNT: '10' };
    // Act
    const [a, b] = await Promise.all([runWorker({ ...common, LABEL: 'A' }), runWorker({ ...common, LABEL: 'B' })]);
    // Assess
    const all = [...a, ...b];
    const winners = all.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(all.filter((r) => r.userErrors[0]?.code === 'CONFLICT')).toHaveLength(19);
    const after = await plan523();
    expect(after.version).toBe(before.version + 1);
    expect(after.title).toBe(winners[0]!.plan!.title);
    const audit = await h.store.auditOf({ type: 'Plan', jur: '04', id: rawId(before.id) });
    expect(audit.filter((e) => e.version > before.version)).toHaveLength(1);
  });
});

describe('tenancy in the data layer', () => {
  it('refuses a write to another jurisdiction through the repository directly', async () => {
    // Prepare: a scope bound to Bắc Ninh (24) aims at Cao Bằng's (04) plan.
    const plan = await plan523();
    const scope = systemScope('intruder', ['24']);
    // Act
    const attempt = h.store.commit(scope, {
      ref: { type: 'Plan', jur: '04', id: rawId(plan.id) },
      expectedVersion: plan.version,
      data: { title: 'hijacked' },
      op: 'UPDATE',
    });
    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ScopeError);
    expect((await plan523()).title).toBe(plan.title);
    await expect(h.store.claim(scope, '04', 'plan#x', 'y', async () => false)).rejects.toBeInstanceOf(ScopeError);
  });
});
