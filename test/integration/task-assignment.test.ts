import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Tasks without agencies (Bắc Ninh 151/KH-UBND names none, faithfully): they are UNASSIGNED,
 * listed for the department to assign, and once `taskAssignAgencies` gives one a lead, its
 * rounds expect that agency's report. The editor's title of heading 3 is marked as such.
 */
let h: Harness;
let admin: string;
let planId: string;
let skhcn: string;
type TaskNode = { id: string; code: string; title: string; titleSource: string; version: number };
let tasks: TaskNode[];

const recordIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;
const task = (code: string) => tasks.find((t) => t.code === code)!;
const gql = async <T>(query: string, variables?: Record<string, unknown>, token = admin) => {
  const res = await h.gql<T>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

const ASSIGN = `mutation($input: TaskAssignAgenciesInput!) {
  taskAssignAgencies(input: $input) { task { version agencies { role agency { name } } } userErrors { code field message } }
}`;
type AssignOut = { taskAssignAgencies: { task: { version: number; agencies: { role: string; agency: { name: string } }[] } | null; userErrors: { code: string; field: string[] }[] } };
const STATUS = `query($id: ID!) { node(id: $id) { ... on Task { status(asOf: "2026-10-15") { status reasons } } } }`;
type StatusOut = { node: { status: { status: string; reasons: string[] } } };
const NEEDING = `query($id: ID!) { node(id: $id) { ... on Plan { tasksNeedingAssignment(first: 100) { nodes { code } } } } }`;
type NeedingOut = { node: { tasksNeedingAssignment: { nodes: { code: string }[] } } };
const ROUND = `query($plan: ID!) { reportingRound(plan: $plan, period: "2026-Q3", asOf: "2026-10-15") { reports { expected } agencies { agency { name } tasks { task { code } state } } } }`;
type RoundOut = { reportingRound: { reports: { expected: number }; agencies: { agency: { name: string }; tasks: { task: { code: string }; state: string }[] }[] } };

beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
  const plan = await gql<{ planByNumber: { id: string; responsibilities: { agency: { id: string; name: string } }[]; tasks: { nodes: TaskNode[] } } }>(
    `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { id responsibilities { agency { id name } } tasks(first: 100) { nodes { id code title titleSource version } } } }`,
  );
  planId = plan.planByNumber.id;
  tasks = plan.planByNumber.tasks.nodes;
  skhcn = plan.planByNumber.responsibilities.find((r) => r.agency.name === 'Sở Khoa học và Công nghệ')!.agency.id;
}, 60_000);
afterAll(async () => h?.close());

