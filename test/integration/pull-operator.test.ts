import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Issue 14.3: the pull channel nobody can hijack, through the real handler over dynalite.
 * A national deployment (nothing seeded, JURISDICTIONS 04 and 24) whose configuration binds
 * only 04, to the source `cao-bang` at its URL; a provincial deployment (Cao Bằng seeded)
 * that binds nothing. Each attack of the red-team run is replayed: a NATIONAL token
 * injecting a published fake plan, claiming 24 with an empty list, reading pullState; a
 * frozen version 2147483647 and a malformed `data` that broke the public `plans` list; the
 * province admin unable to repair it (now: pullDetach).
 */
const SOURCE = { name: 'cao-bang', url: 'https://api.caobang.example/graphql', jurisdictions: ['04'] };
let nat: Harness;
let prov: Harness;
let national = '';
let operator = '';

const APPLY = `mutation($input: PullApplyInput!) { pullApply(input: $input) { applied skipped refused { type id version reason } userErrors { code field message } } }`;
const STATE = `query($s: String!, $j: String!) { pullState(source: $s, jurisdiction: $j) { source cursor pulledFrom url refused { type id version reason } } }`;
const PLANS = `{ plans(first: 20, filter: { jurisdiction: "04" }) { nodes { id number title status } } }`;
type Apply = { pullApply: { applied: number; skipped: number; refused: { type: string; id: string; version: number; reason: string }[]; userErrors: { code: string; field: string[] | null; message: string }[] } };
type State = { pullState: { source: string; cursor: string | null; pulledFrom: string | null; url: string | null; refused: { type: string; id: string; version: number; reason: string }[] } };
type Plans = { plans: { nodes: { id: string; number: string; title: string; status: string }[] } };

const planData = (number: string, title: string, overrides: Record<string, unknown> = {}) => ({
  number,
  title,
  issuer: 'UBND tỉnh Cao Bằng',
  place: 'Cao Bằng',
  issuedOn: '2026-03-02',
  effectiveOn: null,
  signer: null,
  signerTitle: null,
  periodFrom: 2026,
  periodTo: 2026,
  orientationYear: null,
  legalBases: [],
  purposes: ['Hỗ trợ khởi nghiệp'],
  requirements: [],
  objectives: [],
  fundingSources: [],
  responsibilities: [],
  status: 'PUBLISHED',
  publishedAt: '2026-03-02T00:00:00.000Z',
  ...overrides,
});
const record = (type: string, id: string, version: number, seq: number, data: Record<string, unknown> | null) => ({
  type,
  jurisdiction: '04',
  id,
  version,
  seq,
  updatedAt: '2026-03-02T00:00:00.000Z',
  deleted: data === null,
  data,
  index: { tpk: `04#${type}`, tsk: `${String(type === 'Plan' ? data?.number : data?.nameKey)}#${id}` },
});
const input = (records: unknown[], overrides: Record<string, unknown> = {}) => ({ input: { source: SOURCE.name, sourceUrl: SOURCE.url, jurisdiction: '04', records, ...overrides } });

beforeAll(async () => {
  nat = await startHarness({ env: { PULL_SOURCES: JSON.stringify([SOURCE]) } });
  prov = await startHarness({ seed: ['04'], env: { PULL_SOURCES: JSON.stringify([SOURCE]) } });
  national = await nat.token({ role: 'NATIONAL', jurisdictions: [], subject: 'red-team' });
  operator = await nat.token({ role: 'PULL_OPERATOR', jurisdictions: [], subject: 'nat-operator' });
}, 60_000);
afterAll(async () => {
  await nat?.close();
  await prov?.close();
});

