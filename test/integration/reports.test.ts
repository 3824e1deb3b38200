import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/** Agencies' progress reports: DRAFT → SUBMITTED → APPROVED, and → RETURNED → resubmitted. */
let h: Harness;
let taskId: string;
let leadAgencyId: string;
let otherAgencyId: string;

beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  const plan = await h.gql<{ planByNumber: { tasks: { nodes: { id: string; code: string; agencies: { role: string; agency: { id: string; name: string } }[] }[] } } }>(
    `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { tasks(first: 50) { nodes { id code agencies { role agency { id name } } } } } }`,
  );
  const task41 = plan.data!.planByNumber.tasks.nodes.find((t) => t.code === '4.1')!;
  taskId = task41.id;
  leadAgencyId = task41.agencies.find((a) => a.role === 'LEAD')!.agency.id; // Hội Nông dân tỉnh
  const task32 = plan.data!.planByNumber.tasks.nodes.find((t) => t.code === '3.2')!;
  otherAgencyId = task32.agencies.find((a) => a.role === 'LEAD')!.agency.id; // Tỉnh Đoàn: no role in 4.1
});
afterAll(async () => h.close());

const CREATE = `mutation($input: TaskReportCreateInput!) { taskReportCreate(input: $input) { taskReport { id status version agency { name } } userErrors { field code message } } }`;
const step = (verb: string) =>
  `mutation($input: WorkflowInput!) { ${verb}(input: $input) { taskReport { id status version reviewNote } userErrors { code message field } } }`;

type Payload = { taskReport: { id: string; status: string; version: number; reviewNote?: string | null } | null; userErrors: { code: string }[] };

