import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The ecosystem registry through the real Lambda handler: create, link in both
 * directions, eligibility, uniqueness, personal data, search and the rules as queries.
 */
let h: Harness;
let admin: string;
let national: string;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
  national = await h.token({ role: 'NATIONAL', jurisdictions: ['04', '24'] });
});
afterAll(async () => h.close());

type Payload = { userErrors: { code: string; field: string[] | null; message: string }[] } & Record<string, { id: string; version: number } | null | unknown>;

const mutate = async (name: string, input: Record<string, unknown>, select = 'id version', token = admin) => {
  const key = name.replace(/(Create|Update|Start|End|Apply|Shortlist|Award)$/, '');
  const field = key === 'competition' && /Apply|Shortlist|Award/.test(name) ? 'application' : key;
  const res = await h.gql<Record<string, Payload>>(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${field} { ${select} } userErrors { code field message } } }`, { input }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const payload = res.data![name]!;
  return { node: payload[field] as { id: string; version: number } | null, userErrors: payload.userErrors };
};

const created = async (name: string, input: Record<string, unknown>) => {
  const out = await mutate(name, input);
  expect(out.userErrors).toEqual([]);
  return out.node!;
};

describe('the ecosystem graph', () => {
  let startupId: string;
  let mentorId: string;

  it('registers a startup with linked mentor, incubator and investor, and answers the portal query', async () => {
    // Prepare
    const startup = await created('startupCreate', {
      jurisdiction: '04',
      name: 'Khởi nghiệp nông nghiệp Hà Quảng',
      enterpriseCode: '4800100001',
      stage: 'STARTUP',
      firstRegisteredOn: '2021-01-15',
      sectors: ['HIGH_TECH_AGRICULTURE', 'OCOP_PRODUCTS'],
      description: 'Thương mại điện tử cho sản phẩm OCOP',
      founders: [{ name: 'Founder A (demo)', woman: true, youth: true, phone: '0900000001', email: 'a@example.org' }],
      products: [{ name: 'Trà giảo cổ lam', commercialisedOn: '2024-03-01' }],
    });
    startupId = startup.id;
    const mentor = await created('mentorCreate', { jurisdiction: '04', name: 'Mentor B (demo)', capacity: 2, sectors: ['OCOP_PRODUCTS'], expertise: ['Thương mại điện tử'], phone: '0900000002' });
    mentorId = mentor.id;
    await created('mentorshipStart', { startup: startup.id, mentor: mentor.id, from: '2026-01-01' });
    const incubator = await created('incubatorCreate', { jurisdiction: '04', name: 'Vườn ươm Cao Bằng (demo)', kind: 'INCUBATOR', recognitionLevel: 'PROVINCIAL' });
    await created('incubationCreate', { startup: startup.id, incubator: incubator.id, cohort: 'K1', from: '2026-01-01' });
    const investor = await created('investorCreate', { jurisdiction: '04', name: 'Quỹ đầu tư Non Nước (demo)', kind: 'VENTURE_FUND' });
    await created('investmentCreate', { startup: startup.id, investor: investor.id, round: 'Seed', amount: { amount: '3000000000' }, date: '2025-06-01' });
    // Act
    const res = await h.gql<{ startups: { nodes: Record<string, unknown>[] } }>(
      `{ startups(first: 5, filter: { search: "khoi nghiep" }) { nodes { name eligibility(asOf: "2026-06-30") { eligible until } mentors(first: 5) { nodes { name } } incubator { name } investments(first: 5) { nodes { amount { amount currency } investor { name } } } } } }`,
    );
    // Assess
    expect(res.errors).toBeUndefined();
    expect(res.data!.startups.nodes).toEqual([
      {
        name: 'Khởi nghiệp nông nghiệp Hà Quảng',
        eligibility: { eligible: false, until: '2026-01-15' },
        mentors: { nodes: [{ name: 'Mentor B (demo)' }] },
        incubator: { name: 'Vườn ươm Cao Bằng (demo)' },
        investments: { nodes: [{ amount: { amount: '3000000000', currency: 'VND' }, investor: { name: 'Quỹ đầu tư Non Nước (demo)' } }] },
      },
    ]);
  });

  it('judges eligibility as of a date: 2021-01-15 is eligible on 2026-01-14, not on 2026-01-16', async () => {
    const res = await h.gql<{ node: { a: { eligible: boolean; until: string }; b: { eligible: boolean; reason: string } } }>(
      `query($id: ID!) { node(id: $id) { ... on Startup { a: eligibility(asOf: "2026-01-14") { eligible until } b: eligibility(asOf: "2026-01-16") { eligible reason } } } }`,
      { id: startupId },
    );
    expect(res.data!.node.a).toEqual({ eligible: true, until: '2026-01-15' });
    expect(res.data!.node.b.eligible).toBe(false);
    const filtered = await h.gql<{ on14: { nodes: unknown[] }; on16: { nodes: unknown[] } }>(
      `{ on14: startups(filter: { eligibleOn: "2026-01-14" }) { nodes { name } } on16: startups(filter: { eligibleOn: "2026-01-16" }) { nodes { name } } }`,
    );
    expect(filtered.data!.on14.nodes).toHaveLength(1);
    expect(filtered.data!.on16.nodes).toHaveLength(0);
  });

  it('refuses a repeated enterprise code with DUPLICATE and a malformed one with INVALID', async () => {
    const dup = await mutate('startupCreate', { jurisdiction: '04', name: 'Another', enterpriseCode: '4800100001', stage: 'STARTUP', firstRegisteredOn: '2024-01-01' });
    const bad = await mutate('startupCreate', { jurisdiction: '04', name: 'Another', enterpriseCode: '48001', stage: 'STARTUP', firstRegisteredOn: '2024-01-01' });
    const branch = await mutate('startupCreate', { jurisdiction: '04', name: 'Branch', enterpriseCode: '4800100001001', stage: 'STARTUP', firstRegisteredOn: '2024-01-01' }, 'enterpriseCode');
    expect(dup.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(bad.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'enterpriseCode'] })]);
    expect(branch.node).toEqual({ enterpriseCode: '4800100001-001' });
  });

  it('shows contacts only to the jurisdiction\'s province admins: null plus FORBIDDEN for others', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Startup { founders { name phone } mentors { nodes { name email phone } } } } }`;
    const asAdmin = await h.gql<{ node: { founders: { phone: string | null }[] } }>(query, { id: startupId }, admin);
    const asNational = await h.gql<{ node: { founders: { name: string; phone: string | null }[] } }>(query, { id: startupId }, national);
    const asPublic = await h.gql<{ node: { founders: { phone: string | null }[] } }>(query, { id: startupId });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.node.founders[0]!.phone).toBe('0900000001');
    for (const res of [asNational, asPublic]) {
      expect(res.data!.node.founders[0]!.phone).toBeNull();
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    expect(asNational.data!.node.founders[0]!.name).toBe('Founder A (demo)');
  });

  it('links both ways: the mentor lists the startup, the investor its investment', async () => {
    const res = await h.gql<{ node: { freePlaces: number; startups: { nodes: { name: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Mentor { freePlaces startups { nodes { name } } } } }`,
      { id: mentorId },
    );
    expect(res.data!.node).toEqual({ freePlaces: 1, startups: { nodes: [{ name: 'Khởi nghiệp nông nghiệp Hà Quảng' }] } });
  });

  it('searches across the graph diacritic- and case-insensitively', async () => {
    const res = await h.gql<{ a: { nodes: { __typename: string; name: string }[] }; b: { nodes: { __typename: string; name: string }[] } }>(
      `{ a: search(query: "khoi nghiep nong nghiep") { nodes { __typename ... on Startup { name } } }
         b: search(query: "DAU TU") { nodes { __typename ... on Investor { name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.nodes).toEqual([{ __typename: 'Startup', name: 'Khởi nghiệp nông nghiệp Hà Quảng' }]);
    // A name match ranks first; the seeded plan's tasks that speak of "đầu tư" follow.
    expect(res.data!.b.nodes[0]).toEqual({ __typename: 'Investor', name: 'Quỹ đầu tư Non Nước (demo)' });
    expect(new Set(res.data!.b.nodes.slice(1).map((n) => n.__typename))).toEqual(new Set(['Task']));
  });

  it('lists mentorship gaps and ranks mentor suggestions with reasons', async () => {
    // Prepare: a second incubated startup with no mentor, and a second mentor.
    const lonely = await created('startupCreate', { jurisdiction: '04', name: 'Dược liệu Trùng Khánh', stage: 'STARTUP', firstRegisteredOn: '2025-02-01', sectors: ['MEDICINAL_HERBS'] });
    const incubators = await h.gql<{ incubators: { nodes: { id: string }[] } }>(`{ incubators { nodes { id } } }`);
    await created('incubationCreate', { startup: lonely.id, incubator: incubators.data!.incubators.nodes[0]!.id, from: '2026-02-01' });
    await created('mentorCreate', { jurisdiction: '04', name: 'Mentor C (demo)', capacity: 3, sectors: ['MEDICINAL_HERBS'], totTrained: true });
    // Act
    const res = await h.gql<{ mentorshipGaps: { startup: { name: string }; since: string }[]; mentorSuggestions: { mentor: { name: string }; reasons: string[] }[] }>(
      `query($id: ID!) { mentorshipGaps(asOf: "2026-06-30") { startup { name } since } mentorSuggestions(startup: $id) { mentor { name } score reasons } }`,
      { id: lonely.id },
    );
    // Assess
    expect(res.errors).toBeUndefined();
    expect(res.data!.mentorshipGaps).toEqual([{ startup: { name: 'Dược liệu Trùng Khánh' }, since: '2026-02-01' }]);
    expect(res.data!.mentorSuggestions.map((s) => s.mentor.name)).toEqual(['Mentor C (demo)', 'Mentor B (demo)']);
    expect(res.data!.mentorSuggestions[0]!.reasons[0]).toBe('Shares sector(s): MEDICINAL_HERBS');
  });

  it('runs a competition: phases, an application in the window, shortlist, award and the grant that follows', async () => {
    // Prepare
    const competition = await created('competitionCreate', {
      jurisdiction: '04',
      name: 'Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng lần thứ hai (demo)',
      shortlistSize: 1,
      phases: [
        { kind: 'PLANNING', name: 'Xây dựng kế hoạch, truyền thông', from: '2026-07-01', to: '2026-12-31', text: 'Bắt đầu từ quý III/2026' },
        { kind: 'APPLICATIONS', name: 'Tiếp nhận hồ sơ', from: '2027-01-01', to: '2027-03-31', text: 'Từ tháng 01 - 03, năm 2027' },
        { kind: 'SUPPORT', name: 'Hoạt động hỗ trợ', from: '2027-01-01', to: '2027-03-31', text: 'Quý I, năm 2027' },
        { kind: 'JUDGING', name: 'Thẩm định, trao giải', from: '2027-04-01', to: '2027-12-31', text: 'Năm 2027' },
      ],
    });
    // Act
    const late = await mutate('competitionApply', { competition: competition.id, startup: startupId, projectName: 'Trà', submittedOn: '2027-04-02' });
    const app = await created('competitionApply', { competition: competition.id, startup: startupId, projectName: 'Trà giảo cổ lam', submittedOn: '2027-02-10' });
    const listed = await created('competitionShortlist', { id: app.id, expectedVersion: app.version, score: 88 });
    const awarded = await created('competitionAward', { id: app.id, expectedVersion: listed.version, rank: 1, title: 'Giải Nhất', prize: { amount: '50000000' }, awardedOn: '2027-11-20' });
    const grant = await h.gql<{ supportGrantCreate: { supportGrant: { beneficiaryName: string; amount: { amount: string } }; userErrors: unknown[] } }>(
      `mutation($input: SupportGrantCreateInput!) { supportGrantCreate(input: $input) { supportGrant { beneficiaryName amount { amount } } userErrors { code } } }`,
      { input: { jurisdiction: '04', beneficiary: startupId, application: awarded.id, policyBasis: 'Nghị quyết 93/2021/NQ-HĐND', amount: { amount: '100000000' }, source: 'PROVINCIAL_BUDGET', date: '2027-12-15' } },
      admin,
    );
    const read = await h.gql<{ node: { currentPhase: { kind: string }; currentPhases: { kind: string }[]; awards: { award: { title: string }; supportGrants: { nodes: unknown[] } }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Competition { currentPhase(asOf: "2027-02-01") { kind } currentPhases(asOf: "2027-02-01") { kind } awards { award { title } supportGrants { nodes { id } } } } } }`,
      { id: competition.id },
    );
    // Assess
    expect(late.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(grant.data!.supportGrantCreate.userErrors).toEqual([]);
    expect(grant.data!.supportGrantCreate.supportGrant).toEqual({ beneficiaryName: 'Khởi nghiệp nông nghiệp Hà Quảng', amount: { amount: '100000000' } });
    // Applications are open while the support activities run: both are current.
    expect(read.data!.node.currentPhases.map((p) => p.kind)).toEqual(['APPLICATIONS', 'SUPPORT']);
    expect(read.data!.node.currentPhase.kind).toBe('SUPPORT');
    expect(read.data!.node.awards).toEqual([{ award: { title: 'Giải Nhất' }, supportGrants: { nodes: [expect.anything()] } }]);
  });

  it('deletes as a tombstone and frees the enterprise code', async () => {
    const s = await created('startupCreate', { jurisdiction: '04', name: 'Short-lived', enterpriseCode: '4800100999', stage: 'STARTUP', firstRegisteredOn: '2024-01-01' });
    const del = await h.gql<{ startupDelete: { deletedId: string; userErrors: unknown[] } }>(
      `mutation($input: WorkflowInput!) { startupDelete(input: $input) { deletedId userErrors { code } } }`,
      { input: { id: s.id, expectedVersion: s.version } },
      admin,
    );
    expect(del.data!.startupDelete).toEqual({ deletedId: s.id, userErrors: [] });
    const again = await mutate('startupCreate', { jurisdiction: '04', name: 'Reborn', enterpriseCode: '4800100999', stage: 'STARTUP', firstRegisteredOn: '2024-01-01' });
    expect(again.userErrors).toEqual([]);
  });

  it('refuses to delete a startup while it has an active mentorship or a running incubation', async () => {
    const current = await h.gql<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { ... on Startup { version } } }`, { id: startupId });
    const del = await h.gql<{ startupDelete: { deletedId: string | null; userErrors: { code: string; message: string }[] } }>(
      `mutation($input: WorkflowInput!) { startupDelete(input: $input) { deletedId userErrors { code message } } }`,
      { input: { id: startupId, expectedVersion: current.data!.node.version } },
      admin,
    );
    expect(del.data!.startupDelete.deletedId).toBeNull();
    expect(del.data!.startupDelete.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', message: expect.stringContaining('1 active mentorship') })]);
  });

  it('returns the first result for a retried create with the same idempotency key', async () => {
    const input = { jurisdiction: '04', name: 'Retried (demo)', kind: 'ANGEL', idempotencyKey: 'retry-1' };
    const first = await mutate('investorCreate', input);
    const second = await mutate('investorCreate', input);
    const other = await mutate('investorCreate', { ...input, name: 'Other' });
    expect(second.node!.id).toBe(first.node!.id);
    expect(other.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  });
});
