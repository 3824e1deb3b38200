import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReads, publicScope, ScopeError, systemScope } from '../../functions/data';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The audit trail for admins (security hardening point 5): by entity, by person and by
 * time range, only for a province admin of the jurisdiction, personal data never listed.
 * Two admins with different token subjects change Cao Bằng's plan three times.
 */
let h: Harness;
let planId: string;
let lan: string;
let minh: string;
/** Instants just before and just after Minh's one change. */
let beforeMinh: string;
let afterMinh: string;

const LAN = 'admin-lan@04';
const MINH = 'admin-minh@04';

const UPDATE = `mutation($input: PlanUpdateInput!) { planUpdate(input: $input) { plan { version } userErrors { code message } } }`;
const TRAIL = `query($filter: AuditFilter!, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    edges { cursor node { entityId entityType version operation actor at note changes { field before after } } }
    nodes { version actor at }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Entry {
  entityId: string;
  entityType: string;
  version: number;
  operation: string;
  actor: string;
  at: string;
  note: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface Trail {
  auditTrail: {
    edges: { cursor: string; node: Entry }[];
    nodes: { version: number; actor: string; at: string }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const update = async (token: string, expectedVersion: number, fields: Record<string, unknown>) => {
  const res = await h.gql<{ planUpdate: { plan: { version: number } | null; userErrors: unknown[] } }>(
    UPDATE,
    { input: { id: planId, expectedVersion, ...fields } },
    token,
  );
  expect(res.data?.planUpdate.userErrors).toEqual([]);
};

/** Every page of a trail, following cursors. */
const readAll = async (filter: Record<string, unknown>, token: string, first = 2): Promise<Entry[]> => {
  const all: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<ReturnType<typeof h.gql<Trail>>> = await h.gql<Trail>(TRAIL, { filter, first, after }, token);
    expect(res.errors).toBeUndefined();
    const page: Trail['auditTrail'] = res.data!.auditTrail;
    all.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
};

beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  lan = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: LAN });
  minh = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: MINH });
  const plan = await h.gql<{ planByNumber: { id: string; version: number } }>(
    `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id version } }`,
  );
  planId = plan.data!.planByNumber.id;
  const v = plan.data!.planByNumber.version;

  await update(lan, v, { title: 'Kế hoạch hỗ trợ khởi nghiệp (sửa lần 1)' });
  await pause(30);
  beforeMinh = new Date().toISOString();
  await pause(30);
  await update(minh, v + 1, { signerTitle: 'Phó Chủ tịch UBND tỉnh' });
  await pause(30);
  afterMinh = new Date().toISOString();
  await pause(30);
  await update(lan, v + 2, { title: 'Kế hoạch hỗ trợ khởi nghiệp (sửa lần 2)', purposes: ['Mục đích mới'] });
});
afterAll(async () => h.close());

describe('auditTrail by entity', () => {
  it('lists the versions in order, each naming the fields it changed', async () => {
    // Prepare
    const filter = { jurisdiction: '04', entity: planId };
    // Act
    const entries = await readAll(filter, lan);
    // Assess
    const versions = entries.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
    expect(new Set(entries.map((e) => e.entityId))).toEqual(new Set([planId]));
    expect(entries.every((e) => e.entityType === 'Plan')).toBe(true);
    const last3 = entries.slice(-3);
    expect(last3.map((e) => [e.actor, e.operation])).toEqual([
      [LAN, 'UPDATE'],
      [MINH, 'UPDATE'],
      [LAN, 'UPDATE'],
    ]);
    const [first, second, third] = last3 as [Entry, Entry, Entry];
    expect(first.changes.map((c) => c.field)).toContain('title');
    const title = first.changes.find((c) => c.field === 'title')!;
    expect(JSON.parse(title.after!)).toBe('Kế hoạch hỗ trợ khởi nghiệp (sửa lần 1)');
    expect(second.changes.map((c) => c.field)).not.toContain('title');
    expect(JSON.stringify(second.changes)).toContain('Phó Chủ tịch UBND tỉnh');
    expect(third.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['title', 'purposes']));
    expect(JSON.parse(third.changes.find((c) => c.field === 'purposes')!.after!)).toEqual(['Mục đích mới']);
  });

  it('refuses a cursor from another list', async () => {
    // Prepare
    const byPerson = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04', actor: LAN }, first: 1 }, lan);
    const foreign = byPerson.data!.auditTrail.pageInfo.endCursor;
    // Act
    const res = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04', entity: planId }, first: 1, after: foreign }, lan);
    // Assess
    expect(foreign).toBeTruthy();
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID');
  });
});

describe('auditTrail by person', () => {
  it("lists only that subject's changes, in time order", async () => {
    // Act
    const lanEntries = await readAll({ jurisdiction: '04', actor: LAN }, minh, 1);
    const minhEntries = await readAll({ jurisdiction: '04', actor: MINH }, lan);
    // Assess
    expect(lanEntries).toHaveLength(2);
    expect(lanEntries.every((e) => e.actor === LAN)).toBe(true);
    expect(lanEntries.map((e) => e.at)).toEqual([...lanEntries.map((e) => e.at)].sort());
    expect(minhEntries).toHaveLength(1);
    expect(minhEntries[0]).toMatchObject({ actor: MINH, entityId: planId });
  });

  it("keeps to the filter's jurisdiction", async () => {
    // Prepare
    const both = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04', '24'], subject: LAN });
    // Act
    const in24 = await readAll({ jurisdiction: '24', actor: LAN }, both);
    // Assess
    expect(in24).toEqual([]);
  });
});

describe('auditTrail by time range', () => {
  it('lists only the entries inside the range', async () => {
    // Act
    const inside = await readAll({ jurisdiction: '04', from: beforeMinh, to: afterMinh }, lan);
    const since = await readAll({ jurisdiction: '04', from: beforeMinh }, lan);
    const mine = await readAll({ jurisdiction: '04', actor: LAN, from: beforeMinh }, lan);
    // Assess
    expect(inside.map((e) => [e.actor, e.version])).toEqual([[MINH, inside[0]?.version]]);
    expect(inside.every((e) => e.at >= beforeMinh && e.at <= afterMinh)).toBe(true);
    expect(since.map((e) => e.actor)).toEqual([MINH, LAN]);
    expect(mine).toHaveLength(1);
  });

  it('accepts an instant with an offset', async () => {
    // Prepare: the same range written in Asia/Ho_Chi_Minh time
    const local = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    // Act
    const inside = await readAll({ jurisdiction: '04', from: local(beforeMinh), to: local(afterMinh) }, lan);
    // Assess
    expect(inside.map((e) => e.actor)).toEqual([MINH]);
  });
});

describe('auditTrail and personal data', () => {
  it("never lists founders' phone or e-mail", async () => {
    // Prepare
    const created = await h.gql<{ startupCreate: { startup: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { field code message } } }`,
      {
        input: {
          jurisdiction: '04',
          name: 'Hợp tác xã Trà Hoa Vàng',
          stage: 'PROJECT',
          founders: [{ name: 'Nông Thị Hoa', woman: true, phone: '0912345678', email: 'hoa@example.vn' }],
        },
      },
      lan,
    );
    expect(created.data?.startupCreate.userErrors).toEqual([]);
    // Act
    const entries = await readAll({ jurisdiction: '04', entity: created.data!.startupCreate.startup!.id }, lan);
    // Assess
    const text = JSON.stringify(entries);
    expect(entries.map((e) => e.operation)).toEqual(['CREATE']);
    expect(entries[0]!.changes.map((c) => c.field)).toContain('founders');
    expect(text).toContain('Nông Thị Hoa');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('hoa@example.vn');
  });
});