describe('task report workflow', () => {
  it('goes DRAFT → SUBMITTED → APPROVED; only admins approve; approved reports are public', async () => {
    // Prepare
    const agency = await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: Buffer.from(leadAgencyId, 'base64url').toString().split(':')[2]! });
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    // Act
    const created = (await h.gql<{ taskReportCreate: Payload }>(CREATE, { input: { task: taskId, period: '2026-Q3', narrative: 'Đã tổ chức 02 hội nghị tại 5 xã.', percentComplete: 40, evidence: ['https://example.org/bien-ban.pdf'] } }, agency)).data!.taskReportCreate;
    const draftPublic = await h.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: created.taskReport!.id });
    const submitted = (await h.gql<{ taskReportSubmit: Payload }>(step('taskReportSubmit'), { input: { id: created.taskReport!.id, expectedVersion: 1 } }, agency)).data!.taskReportSubmit;
    const agencyApproves = (await h.gql<{ taskReportApprove: Payload }>(step('taskReportApprove'), { input: { id: created.taskReport!.id, expectedVersion: 2 } }, agency)).data!.taskReportApprove;
    const approved = (await h.gql<{ taskReportApprove: Payload }>(step('taskReportApprove'), { input: { id: created.taskReport!.id, expectedVersion: 2, note: 'Đạt' } }, admin)).data!.taskReportApprove;
    const publicList = await h.gql<{ node: { reports: { nodes: { status: string; period: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { reports(first: 5) { nodes { status period } } } } }`,
      { id: taskId },
    );
    // Assess
    expect(created.userErrors).toEqual([]);
    expect(created.taskReport).toMatchObject({ status: 'DRAFT', version: 1, agency: { name: 'Hội Nông dân tỉnh' } });
    expect(draftPublic.data!.node).toBeNull();
    expect(submitted.taskReport).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(agencyApproves.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(approved.taskReport).toMatchObject({ status: 'APPROVED', version: 3 });
    expect(publicList.data!.node.reports.nodes).toEqual([{ status: 'APPROVED', period: '2026-Q3' }]);
  });

  it('goes SUBMITTED → RETURNED with a note → resubmitted → APPROVED', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const created = (await h.gql<{ taskReportCreate: Payload }>(CREATE, { input: { task: taskId, agency: leadAgencyId, period: '2026-Q4', narrative: 'Báo cáo quý IV' } }, admin)).data!.taskReportCreate;
    const id = created.taskReport!.id;
    await h.gql(step('taskReportSubmit'), { input: { id, expectedVersion: 1 } }, admin);
    // Act
    const noNote = (await h.gql<{ taskReportReturn: Payload }>(step('taskReportReturn'), { input: { id, expectedVersion: 2 } }, admin)).data!.taskReportReturn;
    const returned = (await h.gql<{ taskReportReturn: Payload }>(step('taskReportReturn'), { input: { id, expectedVersion: 2, note: 'Bổ sung số liệu người tham dự' } }, admin)).data!.taskReportReturn;
    const approveReturned = (await h.gql<{ taskReportApprove: Payload }>(step('taskReportApprove'), { input: { id, expectedVersion: 3 } }, admin)).data!.taskReportApprove;
    const resubmitted = (await h.gql<{ taskReportSubmit: Payload }>(step('taskReportSubmit'), { input: { id, expectedVersion: 3 } }, admin)).data!.taskReportSubmit;
    const approved = (await h.gql<{ taskReportApprove: Payload }>(step('taskReportApprove'), { input: { id, expectedVersion: 4 } }, admin)).data!.taskReportApprove;
    // Assess
    expect(noNote.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(returned.taskReport).toMatchObject({ status: 'RETURNED', reviewNote: 'Bổ sung số liệu người tham dự', version: 3 });
    expect(approveReturned.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(resubmitted.taskReport).toMatchObject({ status: 'SUBMITTED', version: 4 });
    expect(approved.taskReport).toMatchObject({ status: 'APPROVED', version: 5 });
  });

  it('lets the agency correct a returned report (taskReportUpdate), keeps the note until resubmitted, and locks submitted ones', async () => {
    // Prepare
    const agency = await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: Buffer.from(leadAgencyId, 'base64url').toString().split(':')[2]! });
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const UPDATE = `mutation($input: TaskReportUpdateInput!) { taskReportUpdate(input: $input) { taskReport { id status version narrative percentComplete reviewNote } userErrors { code field } } }`;
    type Updated = { taskReportUpdate: { taskReport: { status: string; version: number; narrative: string; percentComplete: number | null; reviewNote: string | null } | null; userErrors: { code: string; field: string[] }[] } };
    const id = (await h.gql<{ taskReportCreate: Payload }>(CREATE, { input: { task: taskId, period: '2026-H2', narrative: 'Bản đầu' } }, agency)).data!.taskReportCreate.taskReport!.id;
    await h.gql(step('taskReportSubmit'), { input: { id, expectedVersion: 1 } }, agency);
    // Act
    const whileSubmitted = (await h.gql<Updated>(UPDATE, { input: { id, expectedVersion: 2, narrative: 'Sửa khi chờ duyệt' } }, agency)).data!.taskReportUpdate;
    await h.gql(step('taskReportReturn'), { input: { id, expectedVersion: 2, note: 'Thêm số người tham dự' } }, admin);
    const empty = (await h.gql<Updated>(UPDATE, { input: { id, expectedVersion: 3, narrative: '  ' } }, agency)).data!.taskReportUpdate;
    const stale = (await h.gql<Updated>(UPDATE, { input: { id, expectedVersion: 2, narrative: 'Cũ' } }, agency)).data!.taskReportUpdate;
    const corrected = (await h.gql<Updated>(UPDATE, { input: { id, expectedVersion: 3, narrative: 'Đã có 120 người tham dự', percentComplete: 60 } }, agency)).data!.taskReportUpdate;
    const resubmitted = (await h.gql<{ taskReportSubmit: Payload }>(step('taskReportSubmit'), { input: { id, expectedVersion: 4 } }, agency)).data!.taskReportSubmit;
    // Assess
    expect(whileSubmitted.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(empty.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['INVALID', 'input.narrative']]);
    expect(stale.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(corrected.taskReport).toEqual({ id, status: 'RETURNED', version: 4, narrative: 'Đã có 120 người tham dự', percentComplete: 60, reviewNote: 'Thêm số người tham dự' });
    expect(resubmitted.taskReport).toMatchObject({ status: 'SUBMITTED', version: 5 });
  });

  it('refuses an agency reporting on a task it has no role in, and bad input field by field', async () => {
    // Prepare
    const stranger = await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: Buffer.from(otherAgencyId, 'base64url').toString().split(':')[2]! });
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    // Act
    const refused = (await h.gql<{ taskReportCreate: Payload }>(CREATE, { input: { task: taskId, period: '2026-Q3', narrative: 'x' } }, stranger)).data!.taskReportCreate;
    const invalid = (await h.gql<{ taskReportCreate: { userErrors: { field: string[] }[] } }>(
      CREATE,
      { input: { task: taskId, agency: leadAgencyId, period: '2026-Q5', narrative: '', percentComplete: 150 } },
      admin,
    )).data!.taskReportCreate;
    // Assess
    expect(refused.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(invalid.userErrors.map((e) => e.field.join('.'))).toEqual(['input.period', 'input.narrative', 'input.percentComplete']);
  });
});