describe('who may pull: the operator of the receiving deployment, from the source its configuration binds', () => {
  it('a NATIONAL token injecting a published <script> plan into 04 is refused, and nothing is stored', async () => {
    // Act
    const res = await nat.gql<Apply>(APPLY, input([record('Plan', 'fake1', 1, 1, planData('1/FAKE', '<script>alert(1)</script>'))]), national);
    const plans = await nat.gql<Plans>(PLANS);
    // Assess
    expect(res.data!.pullApply).toMatchObject({ applied: 0, userErrors: [{ code: 'FORBIDDEN' }] });
    expect(plans.data!.plans.nodes).toEqual([]);
  });

  it('a NATIONAL token cannot claim 24 with an empty list, nor read pullState to learn the source name', async () => {
    // Act
    const claim = await nat.gql<Apply>(APPLY, input([], { jurisdiction: '24' }), national);
    const state = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' }, national);
    const anonymous = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' });
    const summary = await nat.gql<{ nationalSummary: { jurisdictions: { jurisdiction: { code: string }; pulledFrom: string | null }[] } }>(
      `{ nationalSummary { jurisdictions { jurisdiction { code } pulledFrom } } }`,
    );
    // Assess
    expect(claim.data!.pullApply.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(state.data).toBeNull();
    expect(state.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(summary.data!.nationalSummary.jurisdictions.map((j) => j.pulledFrom)).toEqual([null, null]);
  });

  it('the operator is held to the configuration: no unbound jurisdiction, no other source name, no other URL', async () => {
    // Act
    const unbound = await nat.gql<Apply>(APPLY, input([], { jurisdiction: '24', source: 'bac-ninh' }), operator);
    const otherName = await nat.gql<Apply>(APPLY, input([], { source: 'first-come' }), operator);
    const otherUrl = await nat.gql<Apply>(APPLY, input([], { sourceUrl: 'https://evil.example/graphql' }), operator);
    const narrowToken = await nat.gql<Apply>(APPLY, input([]), await nat.token({ role: 'PULL_OPERATOR', jurisdictions: ['24'] }));
    // Assess
    expect(unbound.data!.pullApply.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'jurisdiction'] }]);
    expect(otherName.data!.pullApply.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'source'] }]);
    expect(otherUrl.data!.pullApply.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: ['input', 'sourceUrl'] }]);
    expect(narrowToken.data!.pullApply.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const state = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' }, operator);
    expect(state.data!.pullState).toMatchObject({ pulledFrom: null, cursor: null, url: SOURCE.url, refused: [] });
  });

  it('a provincial deployment never accepts a pull into its own jurisdiction, even misconfigured to bind it', async () => {
    // Prepare
    const provOperator = await prov.token({ role: 'PULL_OPERATOR', jurisdictions: [] });
    const before = await prov.gql<Plans>(PLANS);
    // Act
    const res = await prov.gql<Apply>(APPLY, input([record('Plan', 'fake2', 1, 1, planData('2/FAKE', 'Kế hoạch giả'))], { cursor: 'x' }), provOperator);
    const after = await prov.gql<Plans>(PLANS);
    // Assess
    expect(res.data!.pullApply.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(res.data!.pullApply.userErrors[0]!.message).toMatch(/data of its own/);
    expect(after.data!.plans.nodes).toEqual(before.data!.plans.nodes);
    expect(before.data!.plans.nodes.length).toBeGreaterThan(0);
  });
});

