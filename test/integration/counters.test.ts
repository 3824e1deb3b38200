import { ScanCommand, UpdateCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildDerived, systemScope, type StoredRecord } from '../../functions/data';
import { applyReplica } from '../../functions/data/replica';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Counts kept on write (data/counters.ts): registryCount's value and nationalSummary read
 * counters, the drill-down reads the records, so every check below compares a counter
 * with a recount — after creates, updates, deletes and pulled records — and the rebuild
 * repairs a counter broken on purpose.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
});
afterAll(async () => h.close());

const mutate = async <T = Record<string, { id: string; version: number }>>(name: string, input: Record<string, unknown>, select: string, inputType?: string): Promise<T> => {
  const type = inputType ?? `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await h.gql<Record<string, T & { userErrors: unknown[] }>>(`mutation($input: ${type}!) { ${name}(input: $input) { ${select} userErrors { code message } } }`, { input }, admin);
  expect(res.errors).toBeUndefined();
  expect(res.data![name]!.userErrors).toEqual([]);
  return res.data![name]!;
};

const KINDS = ['INNOVATIVE_STARTUPS', 'INCUBATORS', 'COMMERCIALISED_PRODUCTS', 'BUDGET_SUPPORTED_PROJECTS', 'PATENTS', 'TRAININGS'];
const DAYS = ['2019-06-30', '2024-01-14', '2024-12-31', '2025-03-01', '2026-01-16', '2026-06-30'];

/** Every count as the counters give it and as a recount of the drill-down's records gives it. */
const countsVsRecount = async (jur: string) => {
  const counted: Record<string, number> = {};
  const recounted: Record<string, number> = {};
  for (const kind of KINDS) {
    const fields = DAYS.flatMap((day, i) => [
      `l_${kind}_${i}: registryCount(kind: ${kind}, jurisdiction: "${jur}", asOf: "${day}") { value items { label } }`,
      `y_${kind}_${i}: registryCount(kind: ${kind}, jurisdiction: "${jur}", asOf: "${day}", year: ${day.slice(0, 4)}) { value items { label } }`,
    ]);
    const res = await h.gql<Record<string, { value: number; items: unknown[] }>>(`{ ${fields.join('\n')} }`, {}, admin);
    expect(res.errors).toBeUndefined();
    for (const [k, v] of Object.entries(res.data!)) {
      counted[k] = v.value;
      recounted[k] = v.items.length;
    }
  }
  return { counted, recounted };
};

const liveRecords = async (jur: string, type: string): Promise<StoredRecord[]> => {
  const out = await h.store.client.send(new ScanCommand({ TableName: h.store.table('Records') }));
  return ((out.Items ?? []) as StoredRecord[]).filter((r) => r.jur === jur && r.type === type && !r.deleted && r.sk === 'R');
};

const summary = async (asOf: string) => {
  const res = await h.gql<{ nationalSummary: { jurisdictions: { jurisdiction: { code: string }; startups: number; eligibleStartups: number; incubators: number; mentors: number; investments: number; investmentAmount: { amount: string }; supportGrants: number; supportGrantAmount: { amount: string } }[] } }>(
    `{ nationalSummary(asOf: "${asOf}", jurisdictions: ["04"]) { jurisdictions { jurisdiction { code } startups eligibleStartups incubators mentors investments investmentAmount { amount } supportGrants supportGrantAmount { amount } } } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.nationalSummary.jurisdictions[0]!;
};

const sum = (records: StoredRecord[], asOf: string) => {
  const made = records.filter((r) => (r.data as { date: string }).date <= asOf);
  return { n: made.length, amount: String(made.reduce((s, r) => s + Number((r.data as { amount: { amount: string } }).amount.amount), 0)) };
};

describe('counters kept on write', () => {
  let startupA: { id: string; version: number };
  let grantB: { id: string; version: number };

  it('equal a recount after creates, updates and deletes', async () => {
    // Prepare: records of every counted kind, some changed and deleted afterwards.
    startupA = (await mutate('startupCreate', { jurisdiction: '04', name: 'Đếm A', stage: 'STARTUP', firstRegisteredOn: '2021-01-15', products: [{ name: 'Trà', commercialisedOn: '2024-05-01' }], intellectualProperty: [{ kind: 'PATENT', title: 'Máy sấy', grantedOn: '2025-02-01' }] }, 'startup { id version }')).startup!;
    const b = (await mutate('startupCreate', { jurisdiction: '04', name: 'Đếm B', stage: 'STARTUP', firstRegisteredOn: '2023-07-01' }, 'startup { id version }')).startup!;
    const c = (await mutate('startupCreate', { jurisdiction: '04', name: 'Đếm C', stage: 'PROJECT' }, 'startup { id version }')).startup!;
    await mutate('incubatorCreate', { jurisdiction: '04', name: 'Vườn ươm đếm', kind: 'INCUBATOR', recognitionLevel: 'PROVINCIAL', recognisedOn: '2024-03-01' }, 'incubator { id version }');
    await mutate('incubatorCreate', { jurisdiction: '04', name: 'Không gian đếm', kind: 'INCUBATOR', recognitionLevel: 'PROVINCIAL' }, 'incubator { id version }');
    await mutate('mentorCreate', { jurisdiction: '04', name: 'Cố vấn đếm', capacity: 2 }, 'mentor { id version }');
    const investor = (await mutate('investorCreate', { jurisdiction: '04', name: 'Quỹ đếm', kind: 'ANGEL' }, 'investor { id version }')).investor!;
    await mutate('investmentCreate', { startup: b.id, investor: investor.id, round: 'seed', amount: { amount: '500000000', currency: 'VND' }, date: '2024-06-01' }, 'investment { id version }');
    await mutate('supportGrantCreate', { jurisdiction: '04', beneficiary: b.id, beneficiaryName: 'Đếm B', policyBasis: 'NQ 93/2021', amount: { amount: '100000000', currency: 'VND' }, source: 'PROVINCIAL_BUDGET', date: '2024-02-01' }, 'supportGrant { id version }');
    grantB = (await mutate('supportGrantCreate', { jurisdiction: '04', beneficiary: b.id, beneficiaryName: 'Đếm B', policyBasis: 'NQ 93/2021', amount: { amount: '50000000', currency: 'VND' }, source: 'PROVINCIAL_BUDGET', date: '2025-04-01' }, 'supportGrant { id version }')).supportGrant!;
    await mutate('supportGrantCreate', { jurisdiction: '04', beneficiary: null, beneficiaryName: 'Hợp tác xã Đếm', policyBasis: 'NĐ 80/2020', amount: { amount: '20000000', currency: 'VND' }, source: 'PROVINCIAL_BUDGET', date: '2025-04-01' }, 'supportGrant { id version }');
    await mutate('eventCreate', { jurisdiction: '04', name: 'Lớp đếm', kind: 'TRAINING', startsOn: '2025-09-01', endsOn: '2025-09-03' }, 'event { id version }');
    // Act: change what is counted, and delete.
    const moved = (await mutate('startupUpdate', { id: b.id, expectedVersion: b.version, firstRegisteredOn: '2020-02-29', stage: 'SCALEUP' }, 'startup { id version }')).startup!;
    await mutate('startupUpdate', { id: c.id, expectedVersion: c.version, stage: 'STARTUP', firstRegisteredOn: '2025-12-01' }, 'startup { id version }');
    expect(moved.version).toBe(2);
    // Assess
    const { counted, recounted } = await countsVsRecount('04');
    expect(counted).toEqual(recounted);
    // On 2025-03-01 only A is innovative: B (first registered 2020-02-29) was until 2025-02-28, C registers later.
    expect(counted.l_INNOVATIVE_STARTUPS_3).toBe(1);
    expect(counted.l_INNOVATIVE_STARTUPS_1).toBe(2);
    // B's two provincial grants count it once overall, and once in each year it got one.
    expect(counted.l_BUDGET_SUPPORTED_PROJECTS_5).toBe(2);
    expect(counted.y_BUDGET_SUPPORTED_PROJECTS_2).toBe(1);
  });

  it('nationalSummary reads the counters, equal to a recount of the records', async () => {
    await mutate('startupDelete', { id: startupA.id, expectedVersion: startupA.version }, 'deletedId', 'WorkflowInput');
    await mutate('supportGrantDelete', { id: grantB.id, expectedVersion: grantB.version }, 'deletedId', 'WorkflowInput');
    const [startups, incubators, mentors, investments, grants] = await Promise.all(['Startup', 'Incubator', 'Mentor', 'Investment', 'SupportGrant'].map((t) => liveRecords('04', t)));
    for (const asOf of ['2024-03-01', '2026-06-30']) {
      const got = await summary(asOf);
      const inv = sum(investments!, asOf);
      const gr = sum(grants!, asOf);
      expect(got).toEqual({
        jurisdiction: { code: '04' },
        startups: startups!.length,
        eligibleStartups: expect.any(Number),
        incubators: incubators!.length,
        mentors: mentors!.length,
        investments: inv.n,
        investmentAmount: { amount: inv.amount },
        supportGrants: gr.n,
        supportGrantAmount: { amount: gr.amount },
      });
    }
    const { counted, recounted } = await countsVsRecount('04');
    expect(counted).toEqual(recounted);
  });

  it('counts pulled records: they arrive through the replica, which keeps the counters too', async () => {
    const scope = systemScope('puller', ['24']);
    const rec = (id: string, version: number, data: Record<string, unknown> | null) => ({ type: 'Startup', jur: '24', id, version, deleted: data === null, data, index: {} });
    const data = (first: string) => ({ name: `Kéo ${first}`, nameKey: `keo ${first}`, demo: false, enterpriseCode: null, stage: 'STARTUP', firstRegisteredOn: first, description: null, sectors: [], commune: null, founders: [], products: [], intellectualProperty: [], awards: [] });
    expect(await applyReplica(h.store, scope, rec('p1', 1, data('2024-01-01')))).toBe('APPLIED');
    expect(await applyReplica(h.store, scope, rec('p2', 1, data('2023-01-01')))).toBe('APPLIED');
    expect(await applyReplica(h.store, scope, rec('p2', 2, data('2010-01-01')))).toBe('APPLIED');
    expect(await applyReplica(h.store, scope, rec('p2', 2, data('2010-01-01')))).toBe('SKIPPED');
    expect(await applyReplica(h.store, scope, rec('p1', 2, null))).toBe('APPLIED');
    const res = await h.gql<{ c: { value: number }; s: { jurisdictions: { startups: number }[] } }>(
      `{ c: registryCount(kind: INNOVATIVE_STARTUPS, jurisdiction: "24", asOf: "2026-01-01") { value } s: nationalSummary(asOf: "2026-01-01", jurisdictions: ["24"]) { jurisdictions { startups } } }`,
    );
    expect(res.data).toEqual({ c: { value: 0 }, s: { jurisdictions: [{ startups: 1 }] } });
    const { counted, recounted } = await countsVsRecount('24');
    expect(counted).toEqual(recounted);
  });

  it('costs the same whatever the registry holds: a Query per series', async () => {
    const query = `{ nationalSummary(asOf: "2026-06-30", jurisdictions: ["04"]) { jurisdictions { startups eligibleStartups incubators mentors investments supportGrants } } }`;
    const before = await h.metered(query);
    for (let i = 0; i < 30; i++) await mutate('startupCreate', { jurisdiction: '04', name: `Thêm ${i}`, stage: 'STARTUP', firstRegisteredOn: `20${10 + (i % 16)}-03-0${1 + (i % 9)}` }, 'startup { id version }');
    const after = await h.metered(query);
    expect(after.reading.requests).toEqual(before.reading.requests);
    expect(after.reading.consumedReadCapacity).toBeLessThanOrEqual(before.reading.consumedReadCapacity + 1);
    console.info(`nationalSummary(04, counts only): ${JSON.stringify(after.reading.requests)}, ${after.reading.consumedReadCapacity} RCU`);
  });

  it('rebuild-derived repairs a broken counter and a lost index item, and then finds nothing to change', async () => {
    // Prepare: break the innovative-startups bucket of 2021 and drop every index item of 04's startups.
    await h.store.client.send(
      new UpdateCommand({ TableName: h.store.table('Control'), Key: { pk: '04#count#registered', sk: '2023' }, UpdateExpression: 'ADD n :k, d0701 :k', ExpressionAttributeValues: { ':k': 7 } }),
    );
    const control = await h.store.client.send(new ScanCommand({ TableName: h.store.table('Control') }));
    const lost = (control.Items ?? []).filter((i) => String(i.pk).startsWith('04#sx#PN#Startup#'));
    expect(lost.length).toBeGreaterThan(0);
    for (let i = 0; i < lost.length; i += 25) {
      await h.store.client.send(new BatchWriteCommand({ RequestItems: { [h.store.table('Control')]: lost.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } })) } }));
    }
    const broken = await countsVsRecount('04');
    expect(broken.counted).not.toEqual(broken.recounted);
    const found = async () => (await h.gql<{ search: { nodes: unknown[] } }>(`{ search(query: "them", types: [STARTUP], first: 50) { nodes { __typename } } }`)).data!.search.nodes.length;
    expect(await found()).toBe(0);
    // Act
    const report = await rebuildDerived(h.store);
    // Assess
    expect(report.indexPut).toBe(lost.length);
    expect(report.countersWritten).toBeGreaterThanOrEqual(1);
    const repaired = await countsVsRecount('04');
    expect(repaired.counted).toEqual(repaired.recounted);
    expect(await found()).toBe(30);
    expect(await rebuildDerived(h.store)).toEqual({ records: report.records, indexPut: 0, indexDeleted: 0, countersWritten: 0, countersDeleted: 0 });
  });
});
