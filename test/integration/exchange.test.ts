import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The exchange for national networks through the real Lambda handler: a snapshot of
 * published data without personal data, then the change feed (creates, updates,
 * tombstones, withdrawn approvals), and who may read them.
 */
process.env.FEED_SETTLE_MS = '3000';

interface ExRecord { type: string; jurisdiction: string; id: string; version: number; deleted: boolean; data: Record<string, unknown> | null }
interface Snap { records: ExRecord[]; endCursor: string | null; hasNextPage: boolean; feedCursor: string | null }
interface Changes { changes: { seq: number; operation: string; record: ExRecord }[]; cursor: string; caughtUp: boolean }

const SNAPSHOT = `query($j: String!, $after: String, $first: Int) { snapshot(jurisdiction: $j, first: $first, after: $after) { records { type jurisdiction id version deleted data } endCursor hasNextPage feedCursor } }`;
const CHANGES = `query($j: String!, $after: String!) { changes(jurisdiction: $j, after: $after) { changes { seq operation record { type jurisdiction id version deleted data } } cursor caughtUp } }`;

/** Waits out the settle window, after which every change made before is readable. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3100));

let h: Harness;
let national: string;
let admin: string;

const fullSnapshot = async (jur: string, token: string, first = 40): Promise<{ records: ExRecord[]; feedCursor: string; pages: number }> => {
  const records: ExRecord[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res: { data?: { snapshot: Snap }; errors?: unknown } = await h.gql<{ snapshot: Snap }>(SNAPSHOT, { j: jur, after, first }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    pages += 1;
    records.push(...res.data!.snapshot.records);
    if (!res.data!.snapshot.hasNextPage) return { records, feedCursor: res.data!.snapshot.feedCursor!, pages };
    after = res.data!.snapshot.endCursor;
  }
};

const pullChanges = async (jur: string, cursor: string): Promise<{ changes: Changes['changes']; cursor: string }> => {
  const all: Changes['changes'] = [];
  for (;;) {
    const res = await h.gql<{ changes: Changes }>(CHANGES, { j: jur, after: cursor }, national);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    all.push(...res.data!.changes.changes);
    cursor = res.data!.changes.cursor;
    if (res.data!.changes.caughtUp) return { changes: all, cursor };
  }
};

const mutate = async <T>(query: string, input: Record<string, unknown>): Promise<T> => {
  const res = await h.gql<Record<string, T>>(query, { input }, admin);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0]!;
};

beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  national = await h.token({ role: 'NATIONAL', jurisdictions: [] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
});
afterAll(async () => h.close());

describe('snapshot and changes for national networks', () => {
  it('pages through every published record of Bắc Ninh, without personal data, and ends with a feed cursor', async () => {
    // Prepare
    const draft = await mutate<{ plan: { id: string } }>(
      `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id } userErrors { code message } } }`,
      { jurisdiction: '24', number: '99/KH-NHAP', title: 'Bản nháp', periodFrom: 2026, periodTo: 2026 },
    );
    const startup = await mutate<{ startup: { id: string } }>(
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code message } } }`,
      { jurisdiction: '24', name: 'Nông nghiệp Xanh', stage: 'STARTUP', firstRegisteredOn: '2024-03-01', enterpriseCode: '2301234567', founders: [{ name: 'Nguyễn Thị Hoa', phone: '0912345678', email: 'hoa@example.vn', woman: true, youth: true }] },
    );
    expect(draft.plan?.id).toBeTruthy();
    expect(startup.startup?.id).toBeTruthy();

    // Act
    const snap = await fullSnapshot('24', national, 40);

    // Assess
    const text = JSON.stringify(snap.records);
    expect(snap.pages).toBeGreaterThan(1);
    expect(snap.feedCursor).toBeTruthy();
    const plans = snap.records.filter((r) => r.type === 'Plan');
    expect(plans.map((p) => p.data?.number)).toEqual(['151/KH-UBND']);
    expect(snap.records.filter((r) => r.type === 'Indicator').length).toBeGreaterThanOrEqual(15);
    expect(snap.records.filter((r) => r.type === 'Task').length).toBeGreaterThan(5);
    expect(snap.records.some((r) => r.type === 'Startup' && r.data?.name === 'Nông nghiệp Xanh')).toBe(true);
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('hoa@example.vn');
    expect(text).not.toContain('"phone"');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(new Set(snap.records.map((r) => `${r.type}:${r.id}`)).size).toBe(snap.records.length);
    expect(snap.records.every((r) => !r.deleted && r.jurisdiction === '24')).toBe(true);
  });

  it('returns creates, updates and tombstones after the cursor, in order, published data only', async () => {
    // Prepare
    const { feedCursor } = await fullSnapshot('24', national, 100);
    await settle();
    const start = await pullChanges('24', feedCursor);
    const created = await mutate<{ startup: { id: string; version: number } }>(
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id version } userErrors { code message } } }`,
      { jurisdiction: '24', name: 'Dược liệu Kinh Bắc', stage: 'PROJECT', founders: [{ name: 'Trần Văn An', phone: '0987000111', woman: false, youth: true }] },
    );
    const updated = await mutate<{ startup: { id: string; version: number } }>(
      `mutation($input: StartupUpdateInput!) { startupUpdate(input: $input) { startup { id version } userErrors { code message } } }`,
      { id: created.startup.id, expectedVersion: 1, description: 'Trồng và chế biến dược liệu' },
    );
    await mutate(`mutation($input: WorkflowInput!) { startupDelete(input: $input) { userErrors { code message } } }`, { id: created.startup.id, expectedVersion: updated.startup.version });
    await mutate(`mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id } userErrors { code message } } }`, { jurisdiction: '24', number: '98/KH-NHAP', title: 'Nháp nữa', periodFrom: 2026, periodTo: 2026 });

    await settle();

    // Act
    const pulled = await pullChanges('24', start.cursor);
    const again = await pullChanges('24', pulled.cursor);

    // Assess
    const mine = pulled.changes.filter((c) => c.record.type === 'Startup' && c.record.data?.name !== 'Nông nghiệp Xanh');
    expect(mine.map((c) => [c.operation, c.record.version, c.record.deleted])).toEqual([
      ['CREATE', 1, false],
      ['UPDATE', 2, false],
      ['DELETE', 3, true],
    ]);
    expect(JSON.stringify(pulled.changes)).not.toContain('0987000111');
    expect(pulled.changes.some((c) => c.record.type === 'Plan')).toBe(false);
    const seqs = pulled.changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(again.changes).toEqual([]);
  });

  it('sends a draft plan only when published, with the tasks written while it was a draft', async () => {
    // Prepare
    await settle();
    const { feedCursor } = await fullSnapshot('24', national, 100);
    const start = await pullChanges('24', feedCursor);
    const plan = await mutate<{ plan: { id: string; version: number } }>(
      `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id version } userErrors { code message } } }`,
      { jurisdiction: '24', number: '77/KH-UBND', title: 'Kế hoạch thử', periodFrom: 2026, periodTo: 2027 },
    );
    await mutate(`mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id } userErrors { code message } } }`, { plan: plan.plan.id, code: '1', title: 'Nhiệm vụ một' });
    await settle();
    const whileDraft = await pullChanges('24', start.cursor);

    // Act
    await mutate(`mutation($input: WorkflowInput!) { planPublish(input: $input) { plan { status } userErrors { code message } } }`, { id: plan.plan.id, expectedVersion: plan.plan.version });
    const tooSoon = await pullChanges('24', whileDraft.cursor);
    await settle();
    const published = await pullChanges('24', tooSoon.cursor);

    // Assess
    expect(whileDraft.changes.filter((c) => ['Plan', 'Task'].includes(c.record.type))).toEqual([]);
    expect(tooSoon.changes).toEqual([]);
    expect(published.changes.map((c) => [c.operation, c.record.type, c.record.data?.title])).toEqual([
      ['PUBLISH', 'Plan', 'Kế hoạch thử'],
      ['INCLUDED', 'Task', 'Nhiệm vụ một'],
    ]);
  });

  it('refuses anonymous callers and other provinces', async () => {
    // Prepare
    const other = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });

    // Act
    const anonymous = await h.gql(SNAPSHOT, { j: '24' });
    const foreign = await h.gql(SNAPSHOT, { j: '24' }, other);
    const badCursor = await h.gql(CHANGES, { j: '24', after: 'bm9wZQ' }, national);

    // Assess
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('INVALID');
  });
});
