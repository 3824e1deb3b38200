import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Agencies can be administered (issue 16.4, in part): renamed with the name claim moved,
 * flagged as not filing reports, and deleted once nothing assigns work to them — refused,
 * naming each link, while a task still points at one.
 */
let h: Harness;
let admin: string;

type Errors = { code: string; field: string[] | null; message: string }[];
type AgencyOut = { agency: { id: string; name: string; shortName: string | null; reportsProgress: boolean; removedAt: string | null; version: number } | null; userErrors: Errors };
const FIELDS = `agency { id name shortName reportsProgress removedAt version } userErrors { code field message }`;
const CREATE = `mutation($input: AgencyCreateInput!) { agencyCreate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: AgencyDeleteInput!) { agencyDelete(input: $input) { ${FIELDS} } }`;
const LIST = `query($s: String!) { agencies(first: 100, filter: { jurisdiction: "24", search: $s }) { nodes { id name } } }`;
const AUDIT = `query($id: ID!) { auditTrail(first: 100, filter: { jurisdiction: "24", entity: $id }) { nodes { version } } }`;

const gql = async <T>(query: string, variables?: Record<string, unknown>, token = admin) => {
  const res = await h.gql<T>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const create = async (name: string) =>
  (await gql<{ agencyCreate: AgencyOut }>(CREATE, { input: { jurisdiction: '24', name, kind: 'DEPARTMENT' } })).agencyCreate.agency!;

beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
}, 60_000);
afterAll(async () => h?.close());

describe('agencyUpdate', () => {
  it('renames an agency, frees the old name and refuses a name another agency holds', async () => {
    // Arrange
    const a = await create('Ban Quản lý thử nghiệm A');
    const b = await create('Ban Quản lý thử nghiệm B');

    // Act
    const renamed = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: a.id, expectedVersion: a.version, name: 'Ban Quản lý đổi tên', shortName: 'BQL', reportsProgress: false } })).agencyUpdate;
    const taken = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: b.id, expectedVersion: b.version, name: 'ban quan ly doi ten' } })).agencyUpdate;
    const stale = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: a.id, expectedVersion: a.version, shortName: 'X' } })).agencyUpdate;
    const reused = (await gql<{ agencyCreate: AgencyOut }>(CREATE, { input: { jurisdiction: '24', name: 'Ban Quản lý thử nghiệm A', kind: 'OTHER' } })).agencyCreate;

    // Assess
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.agency).toMatchObject({ name: 'Ban Quản lý đổi tên', shortName: 'BQL', reportsProgress: false, version: a.version + 1 });
    expect(taken.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(stale.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(reused.userErrors).toEqual([]);
  });

  it('is refused to an agency clerk and changes nothing', async () => {
    // Arrange
    const a = await create('Sở thử quyền');
    const clerk = await h.token({ role: 'AGENCY', jurisdictions: ['24'], agency: Buffer.from(a.id, 'base64url').toString().split(':')[2]! });

    // Act
    const out = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: a.id, expectedVersion: a.version, name: 'Đã đổi' } }, clerk)).agencyUpdate;
    const after = await gql<{ agencies: { nodes: { name: string }[] } }>(LIST, { s: 'so thu quyen' });

    // Assess
    expect(out.agency).toBeNull();
    expect(out.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(after.agencies.nodes.map((n) => n.name)).toEqual(['Sở thử quyền']);
  });
});