describe('auditTrail refusals', () => {
  it('refuses an agency of the jurisdiction', async () => {
    // Prepare
    const agency = await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: 'any-agency', subject: 'agency-user' });
    // Act
    const res = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04' } }, agency);
    // Assess
    expect(res.data?.auditTrail ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses another province's admin", async () => {
    // Prepare
    const other = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'], subject: 'admin-24' });
    // Act
    const whole = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04' } }, other);
    const entity = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '24', entity: planId } }, other);
    // Assess
    expect(whole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(entity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(entity.data ?? null)).not.toContain('UPDATE');
  });

  it('refuses a national network', async () => {
    // Prepare
    const national = await h.token({ role: 'NATIONAL', jurisdictions: [] });
    // Act
    const res = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04' } }, national);
    // Assess
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an anonymous caller', async () => {
    // Act
    const res = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04', entity: planId } });
    // Assess
    expect(res.data?.auditTrail ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses both entity and actor at once', async () => {
    // Act
    const res = await h.gql<Trail>(TRAIL, { filter: { jurisdiction: '04', entity: planId, actor: LAN } }, lan);
    // Assess
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('AuditReads in the data layer', () => {
  it("refuses a scope without private reads of the jurisdiction, whatever the resolvers did", async () => {
    // Prepare
    const reads = new AuditReads(h.store);
    const other = systemScope('tool-24', ['24']);
    // Act
    const anonymous = reads.list(publicScope, { by: 'jurisdiction', jur: '04' }, { limit: 5 });
    const foreign = reads.list(other, { by: 'actor', jur: '04', actor: LAN }, { limit: 5 });
    const smuggled = reads.list(other, { by: 'entity', jur: '24', entity: { type: 'Plan', jur: '04', id: 'x' } }, { limit: 5 });
    // Assess
    await expect(anonymous).rejects.toBeInstanceOf(ScopeError);
    await expect(foreign).rejects.toBeInstanceOf(ScopeError);
    await expect(smuggled).rejects.toBeInstanceOf(ScopeError);
  });
});