describe('tasks without agencies', () => {
  it('are UNASSIGNED, not AT_RISK, and all thirteen are on the department\'s list', async () => {
    // Act
    const status = await gql<StatusOut>(STATUS, { id: task('3.1').id });
    const needing = await gql<NeedingOut>(NEEDING, { id: planId });
    const round = await gql<RoundOut>(ROUND, { plan: planId });

    // Assess
    expect(status.node.status.status).toBe('UNASSIGNED');
    expect(status.node.status.reasons.at(-1)).toMatch(/No lead agency/);
    expect(needing.node.tasksNeedingAssignment.nodes.map((t) => t.code)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5', '6', '7', '8']);
    expect(round.reportingRound.reports.expected).toBe(0);
  });

  it('refuses an assignment with no agency, or by an agency, and changes nothing', async () => {
    // Prepare
    const agency = await h.token({ role: 'AGENCY', jurisdictions: ['24'], agency: recordIdOf(skhcn) });
    const t = task('3.2');

    // Act
    const empty = await gql<AssignOut>(ASSIGN, { input: { id: t.id, expectedVersion: t.version, agencies: [] } });
    const byAgency = await gql<AssignOut>(ASSIGN, { input: { id: t.id, expectedVersion: t.version, agencies: [{ agency: skhcn, role: 'LEAD' }] } }, agency);
    const after = await gql<{ node: { version: number; agencies: unknown[] } }>(`query($id: ID!) { node(id: $id) { ... on Task { version agencies { role } } } }`, { id: t.id });

    // Assess
    expect(empty.taskAssignAgencies.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'agencies']]]);
    expect(byAgency.taskAssignAgencies.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(after.node).toEqual({ version: t.version, agencies: [] });
  });

  it('taskAssignAgencies gives 3.1 a lead, audited; then the round expects its report and the agency may report', async () => {
    // Prepare
    const t = task('3.1');
    const agency = await h.token({ role: 'AGENCY', jurisdictions: ['24'], agency: recordIdOf(skhcn) });
    const REPORT = `mutation($input: TaskReportCreateInput!) { taskReportCreate(input: $input) { taskReport { id } userErrors { code } } }`;
    const refused = await gql<{ taskReportCreate: { userErrors: { code: string }[] } }>(REPORT, { input: { task: t.id, period: '2026-Q3', narrative: 'Đã mở 2 lớp' } }, agency);

    // Act
    const assigned = await gql<AssignOut>(ASSIGN, {
      input: { id: t.id, expectedVersion: t.version, agencies: [{ agency: skhcn, role: 'LEAD' }], note: 'Giao tại cuộc họp ngày 10/10/2026' },
    });
    const status = await gql<StatusOut>(STATUS, { id: t.id });
    const round = await gql<RoundOut>(ROUND, { plan: planId });
    const needing = await gql<NeedingOut>(NEEDING, { id: planId });
    const reported = await gql<{ taskReportCreate: { userErrors: unknown[] } }>(REPORT, { input: { task: t.id, period: '2026-Q3', narrative: 'Đã mở 2 lớp' } }, agency);
    const audit = await gql<{ auditTrail: { nodes: { operation: string; note: string | null; version: number; changes: { field: string }[] }[] } }>(
      `query($id: ID!) { auditTrail(filter: { jurisdiction: "24", entity: $id }, first: 10) { nodes { operation note version changes { field } } } }`,
      { id: t.id },
    );

    // Assess
    expect(refused.taskReportCreate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(assigned.taskAssignAgencies).toEqual({ task: { version: t.version + 1, agencies: [{ role: 'LEAD', agency: { name: 'Sở Khoa học và Công nghệ' } }] }, userErrors: [] });
    expect(status.node.status.status).not.toBe('UNASSIGNED');
    expect(round.reportingRound.reports.expected).toBe(1);
    expect(round.reportingRound.agencies).toEqual([{ agency: { name: 'Sở Khoa học và Công nghệ' }, tasks: [{ task: { code: '3.1' }, state: 'MISSING' }] }]);
    // 3 is led through its sub-task 3.1 now; 3.2–3.5 still need a lead.
    expect(needing.node.tasksNeedingAssignment.nodes.map((n) => n.code)).toEqual(['1', '2', '3.2', '3.3', '3.4', '3.5', '4', '5', '6', '7', '8']);
    expect(reported.taskReportCreate.userErrors).toEqual([]);
    expect(audit.auditTrail.nodes.at(-1)).toMatchObject({ operation: 'ASSIGN', note: 'Giao tại cuộc họp ngày 10/10/2026', version: t.version + 1, changes: [{ field: 'agencies' }] });
  });

  it('marks heading 3\'s title as the editor\'s, in the API and in the report', async () => {
    // Act
    const report = await gql<{ planReport: { markdown: string; data: { tasks: { code: string; titleSuppliedByEditor: boolean }[] } } }>(
      `query($plan: ID!) { planReport(plan: $plan, asOf: "2026-10-15") { markdown data } }`,
      { plan: planId },
    );

    // Assess
    expect(tasks.filter((t) => t.titleSource === 'EDITOR').map((t) => t.code)).toEqual(['3']);
    expect(report.planReport.data.tasks.filter((t) => t.titleSuppliedByEditor).map((t) => t.code)).toEqual(['3']);
    const row = report.planReport.markdown.split('\n').find((l) => l.startsWith('| 3 |'));
    expect(row).toContain(`${task('3').title} [tiêu đề do biên tập bổ sung, không có trong văn bản kế hoạch]`);
    expect(report.planReport.markdown).toContain('Chưa phân công');
  });
});