describe('what a pulled record must be: the rules of a local write, one bad record refused alone', () => {
  it('refuses a frozen version and a malformed plan by name, applies the rest, advances the cursor; the public plans list still answers', async () => {
    // Prepare
    const good = record('Plan', 'p-good', 1, 3, planData('523/KH-UBND', 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp'));
    const frozen = record('Plan', 'p-frozen', 2_147_483_647, 4, planData('524/KH-UBND', 'Đóng băng'));
    const malformed = record('Plan', 'p-bad', 1, 5, planData('525/KH-UBND', 'Hỏng', { purposes: 'không phải danh sách' }));
    const deep = record('Startup', 's-deep', 1, 6, { name: 'Sâu', nameKey: 'sau', stage: 'PROJECT', x: { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } } });
    const startup = record('Startup', 's-ok', 1, 7, {
      name: 'HTX Trà Hoa Vàng', nameKey: 'htx tra hoa vang', demo: false, enterpriseCode: null, stage: 'STARTUP', firstRegisteredOn: '2025-05-05', description: null,
      sectors: ['OCOP_PRODUCTS'], commune: null, founders: [{ name: 'Nông Thị Mai', role: null, woman: true, youth: true }], products: [], intellectualProperty: [], awards: [],
    });
    const cursor = Buffer.from(JSON.stringify({ x: 'feed', j: '04', n: 7 })).toString('base64url');
    // Act
    const res = await nat.gql<Apply>(APPLY, input([good, frozen, malformed, deep, startup], { cursor }), operator);
    const plans = await nat.gql<Plans>(PLANS);
    const state = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' }, operator);
    // Assess
    const out = res.data!.pullApply;
    expect(out.userErrors).toEqual([]);
    expect(out.applied).toBe(2);
    expect(out.refused.map((r) => [r.type, r.id, r.version])).toEqual([
      ['Plan', 'p-frozen', 2_147_483_647],
      ['Plan', 'p-bad', 1],
      ['Startup', 's-deep', 1],
    ]);
    expect(out.refused[0]!.reason).toMatch(/above its change number/);
    expect(out.refused[1]!.reason).toMatch(/purposes: must be a list/);
    expect(out.refused[2]!.reason).toMatch(/nested deeper/);
    expect(plans.errors).toBeUndefined();
    expect(plans.data!.plans.nodes.map((p) => p.number)).toEqual(['523/KH-UBND']);
    expect(state.data!.pullState).toMatchObject({ pulledFrom: 'cao-bang', cursor });
    expect(state.data!.pullState.refused.map((r) => r.id).sort()).toEqual(['p-bad', 'p-frozen', 's-deep']);
  });

  it('takes a refused record when the source sends a newer version that is good, and clears it from the list; a jump beyond the feed is refused', async () => {
    // Prepare
    const fixed = record('Plan', 'p-bad', 2, 9, planData('525/KH-UBND', 'Đã sửa'));
    const jump = record('Plan', 'p-good', 10, 10, planData('523/KH-UBND', 'Nhảy cóc'));
    // Act
    const res = await nat.gql<Apply>(APPLY, input([fixed, jump]), operator);
    const state = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' }, operator);
    const plans = await nat.gql<Plans>(PLANS);
    // Assess
    expect(res.data!.pullApply.applied).toBe(1);
    expect(res.data!.pullApply.refused).toMatchObject([{ id: 'p-good', version: 10 }]);
    expect(res.data!.pullApply.refused[0]!.reason).toMatch(/9 versions after 1 held here, but the source's feed moved only 7 changes/);
    expect(state.data!.pullState.refused.map((r) => r.id).sort()).toEqual(['p-frozen', 'p-good', 's-deep']);
    expect(plans.data!.plans.nodes.map((p) => [p.number, p.title]).sort()).toEqual([
      ['523/KH-UBND', 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp'],
      ['525/KH-UBND', 'Đã sửa'],
    ]);
  });
});

describe('a pulled record the table cannot store (issue 19)', () => {
  it('is refused alone with the storage error, listed for the operator, and the cursor moves past it', async () => {
    // Prepare: a number DynamoDB cannot hold (magnitude under 1e-130) passes the shape rules and fails at the table.
    const base = { nameKey: 'x', demo: false, enterpriseCode: null, stage: 'PROJECT', firstRegisteredOn: null, description: null, sectors: [], commune: null, founders: [], products: [], intellectualProperty: [], awards: [] };
    const tiny = record('Startup', 's-tiny', 1, 12, { ...base, name: 'Số quá nhỏ', measuredShare: 1e-200 });
    const next = record('Startup', 's-next', 1, 13, { ...base, name: 'Sau đó' });
    const cursor = Buffer.from(JSON.stringify({ x: 'feed', j: '04', n: 13 })).toString('base64url');
    // Act
    const res = await nat.gql<Apply>(APPLY, input([tiny, next], { cursor }), operator);
    const state = await nat.gql<State>(STATE, { s: 'cao-bang', j: '04' }, operator);
    const startups = await nat.gql<{ startups: { nodes: { name: string }[] } }>(`{ startups(first: 20, filter: { jurisdiction: "04" }) { nodes { name } } }`);
    // Assess
    expect(res.data!.pullApply).toMatchObject({ applied: 1, userErrors: [], refused: [{ type: 'Startup', id: 's-tiny', version: 1 }] });
    expect(res.data!.pullApply.refused[0]!.reason).toMatch(/^cannot be stored: data\.measuredShare: 1e-200 is out of range/);
    expect(state.data!.pullState.cursor).toBe(cursor);
    expect(state.data!.pullState.refused.map((r) => r.id)).toContain('s-tiny');
    expect(startups.data!.startups.nodes.map((n) => n.name)).toContain('Sau đó');
    expect(startups.data!.startups.nodes.map((n) => n.name)).not.toContain('Số quá nhỏ');
  });
});

describe('an admin can detach a pulled jurisdiction', () => {
  it('makes 04 local again with an audit entry: users may change it, and no pull reaches it any more', async () => {
    // Prepare
    const admin04 = await nat.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'nat-admin-04' });
    const CREATE = `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code } } }`;
    const DETACH = `mutation($input: PullDetachInput!) { pullDetach(input: $input) { jurisdiction { code } detachedFrom userErrors { code message } } }`;
    const before = await nat.gql<{ startupCreate: { userErrors: { code: string }[] } }>(CREATE, { input: { jurisdiction: '04', name: 'Trước khi tách', stage: 'PROJECT' } }, admin04);
    // Act
    const byNational = await nat.gql<{ pullDetach: { userErrors: { code: string }[] } }>(DETACH, { input: { jurisdiction: '04' } }, national);
    const detached = await nat.gql<{ pullDetach: { jurisdiction: { code: string } | null; detachedFrom: string | null; userErrors: unknown[] } }>(
      DETACH,
      { input: { jurisdiction: '04', note: 'Nguồn gửi dữ liệu hỏng' } },
      admin04,
    );
    const again = await nat.gql<{ pullDetach: { userErrors: { code: string }[] } }>(DETACH, { input: { jurisdiction: '04' } }, admin04);
    const after = await nat.gql<{ startupCreate: { userErrors: { code: string }[] } }>(CREATE, { input: { jurisdiction: '04', name: 'Sau khi tách', stage: 'PROJECT' } }, admin04);
    const pull = await nat.gql<Apply>(APPLY, input([record('Plan', 'p-late', 1, 11, planData('526/KH-UBND', 'Muộn'))]), operator);
    const trail = await nat.gql<{ auditTrail: { nodes: { entityType: string; operation: string; actor: string; note: string | null }[] } }>(
      `{ auditTrail(filter: { jurisdiction: "04", actor: "nat-admin-04" }, first: 20) { nodes { entityType operation actor note } } }`,
      {},
      admin04,
    );
    // Assess
    expect(before.data!.startupCreate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(byNational.data!.pullDetach.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(detached.data!.pullDetach).toEqual({ jurisdiction: { code: '04' }, detachedFrom: 'cao-bang', userErrors: [] });
    expect(again.data!.pullDetach.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(after.data!.startupCreate.userErrors).toEqual([]);
    expect(pull.data!.pullApply.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.nodes).toContainEqual({ entityType: 'PullDetachment', operation: 'DETACH', actor: 'nat-admin-04', note: 'Nguồn gửi dữ liệu hỏng' });
  });
});
