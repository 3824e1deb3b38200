import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/** Plans through the real Lambda handler over dynalite: read, create, update, publish, tasks. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
});
afterAll(async () => h.close());

const PLANS = `{ plans(first: 10) { nodes { number jurisdiction { code name } status version
  tasks(first: 100) { nodes { code title leadAgencies { name } advisoryAgencies { name } timeline { text start end } } } } } }`;

describe('seeded plans', () => {
  it('returns both plans with every task, and Cao Bằng 3.1 led by the provincial People\'s Committee', async () => {
    // Act
    const res = await h.gql<{ plans: { nodes: { number: string; tasks: { nodes: { code: string; leadAgencies: { name: string }[]; advisoryAgencies: { name: string }[] }[] } }[] } }>(PLANS);
    // Assess
    expect(res.errors).toBeUndefined();
    const byNumber = new Map(res.data!.plans.nodes.map((p) => [p.number, p]));
    expect([...byNumber.keys()].sort()).toEqual(['151/KH-UBND', '523/KH-UBND']);
    const caoBang = byNumber.get('523/KH-UBND')!;
    expect(caoBang.tasks.nodes.map((t) => t.code)).toEqual(['1', '2', '3', '3.1', '3.2', '4', '4.1', '4.2', '5', '5.1', '5.2', '6']);
    const t31 = caoBang.tasks.nodes.find((t) => t.code === '3.1')!;
    expect(t31.leadAgencies.map((a) => a.name)).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(t31.advisoryAgencies.map((a) => a.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(byNumber.get('151/KH-UBND')!.tasks.nodes.map((t) => t.code)).toContain('3.5');
  });

  it('finds a plan by number and reads its legal bases and responsibilities', async () => {
    // Act
    const res = await h.gql<{ planByNumber: { title: string; issuedOn: string; signer: string; legalBases: { nodes: { number: string; kind: string }[] }; responsibilities: { agency: { name: string } }[] } }>(
      `{ planByNumber(jurisdiction: "24", number: "151/kh-ubnd") { title issuedOn signer legalBases(first: 20) { nodes { number kind } } responsibilities { agency { name } } } }`,
    );
    // Assess
    const plan = res.data!.planByNumber;
    expect(plan.issuedOn).toBe('2025-12-02');
    expect(plan.signer).toBe('Mai Sơn');
    const numbers = plan.legalBases.nodes.map((d) => d.number);
    expect(numbers).toContain('268/2025/NĐ-CP');
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(plan.responsibilities.map((r) => r.agency.name)).toContain('Sở Tài chính');
  });

  it('searches agencies without diacritics', async () => {
    // Act
    const res = await h.gql<{ agencies: { nodes: { name: string; jurisdiction: { code: string } }[] } }>(
      `{ agencies(first: 10, filter: { jurisdiction: "04", search: "hoi nong dan" }) { nodes { name jurisdiction { code } } } }`,
    );
    // Assess
    expect(res.data!.agencies.nodes.map((a) => a.name)).toEqual(['Hội Nông dân tỉnh']);
  });

  it('refuses a page size over 100, naming the limit', async () => {
    // Act
    const res = await h.gql(`{ plans(first: 101) { nodes { number } } }`);
    // Assess
    expect(res.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
    expect(res.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('plan write path', () => {
  const CREATE = `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id number status version } userErrors { field message code } } }`;
  const UPDATE = `mutation($input: PlanUpdateInput!) { planUpdate(input: $input) { plan { id title version } userErrors { field message code } } }`;

  it('creates a draft, hides it from the public, updates it and publishes it', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    // Act
    const created = await h.gql<{ planCreate: { plan: { id: string; status: string; version: number } } }>(
      CREATE,
      { input: { jurisdiction: '04', number: '99/KH-UBND', title: 'Kế hoạch thử', periodFrom: 2027, periodTo: 2027, issuedOn: '2027-01-05' } },
      admin,
    );
    const plan = created.data!.planCreate.plan;
    const publicView = await h.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: plan.id });
    const updated = await h.gql<{ planUpdate: { plan: { title: string; version: number } } }>(
      UPDATE,
      { input: { id: plan.id, expectedVersion: 1, title: 'Kế hoạch thử nghiệm' } },
      admin,
    );
    const published = await h.gql<{ planPublish: { plan: { status: string; version: number } } }>(
      `mutation($input: WorkflowInput!) { planPublish(input: $input) { plan { status version } userErrors { code } } }`,
      { input: { id: plan.id, expectedVersion: 2 } },
    admin,
    );
    const afterPublish = await h.gql<{ node: { title: string } | null }>(`query($id: ID!) { node(id: $id) { ... on Plan { title } } }`, { id: plan.id });
    // Assess
    expect(plan).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(publicView.data!.node).toBeNull();
    expect(updated.data!.planUpdate.plan).toMatchObject({ title: 'Kế hoạch thử nghiệm', version: 2 });
    expect(published.data!.planPublish.plan).toEqual({ status: 'PUBLISHED', version: 3 });
    expect(afterPublish.data!.node).toEqual({ title: 'Kế hoạch thử nghiệm' });
    const audit = await h.store.auditOf({ type: 'Plan', jur: '04', id: Buffer.from(plan.id, 'base64url').toString().split(':')[2]! });
    expect(audit.map((e) => [e.version, e.op, e.actor])).toEqual([
      [1, 'CREATE', 'local-province_admin'],
      [2, 'UPDATE', 'local-province_admin'],
      [3, 'PUBLISH', 'local-province_admin'],
    ]);
    expect(audit[1]!.before?.data).toMatchObject({ title: 'Kế hoạch thử' });
    expect(audit[1]!.after.data).toMatchObject({ title: 'Kế hoạch thử nghiệm' });
    expect(audit.map((e) => e.seq)).toEqual([...audit.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('refuses planUpdate without a token, with another province\'s token, and with a stale version', async () => {
    // Prepare
    const plans = await h.gql<{ planByNumber: { id: string; version: number; title: string } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id version title } }`,
    );
    const plan = plans.data!.planByNumber;
    const input = { id: plan.id, expectedVersion: plan.version, title: 'Đổi tên' };
    // Act
    const anonymous = await h.gql<{ planUpdate: { userErrors: { code: string }[]; plan: unknown } }>(UPDATE, { input });
    const otherProvince = await h.gql<{ planUpdate: { userErrors: { code: string }[]; plan: unknown } }>(
      UPDATE,
      { input },
      await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] }),
    );
    const stale = await h.gql<{ planUpdate: { userErrors: { code: string; field: string[] }[]; plan: unknown } }>(
      UPDATE,
      { input: { ...input, expectedVersion: plan.version + 5 } },
      await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] }),
    );
    const after = await h.gql<{ planByNumber: { version: number; title: string } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { version title } }`,
    );
    // Assess
    expect(anonymous.data!.planUpdate).toEqual({ plan: null, userErrors: [expect.objectContaining({ code: 'UNAUTHENTICATED' })] });
    expect(otherProvince.data!.planUpdate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(stale.data!.planUpdate.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'expectedVersion'] })]);
    expect(after.data!.planByNumber).toEqual({ version: plan.version, title: plan.title });
  });

  it('gives field errors for bad input and writes nothing', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    // Act
    const res = await h.gql<{ planCreate: { plan: unknown; userErrors: { field: string[]; code: string }[] } }>(
      CREATE,
      { input: { jurisdiction: '04', number: '523/KH-UBND', title: ' ', periodFrom: 2026, periodTo: 2025 } },
      admin,
    );
    const duplicate = await h.gql<{ planCreate: { plan: unknown; userErrors: { code: string }[] } }>(
      CREATE,
      { input: { jurisdiction: '04', number: '523/kh-ubnd', title: 'Trùng số', periodFrom: 2026, periodTo: 2026 } },
      admin,
    );
    const badDate = await h.gql(CREATE, { input: { jurisdiction: '04', number: 'x', title: 'x', periodFrom: 2026, periodTo: 2026, issuedOn: '2026-02-30' } }, admin);
    // Assess
    expect(res.data!.planCreate.plan).toBeNull();
    expect(res.data!.planCreate.userErrors.map((e) => e.field)).toEqual([['input', 'title']]);
    expect(duplicate.data!.planCreate.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(badDate.status).toBe(400);
    expect(badDate.errors?.[0]?.message).toMatch(/Date must be a date YYYY-MM-DD/);
  });

  it('masks an unexpected error with a request id and no stack trace', async () => {
    // Prepare: an unknown table prefix makes every DynamoDB call fail like an outage would.
    const { createHandler } = await import('../../functions/graphql/handler');
    const { graphqlEvent, lambdaContext } = await import('../helpers/events');
    const broken = createHandler({ ...process.env, ...h.env, TABLE_PREFIX: 'missing' });
    // Act
    const result = (await broken(graphqlEvent({ query: '{ plans(first: 1) { nodes { number } } }' }), lambdaContext())) as { body: string };
    const body = JSON.parse(result.body) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    // Assess
    expect(body.errors[0]!.message).toMatch(/^Internal error\. Quote request id \S+ when you report it\.$/);
    expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/stack|ResourceNotFound|at .*\.ts/);
  });
});

describe('tasks', () => {
  it('creates a parent and a child task, lists them in code order, and deletes as a tombstone', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const plan = (await h.gql<{ planByNumber: { id: string } }>(`{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id } }`)).data!.planByNumber;
    const agency = (await h.gql<{ agencies: { nodes: { id: string }[] } }>(`{ agencies(first: 1, filter: { jurisdiction: "04", search: "so khoa hoc" }) { nodes { id } } }`)).data!.agencies.nodes[0]!;
    const CREATE = `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id code version parent { code } timeline { start end recurring } leadAgencies { name } } userErrors { field code message } } }`;
    // Act
    const parent = await h.gql<{ taskCreate: { task: { id: string; version: number } } }>(CREATE, { input: { plan: plan.id, code: '7', title: 'Nhiệm vụ mới', timeline: 'Quý III/2026', agencies: [{ agency: agency.id, role: 'LEAD' }] } }, admin);
    const child = await h.gql<{ taskCreate: { task: { parent: { code: string } } } }>(CREATE, { input: { plan: plan.id, code: '7.1', title: 'Nhiệm vụ con' } }, admin);
    const orphan = await h.gql<{ taskCreate: { userErrors: { code: string }[] } }>(CREATE, { input: { plan: plan.id, code: '8.1', title: 'Mồ côi' } }, admin);
    const refusedDelete = await h.gql<{ taskDelete: { userErrors: { code: string }[] } }>(
      `mutation($input: WorkflowInput!) { taskDelete(input: $input) { deletedTaskId userErrors { code } } }`,
      { input: { id: parent.data!.taskCreate.task.id, expectedVersion: 1 } },
      admin,
    );
    const codes = await h.gql<{ planByNumber: { tasks: { nodes: { code: string }[] } } }>(`{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { tasks(first: 100) { nodes { code } } } }`);
    // Assess
    expect(parent.data!.taskCreate.task).toMatchObject({ code: '7', timeline: { start: '2026-07-01', end: '2026-09-30', recurring: null }, leadAgencies: [{ name: 'Sở Khoa học và Công nghệ' }] });
    expect(child.data!.taskCreate.task.parent).toEqual({ code: '7' });
    expect(orphan.data!.taskCreate.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(refusedDelete.data!.taskDelete.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(codes.data!.planByNumber.tasks.nodes.map((t) => t.code).slice(-3)).toEqual(['6', '7', '7.1']);
  });
});