describe('agencyDelete', () => {
  it('is refused while a plan assigns the agency duties, naming the plan, and writes no audit entry', async () => {
    // Arrange: Bắc Ninh's plan gives Sở Khoa học và Công nghệ duties (its tasks name no agency).
    const plan = await gql<{ planByNumber: { responsibilities: { agency: { id: string; name: string; version: number } }[] } }>(
      `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { responsibilities { agency { id name version } } } }`,
    );
    const target = plan.planByNumber.responsibilities.find((r) => r.agency.name === 'Sở Khoa học và Công nghệ')!.agency;
    const before = await gql<{ auditTrail: { nodes: unknown[] } }>(AUDIT, { id: target.id });

    // Act
    const out = (await gql<{ agencyDelete: AgencyOut }>(DELETE, { input: { id: target.id, expectedVersion: target.version } })).agencyDelete;
    const after = await gql<{ auditTrail: { nodes: unknown[] } }>(AUDIT, { id: target.id });

    // Assess
    expect(out.agency).toBeNull();
    expect(out.userErrors[0]).toMatchObject({ code: 'LOCKED', field: ['input', 'id'] });
    expect(out.userErrors[0]!.message).toContain('plan 151/KH-UBND: duties');
    expect(after.auditTrail.nodes.length).toBe(before.auditTrail.nodes.length);
  });

  it('deletes an unlinked agency: it leaves lists, its name is free, and it cannot be linked or changed again', async () => {
    // Arrange
    const a = await create('Các cơ quan, đơn vị liên quan (thử)');

    // Act
    const out = (await gql<{ agencyDelete: AgencyOut }>(DELETE, { input: { id: a.id, expectedVersion: a.version, note: 'a heading, not a body' } })).agencyDelete;
    const listed = await gql<{ agencies: { nodes: { name: string }[] } }>(LIST, { s: 'cac co quan don vi lien quan thu' });
    const again = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: a.id, expectedVersion: out.agency?.version ?? 0, name: 'Hồi sinh' } })).agencyUpdate;
    const node = await gql<{ node: { name: string; removedAt: string | null } | null }>(`query($id: ID!) { node(id: $id) { ... on Agency { name removedAt } } }`, { id: a.id });
    const sameName = (await gql<{ agencyCreate: AgencyOut }>(CREATE, { input: { jurisdiction: '24', name: 'Các cơ quan, đơn vị liên quan (thử)', kind: 'OTHER' } })).agencyCreate;

    // Assess
    expect(out.userErrors).toEqual([]);
    expect(out.agency!.removedAt).not.toBeNull();
    expect(listed.agencies.nodes.map((n) => n.name)).toEqual([]);
    expect(again.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(node.node).toMatchObject({ name: 'Các cơ quan, đơn vị liên quan (thử)' });
    expect(node.node!.removedAt).not.toBeNull();
    expect(sameName.userErrors).toEqual([]);
  });
});

describe('an agency that files no reports', () => {
  it('is expected nothing by a round while flagged, and its task report is owed once the flag is lifted', async () => {
    // Arrange: task 3.1 of Bắc Ninh's plan, led by a body flagged as not reporting itself.
    const ubnd = (await gql<{ agencyCreate: AgencyOut }>(CREATE, { input: { jurisdiction: '24', name: 'Ủy ban nhân dân tỉnh (thử)', kind: 'PEOPLES_COMMITTEE', reportsProgress: false } })).agencyCreate.agency!;
    const plan = await gql<{ planByNumber: { id: string; tasks: { nodes: { id: string; code: string; version: number }[] } } }>(
      `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { id tasks(first: 100) { nodes { id code version } } } }`,
    );
    const t = plan.planByNumber.tasks.nodes.find((n) => n.code === '3.1')!;
    const ROUND = `query($plan: ID!) { reportingRound(plan: $plan, period: "2026-Q3", asOf: "2026-10-15") { agencies { agency { name } } } }`;
    type RoundOut = { reportingRound: { agencies: { agency: { name: string } }[] } };
    const assigned = await gql<{ taskAssignAgencies: { userErrors: Errors } }>(
      `mutation($input: TaskAssignAgenciesInput!) { taskAssignAgencies(input: $input) { userErrors { code field message } } }`,
      { input: { id: t.id, expectedVersion: t.version, agencies: [{ agency: ubnd.id, role: 'LEAD' }] } },
    );
    expect(assigned.taskAssignAgencies.userErrors).toEqual([]);

    // Act
    const flagged = await gql<RoundOut>(ROUND, { plan: plan.planByNumber.id });
    const lifted = (await gql<{ agencyUpdate: AgencyOut }>(UPDATE, { input: { id: ubnd.id, expectedVersion: ubnd.version, reportsProgress: true } })).agencyUpdate;
    const owed = await gql<RoundOut>(ROUND, { plan: plan.planByNumber.id });

    // Assess
    expect(flagged.reportingRound.agencies.map((a) => a.agency.name)).not.toContain('Ủy ban nhân dân tỉnh (thử)');
    expect(lifted.userErrors).toEqual([]);
    expect(owed.reportingRound.agencies.map((a) => a.agency.name)).toContain('Ủy ban nhân dân tỉnh (thử)');
  });
});
