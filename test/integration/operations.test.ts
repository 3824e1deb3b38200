import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';
import { evidenceStoreFromEnv } from '../../functions/data/evidence';
import { LocalEvidenceStore } from '../../functions/data/evidence-local';
import type { ReminderMessage } from '../../functions/data/notify';
import { runDailyReminders } from '../../functions/jobs/reminders';

/**
 * Running a plan through its year, through the real Lambda handler over dynalite, on Cao
 * Bằng's seeded plan 523/KH-UBND: calendar and rounds, overdue, task status, reminders and
 * notifications, budget and spending, evidence files, amendments and closing.
 */
let h: Harness;
let admin: string;
let planId: string;
type TaskNode = { id: string; code: string; outputs: { text: string; quantity: number | null }[]; agencies: { role: string; agency: { id: string; name: string } }[] };
let tasks: TaskNode[];
let files: Server;

const recordIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;
const task = (code: string) => tasks.find((t) => t.code === code)!;
const lead = (code: string, name: string) => task(code).agencies.find((a) => a.role === 'LEAD' && a.agency.name === name)!.agency;
const agencyToken = (agencyGlobalId: string) => h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: recordIdOf(agencyGlobalId) });

const SET_CALENDAR = `mutation($input: ReportingCalendarSetInput!) { reportingCalendarSet(input: $input) { calendar { frequencies dueAfterDays version rounds { period dueOn } } userErrors { code field message } } }`;
const REPORT = `mutation($input: TaskReportCreateInput!) { taskReportCreate(input: $input) { taskReport { id version } userErrors { code message } } }`;
const STEP = (verb: string) => `mutation($input: WorkflowInput!) { ${verb}(input: $input) { taskReport { id status version } userErrors { code message } } }`;

/** An agency's report for a period, taken to `status` (SUBMITTED, APPROVED or RETURNED). */
const report = async (taskCode: string, agencyGlobalId: string, period: string, status: 'SUBMITTED' | 'APPROVED' | 'RETURNED', percent = 50) => {
  const created = await h.gql<{ taskReportCreate: { taskReport: { id: string } } }>(
    REPORT,
    { input: { task: task(taskCode).id, agency: agencyGlobalId, period, narrative: `Báo cáo ${period}`, percentComplete: percent } },
    admin,
  );
  const id = created.data!.taskReportCreate.taskReport.id;
  await h.gql(STEP('taskReportSubmit'), { input: { id, expectedVersion: 1 } }, admin);
  if (status === 'APPROVED') await h.gql(STEP('taskReportApprove'), { input: { id, expectedVersion: 2 } }, admin);
  if (status === 'RETURNED') await h.gql(STEP('taskReportReturn'), { input: { id, expectedVersion: 2, note: 'Bổ sung minh chứng' } }, admin);
  return id;
};

beforeAll(async () => {
  process.env.EVIDENCE_DIR = mkdtempSync(path.join(tmpdir(), 'eg-evidence-'));
  process.env.EVIDENCE_SECRET = 'test-secret';
  // The local server's evidence routes, on a port of their own (the harness has no HTTP server).
  files = createServer((req, res) => {
    if (!(evidenceStoreFromEnv() as LocalEvidenceStore).handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  process.env.EVIDENCE_BASE_URL = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;

  h = await startHarness({ seed: ['04'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
  const plan = await h.gql<{ planByNumber: { id: string; tasks: { nodes: TaskNode[] } } }>(
    `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id tasks(first: 50) { nodes { id code outputs { text quantity } agencies { role agency { id name } } } } } }`,
  );
  planId = plan.data!.planByNumber.id;
  tasks = plan.data!.planByNumber.tasks.nodes;
  // The seed gives both plans a quarterly calendar, reports due 10 days after each quarter.
});
afterAll(async () => {
  await h.close();
  await new Promise<void>((resolve) => files.close(() => resolve()));
});

describe('reporting calendar and rounds', () => {
  it('seeds quarterly rounds due 10 days after each quarter; only admins set it; a stale version conflicts', async () => {
    // Prepare
    const agency = await agencyToken(lead('4.1', 'Hội Nông dân tỉnh').id);
    // Act
    const read = await h.gql<{ node: { reportingCalendar: { frequencies: string[]; dueAfterDays: number; version: number; rounds: { period: string; dueOn: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Plan { reportingCalendar { frequencies dueAfterDays version rounds { period dueOn } } } } }`,
      { id: planId },
    );
    const byAgency = await h.gql<{ reportingCalendarSet: { userErrors: { code: string }[] } }>(SET_CALENDAR, { input: { plan: planId, expectedVersion: 1, frequencies: ['YEARLY'] } }, agency);
    const stale = await h.gql<{ reportingCalendarSet: { userErrors: { code: string }[] } }>(SET_CALENDAR, { input: { plan: planId, expectedVersion: 0, frequencies: ['YEARLY'] } }, admin);
    // Assess
    expect(read.data!.node.reportingCalendar).toMatchObject({ frequencies: ['QUARTERLY'], dueAfterDays: 10, version: 1 });
    expect(read.data!.node.reportingCalendar.rounds).toEqual([
      { period: '2026-Q1', dueOn: '2026-04-10' },
      { period: '2026-Q2', dueOn: '2026-07-10' },
      { period: '2026-Q3', dueOn: '2026-10-10' },
      { period: '2026-Q4', dueOn: '2027-01-10' },
    ]);
    expect(byAgency.data!.reportingCalendarSet.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(stale.data!.reportingCalendarSet.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  });

  it('reportingRound shows expected, received, approved, returned and missing per agency; an agency sees its own row', async () => {
    // Prepare: for 2026-Q2, Hội Nông dân approved on 4.1, returned on 1; Tỉnh Đoàn submitted on 3.2.
    const hnd = lead('4.1', 'Hội Nông dân tỉnh');
    const td = lead('3.2', 'Tỉnh Đoàn Thanh niên');
    await report('4.1', hnd.id, '2026-Q2', 'APPROVED');
    await report('1', hnd.id, '2026-Q2', 'RETURNED');
    await report('3.2', td.id, '2026-Q2', 'SUBMITTED');
    const query = `query($plan: ID!) { reportingRound(plan: $plan, period: "2026-Q2", asOf: "2026-07-15") {
      period dueOn pastDue reports { expected received approved returned missing }
      agencies { agency { id name } reports { expected received approved returned missing } tasks { task { code } state } } } }`;
    type Counts = { expected: number; received: number; approved: number; returned: number; missing: number };
    type Round = { reportingRound: { period: string; dueOn: string; pastDue: boolean; reports: Counts; agencies: { agency: { id: string; name: string }; reports: Counts; tasks: { task: { code: string }; state: string }[] }[] } };
    // Act
    const round = (await h.gql<Round>(query, { plan: planId }, admin)).data!.reportingRound;
    const own = (await h.gql<Round>(query, { plan: planId }, await agencyToken(hnd.id))).data!.reportingRound;
    const anonymous = await h.gql<Round>(query, { plan: planId });
    // Assess
    expect(round).toMatchObject({ period: '2026-Q2', dueOn: '2026-07-10', pastDue: true });
    const hndRow = round.agencies.find((a) => a.agency.name === 'Hội Nông dân tỉnh')!;
    expect(hndRow.tasks.map((t) => [t.task.code, t.state])).toEqual([['1', 'RETURNED'], ['2', 'MISSING'], ['4.1', 'APPROVED']]);
    expect(hndRow.reports).toEqual({ expected: 3, received: 2, approved: 1, returned: 1, missing: 1 });
    const tdRow = round.agencies.find((a) => a.agency.name === 'Tỉnh Đoàn Thanh niên')!;
    expect(tdRow.tasks.find((t) => t.task.code === '3.2')!.state).toBe('SUBMITTED');
    expect(round.reports.expected).toBe(round.agencies.reduce((s, a) => s + a.reports.expected, 0));
    expect(round.reports).toMatchObject({ approved: 1, returned: 1, received: 3 });
    expect(own.agencies.map((a) => a.agency.name)).toEqual(['Hội Nông dân tỉnh']);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('overdue', () => {
  it('for Cao Bằng with a quarterly calendar, overdue(asOf: "2026-10-15") lists the tasks whose Q3 report is missing, each with its lead agency', async () => {
    // Prepare: Hội Nông dân reports Q3 on 4.1 (approved), so 4.1 is not late.
    await report('4.1', lead('4.1', 'Hội Nông dân tỉnh').id, '2026-Q3', 'APPROVED');
    // Act
    const res = await h.gql<{ overdue: { kind: string; period: string; dueOn: string; since: string; daysLate: number; state: string; task: { code: string }; agency: { name: string } }[] }>(
      `{ overdue(asOf: "2026-10-15", jurisdiction: "04", period: "2026-Q3", kinds: [REPORT]) { kind period dueOn since daysLate state task { code } agency { name } } }`,
      {},
      admin,
    );
    // Assess
    const items = res.data!.overdue;
    const pairs = items.map((o) => `${o.task.code} ${o.agency.name}`);
    expect(pairs).toContain('1 Sở Khoa học và Công nghệ');
    expect(pairs).toContain('2 Liên minh Hợp tác xã tỉnh');
    expect(pairs).toContain('3.1 Ủy ban nhân dân tỉnh'); // its first phase starts in Q3/2026
    expect(pairs).toContain('3.2 Tỉnh Đoàn Thanh niên');
    expect(pairs).toContain('6 Sở Khoa học và Công nghệ');
    expect(pairs).not.toContain('4.1 Hội Nông dân tỉnh');
    expect(pairs.some((p) => /^(3|4|5) /.test(p))).toBe(false); // group headings have no lead agency
    // Every lead agency of every task active in Q3 except the one approved report.
    const expected = tasks.filter((t) => t.code !== '3' && t.code !== '4' && t.code !== '5').flatMap((t) => t.agencies.filter((a) => a.role === 'LEAD')).length - 1;
    expect(items).toHaveLength(expected);
    expect(items[0]).toMatchObject({ kind: 'REPORT', period: '2026-Q3', dueOn: '2026-10-10', since: '2026-10-11', daysLate: 5, state: 'MISSING' });
  });

  it('an agency sees only its own items; before the due date nothing of Q3 is late', async () => {
    // Prepare
    const td = lead('3.2', 'Tỉnh Đoàn Thanh niên');
    // Act
    const own = await h.gql<{ overdue: { agency: { name: string } }[] }>(`{ overdue(asOf: "2026-10-15", period: "2026-Q3") { agency { name } } }`, {}, await agencyToken(td.id));
    const early = await h.gql<{ overdue: unknown[] }>(`{ overdue(asOf: "2026-10-10", period: "2026-Q3") { kind } }`, {}, admin);
    // Assess
    expect(own.data!.overdue.length).toBeGreaterThan(0);
    expect(new Set(own.data!.overdue.map((o) => o.agency.name))).toEqual(new Set(['Tỉnh Đoàn Thanh niên']));
    expect(early.data!.overdue).toEqual([]);
  });

  it('a draft is "not received" outside the jurisdiction: NATIONAL sees MISSING and no report where the 04 admin sees DRAFT', async () => {
    // Prepare: Liên minh HTX writes its Q4 report on task 2 and does not submit it.
    const lmhtx = lead('2', 'Liên minh Hợp tác xã tỉnh');
    const draft = await h.gql<{ taskReportCreate: { taskReport: { id: string } | null; userErrors: unknown[] } }>(
      REPORT,
      { input: { task: task('2').id, agency: lmhtx.id, period: '2026-Q4', narrative: 'Nháp chưa gửi', percentComplete: 10 } },
      admin,
    );
    expect(draft.data!.taskReportCreate.userErrors).toEqual([]);
    const national = await h.token({ role: 'NATIONAL', jurisdictions: [] });
    const OVERDUE = `{ overdue(asOf: "2027-01-15", jurisdiction: "04", period: "2026-Q4", kinds: [REPORT]) { state task { code } agency { name } } }`;
    const ROUND = `query($plan: ID!) { reportingRound(plan: $plan, period: "2026-Q4", asOf: "2027-01-15") { reports { received missing } agencies { agency { name } tasks { task { code } state report { id } } } } }`;
    type Late = { overdue: { state: string; task: { code: string }; agency: { name: string } }[] };
    type Round = { reportingRound: { reports: { received: number; missing: number }; agencies: { agency: { name: string }; tasks: { task: { code: string }; state: string; report: { id: string } | null }[] }[] } };
    const onTask2 = (items: Late['overdue']) => items.filter((o) => o.task.code === '2' && o.agency.name === lmhtx.name).map((o) => o.state);
    const row = (r: Round) => r.reportingRound.agencies.find((a) => a.agency.name === lmhtx.name)!.tasks.find((t) => t.task.code === '2')!;
    // Act
    const lateForAdmin = (await h.gql<Late>(OVERDUE, {}, admin)).data!.overdue;
    const lateForNational = (await h.gql<Late>(OVERDUE, {}, national)).data!.overdue;
    const roundForAdmin = (await h.gql<Round>(ROUND, { plan: planId }, admin)).data!;
    const roundForNational = (await h.gql<Round>(ROUND, { plan: planId }, national)).data!;
    // Assess
    expect(onTask2(lateForAdmin)).toEqual(['DRAFT']);
    expect(onTask2(lateForNational)).toEqual(['MISSING']);
    expect(row(roundForAdmin)).toMatchObject({ state: 'DRAFT', report: { id: draft.data!.taskReportCreate.taskReport!.id } });
    expect(row(roundForNational)).toEqual({ task: { code: '2' }, state: 'MISSING', report: null });
    expect(roundForNational.reportingRound.reports).toEqual(roundForAdmin.reportingRound.reports);
    expect(JSON.stringify(roundForNational)).not.toContain('DRAFT');
    expect(JSON.stringify(lateForNational)).not.toContain('DRAFT');
  });
});

describe('task status', () => {
  const STATUS = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Task { status(asOf: $asOf) { status since start end percentComplete outputs { output { text quantity } delivered complete } reasons } } } }`;
  type Status = { node: { status: { status: string; since: string | null; start: string; end: string; percentComplete: number | null; outputs: { delivered: number; complete: boolean | null }[]; reasons: string[] } } };

  it('is NOT_STARTED before its first day, AT_RISK with a report past due, OVERDUE after its last day', async () => {
    // Act
    const before = (await h.gql<Status>(STATUS, { id: task('3.1').id, asOf: '2026-06-30' })).data!.node.status;
    const late = (await h.gql<Status>(STATUS, { id: task('6').id, asOf: '2026-10-15' })).data!.node.status;
    const after = (await h.gql<Status>(STATUS, { id: task('6').id, asOf: '2027-01-05' })).data!.node.status;
    // Assess
    expect(before).toMatchObject({ status: 'NOT_STARTED', start: '2026-07-01', end: '2027-12-31' });
    expect(late.status).toBe('AT_RISK');
    expect(late.reasons.join(' ')).toContain('2026-Q3 (due 2026-10-10)');
    expect(after).toMatchObject({ status: 'OVERDUE', since: '2027-01-01' });
  });

  it('is DONE when the latest approved report says 100% and "02 lớp" are both delivered; not before', async () => {
    // Prepare
    const t2 = task('2');
    const skhcn = lead('2', 'Sở Khoa học và Công nghệ');
    const agency = await agencyToken(lead('2', 'Hội Liên hiệp Phụ nữ tỉnh').id);
    const DELIVER = `mutation($input: TaskDeliveryRecordInput!) { taskDeliveryRecord(input: $input) { delivery { id quantity output { text } } userErrors { code field } } }`;
    const first = await h.gql<{ taskDeliveryRecord: { delivery: { quantity: number } | null; userErrors: unknown[] } }>(DELIVER, { input: { task: t2.id, output: 0, quantity: 1, deliveredOn: '2026-05-20', note: 'Lớp 1 tại TP Cao Bằng' } }, agency);
    await report('2', skhcn.id, '2026-Q4', 'APPROVED', 100);
    // Act
    const oneOfTwo = (await h.gql<Status>(STATUS, { id: t2.id, asOf: '2026-12-20' })).data!.node.status;
    const outsider = await h.gql<{ taskDeliveryRecord: { userErrors: { code: string }[] } }>(DELIVER, { input: { task: t2.id, output: 0, quantity: 1, deliveredOn: '2026-11-20' } }, await agencyToken(lead('3.1', 'Ủy ban nhân dân tỉnh').id));
    await h.gql(DELIVER, { input: { task: t2.id, output: 0, quantity: 1, deliveredOn: '2026-11-20' } }, admin);
    const done = (await h.gql<Status>(STATUS, { id: t2.id, asOf: '2026-12-20' })).data!.node.status;
    // Assess
    expect(first.data!.taskDeliveryRecord.userErrors).toEqual([]);
    expect(oneOfTwo.status).not.toBe('DONE');
    expect(oneOfTwo.outputs[0]).toMatchObject({ delivered: 1, complete: false });
    expect(oneOfTwo.reasons).toContain('Reported 100% but not every output is delivered');
    expect(outsider.data!.taskDeliveryRecord.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(done).toMatchObject({ status: 'DONE', percentComplete: 100, outputs: [{ delivered: 2, complete: true }] });
  });
});

describe('reminders and notifications', () => {
  it('a run makes DUE_SOON and OVERDUE notifications once; an agency reads its own and marks one read', async () => {
    // Prepare
    const hnd = lead('4.1', 'Hội Nông dân tỉnh');
    const agency = await agencyToken(hnd.id);
    const RUN = `mutation($input: RemindersRunInput!) { remindersRun(input: $input) { created existing userErrors { code } } }`;
    // Act
    const first = (await h.gql<{ remindersRun: { created: number; existing: number; userErrors: unknown[] } }>(RUN, { input: { jurisdiction: '04', asOf: '2026-10-05' } }, admin)).data!.remindersRun;
    const again = (await h.gql<{ remindersRun: { created: number; existing: number } }>(RUN, { input: { jurisdiction: '04', asOf: '2026-10-05' } }, admin)).data!.remindersRun;
    const byAgency = (await h.gql<{ remindersRun: { userErrors: { code: string }[] } }>(RUN, { input: { jurisdiction: '04' } }, agency)).data!.remindersRun;
    const mine = await h.gql<{ notifications: { nodes: { id: string; version: number; kind: string; period: string; message: string; agency: { name: string }; task: { code: string } | null }[] } }>(
      `{ notifications(first: 50) { nodes { id version kind period message agency { name } task { code } } } }`,
      {},
      agency,
    );
    const nodes = mine.data!.notifications.nodes;
    const q3 = nodes.find((n) => n.kind === 'DUE_SOON' && n.task?.code === '1')!;
    const read = await h.gql<{ notificationMarkRead: { notification: { readAt: string | null } } }>(
      `mutation($input: WorkflowInput!) { notificationMarkRead(input: $input) { notification { readAt } userErrors { code } } }`,
      { input: { id: q3.id, expectedVersion: q3.version } },
      agency,
    );
    const unread = await h.gql<{ notifications: { nodes: { id: string }[] } }>(`{ notifications(first: 50, unreadOnly: true) { nodes { id } } }`, {}, agency);
    // Assess
    expect(first.userErrors).toEqual([]);
    expect(first.created).toBeGreaterThan(0);
    expect(again).toMatchObject({ created: 0, existing: first.created });
    expect(byAgency.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(new Set(nodes.map((n) => n.agency.name))).toEqual(new Set(['Hội Nông dân tỉnh']));
    expect(nodes.some((n) => n.kind === 'OVERDUE' && n.period === '2026-Q1')).toBe(true);
    expect(q3.message).toContain('đến hạn ngày 10/10/2026');
    expect(nodes.some((n) => n.task?.code === '4.1' && n.period === '2026-Q3')).toBe(false); // approved: no reminder
    expect(read.data!.notificationMarkRead.notification.readAt).toBeTruthy();
    expect(unread.data!.notifications.nodes.map((n) => n.id)).not.toContain(q3.id);
  });
});

describe('the scheduled job', () => {
  it('runs for each jurisdiction as its own caller, makes the overdue notifications of a later day and sends one summary', async () => {
    // Prepare
    const sent: ReminderMessage[] = [];
    const sink = { name: 'test', send: async (m: ReminderMessage) => void sent.push(m) };
    // Act
    const run = await runDailyReminders(h.store, ['04'], { asOf: '2026-10-20', sinks: [sink] });
    const again = await runDailyReminders(h.store, ['04'], { asOf: '2026-10-20', sinks: [sink] });
    // Assess
    expect(run.results['04']).toMatchObject({ createdByKind: { DUE_SOON: 0 } });
    expect((run.results['04'] as { createdByKind: { OVERDUE: number } }).createdByKind.OVERDUE).toBeGreaterThan(0);
    expect((again.results['04'] as { created: number }).created).toBe(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain('quá hạn');
    expect(run.sinkErrors).toEqual([]);
  });
});

describe('budget and spending', () => {
  const BUDGET = `query($id: ID!) { node(id: $id) { ... on Task { budget { plannedTotal { amount currency } spentTotal { amount } flagged flags
    bySource { source planned { amount } spent { amount } remaining { amount } overspent } spending(first: 10) { nodes { amount { amount } spentOn source } } version } } } }`;
  type Budget = { node: { budget: { plannedTotal: { amount: string }; spentTotal: { amount: string }; flagged: boolean; flags: string[]; bySource: { source: string; planned: { amount: string }; spent: { amount: string }; remaining: { amount: string }; overspent: boolean }[]; spending: { nodes: unknown[] }; version: number } | null } };
  const SPEND = `mutation($input: SpendingRecordInput!) { spendingRecord(input: $input) { spendingEntry { id amount { amount currency } } budget { spentTotal { amount } flagged } userErrors { code field message } } }`;

  it('100,000,000 VND planned from the state budget and spending of 60,000,000 and 50,000,000 show 110,000,000 spent, flagged not refused', async () => {
    // Prepare
    const t = task('4.1');
    const hnd = await agencyToken(lead('4.1', 'Hội Nông dân tỉnh').id);
    const set = await h.gql<{ taskBudgetSet: { budget: { version: number } | null; userErrors: unknown[] } }>(
      `mutation($input: TaskBudgetSetInput!) { taskBudgetSet(input: $input) { budget { version plannedTotal { amount } } userErrors { code field message } } }`,
      { input: { task: t.id, expectedVersion: 0, lines: [{ source: 'STATE_BUDGET', amount: { amount: '100000000' }, sourceName: 'Ngân sách sự nghiệp KH&CN 2026' }] } },
      admin,
    );
    // Act
    const a = await h.gql<{ spendingRecord: { userErrors: unknown[]; budget: { flagged: boolean } } }>(SPEND, { input: { task: t.id, amount: { amount: '60000000' }, source: 'STATE_BUDGET', spentOn: '2026-06-10', description: 'Hội nghị tuyên truyền đợt 1' } }, hnd);
    const b = await h.gql<{ spendingRecord: { userErrors: unknown[]; budget: { spentTotal: { amount: string }; flagged: boolean } } }>(SPEND, { input: { task: t.id, amount: { amount: '50000000' }, source: 'STATE_BUDGET', spentOn: '2026-09-15', description: 'Hội nghị tuyên truyền đợt 2' } }, hnd);
    const budget = (await h.gql<Budget>(BUDGET, { id: t.id }, admin)).data!.node.budget!;
    const publicView = (await h.gql<Budget>(BUDGET, { id: t.id })).data!.node.budget;
    const plan = await h.gql<{ node: { budget: { spentTotal: { amount: string }; flaggedTasks: { code: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Plan { budget { spentTotal { amount } flaggedTasks { code } } } } }`,
      { id: planId },
      admin,
    );
    // Assess
    expect(set.data!.taskBudgetSet.userErrors).toEqual([]);
    expect(a.data!.spendingRecord).toMatchObject({ userErrors: [], budget: { flagged: false } });
    expect(b.data!.spendingRecord).toMatchObject({ userErrors: [], budget: { spentTotal: { amount: '110000000' }, flagged: true } });
    expect(budget).toMatchObject({ plannedTotal: { amount: '100000000', currency: 'VND' }, spentTotal: { amount: '110000000' }, flagged: true, version: 1 });
    expect(budget.bySource).toEqual([{ source: 'STATE_BUDGET', planned: { amount: '100000000' }, spent: { amount: '110000000' }, remaining: { amount: '-10000000' }, overspent: true }]);
    expect(budget.flags[0]).toContain('10000000 over');
    expect(budget.spending.nodes).toHaveLength(2);
    expect(publicView).toBeNull();
    expect(plan.data!.node.budget.flaggedTasks.map((x) => x.code)).toEqual(['4.1']);
  });

  it('refuses floats, other currencies, a coordinating agency and an unauthenticated caller; keeps amounts past 2^53', async () => {
    // Prepare
    const t = task('5.1');
    const coordinating = await agencyToken(t.agencies.find((x) => x.role === 'COORDINATING')!.agency.id);
    const input = { task: t.id, source: 'DONOR', spentOn: '2026-08-01', description: 'Tập huấn CARE' };
    // Act
    const float = await h.gql<{ spendingRecord: { userErrors: { code: string; field: string[] }[] } }>(SPEND, { input: { ...input, amount: { amount: '1500.5' } } }, admin);
    const usd = await h.gql<{ spendingRecord: { userErrors: { code: string; field: string[] }[] } }>(SPEND, { input: { ...input, amount: { amount: '1500', currency: 'USD' } } }, admin);
    const coord = await h.gql<{ spendingRecord: { userErrors: { code: string }[] } }>(SPEND, { input: { ...input, amount: { amount: '1000' } } }, coordinating);
    const anon = await h.gql<{ spendingRecord: { userErrors: { code: string }[] } }>(SPEND, { input: { ...input, amount: { amount: '1000' } } });
    const huge = await h.gql<{ spendingRecord: { spendingEntry: { amount: { amount: string } } } }>(SPEND, { input: { ...input, amount: { amount: '90071992547409930000' } } }, admin);
    // Assess
    expect(float.data!.spendingRecord.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'amount', 'amount'] });
    expect(usd.data!.spendingRecord.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'amount', 'currency'] });
    expect(coord.data!.spendingRecord.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(anon.data!.spendingRecord.userErrors.map((e) => e.code)).toEqual(['UNAUTHENTICATED']);
    expect(huge.data!.spendingRecord.spendingEntry.amount.amount).toBe('90071992547409930000');
  });
});

describe('evidence files', () => {
  const CREATE = `mutation($input: AttachmentCreateInput!) { attachmentCreate(input: $input) {
    attachment { id status version sha256 url } upload { url method headers { name value } expiresAt } userErrors { code field message } } }`;
  type Created = { attachmentCreate: { attachment: { id: string; status: string; version: number; url: string | null } | null; upload: { url: string; method: string; headers: { name: string; value: string }[] } | null; userErrors: { code: string; field: string[] }[] } };
  const pdf = Buffer.from('%PDF-1.4\n% biên bản hội nghị\n', 'utf8');
  const sha = createHash('sha256').update(pdf).digest('hex');

  it('registers a PDF for a report, uploads it to the presigned local URL, confirms it and serves it by hash', async () => {
    // Prepare
    const reportId = await report('4.2', lead('4.2', 'Sở Khoa học và Công nghệ').id, '2026-Q2', 'SUBMITTED');
    // Act
    const created = (await h.gql<Created>(CREATE, { input: { owner: reportId, fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: pdf.length, sha256: sha } }, admin)).data!.attachmentCreate;
    const early = await h.gql<{ attachmentConfirm: { userErrors: { code: string }[] } }>(
      `mutation($input: WorkflowInput!) { attachmentConfirm(input: $input) { attachment { status } userErrors { code } } }`,
      { input: { id: created.attachment!.id, expectedVersion: 1 } },
      admin,
    );
    const headers = Object.fromEntries(created.upload!.headers.map((x) => [x.name, x.value]));
    const tampered = await fetch(created.upload!.url, { method: 'PUT', headers, body: Buffer.concat([pdf, Buffer.from('x')]) });
    const forged = await fetch(created.upload!.url.replace(/sig=[^&]+/, 'sig=AAAA'), { method: 'PUT', headers, body: pdf });
    const put = await fetch(created.upload!.url, { method: 'PUT', headers, body: pdf });
    const confirmed = await h.gql<{ attachmentConfirm: { attachment: { status: string; url: string } } }>(
      `mutation($input: WorkflowInput!) { attachmentConfirm(input: $input) { attachment { status url } userErrors { code } } }`,
      { input: { id: created.attachment!.id, expectedVersion: 1 } },
      admin,
    );
    const url = confirmed.data!.attachmentConfirm.attachment.url;
    const download = await fetch(url);
    const unsigned = await fetch(url.replace(/\?.*$/, ''));
    const forgedGet = await fetch(url.replace(/sig=[^&]+/, 'sig=AAAA'));
    const expired = await fetch(await new LocalEvidenceStore({ dir: process.env.EVIDENCE_DIR!, baseUrl: process.env.EVIDENCE_BASE_URL!, secret: 'test-secret' }).downloadUrl(sha, 'x', 'y', -1));
    const listed = await h.gql<{ node: { attachments: { fileName: string; sha256: string; status: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on TaskReport { attachments { fileName sha256 status } } } }`,
      { id: reportId },
      admin,
    );
    // Assess
    expect(created.userErrors).toEqual([]);
    expect(created.attachment).toMatchObject({ status: 'PENDING', url: null });
    expect(created.upload).toMatchObject({ method: 'PUT' });
    expect(headers).toEqual({ 'content-type': 'application/pdf' });
    expect(early.data!.attachmentConfirm.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(tampered.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBe(403);
    expect(put.status).toBe(200);
    expect(confirmed.data!.attachmentConfirm.attachment.status).toBe('STORED');
    expect(url).toMatch(new RegExp(`^${process.env.EVIDENCE_BASE_URL}/files/${sha}\\?expires=\\d+&sig=`));
    expect([unsigned.status, forgedGet.status, expired.status]).toEqual([403, 403, 403]);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect(listed.data!.node.attachments).toEqual([{ fileName: 'bien-ban.pdf', sha256: sha, status: 'STORED' }]);
  });

  it('refuses files over 10 MB, types off the allow-list and agencies that cannot see the report; spending entries take attachments', async () => {
    // Prepare
    const reportId = await report('4.2', lead('4.2', 'Sở Khoa học và Công nghệ').id, '2026-Q1', 'SUBMITTED');
    const stranger = await agencyToken(lead('4.1', 'Hội Nông dân tỉnh').id);
    const base = { owner: reportId, fileName: 'a.pdf', contentType: 'application/pdf', size: 100, sha256: sha };
    const spending = (await h.gql<{ node: { budget: { spending: { nodes: { id: string }[] } } } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { budget { spending(first: 1) { nodes { id } } } } } }`,
      { id: task('4.1').id },
      admin,
    )).data!.node.budget.spending.nodes[0]!.id;
    // Act
    const big = (await h.gql<Created>(CREATE, { input: { ...base, size: 10 * 1024 * 1024 + 1 } }, admin)).data!.attachmentCreate;
    const exe = (await h.gql<Created>(CREATE, { input: { ...base, fileName: 'a.exe', contentType: 'application/x-msdownload' } }, admin)).data!.attachmentCreate;
    const other = (await h.gql<Created>(CREATE, { input: base }, stranger)).data!.attachmentCreate;
    const invoice = (await h.gql<Created>(CREATE, { input: { ...base, owner: spending, fileName: 'hoa-don.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }, admin)).data!.attachmentCreate;
    // Assess
    expect(big.userErrors.map((e) => e.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(exe.userErrors.map((e) => e.field.join('.'))).toEqual(['input.contentType']);
    expect(other.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']); // a submitted report is hidden from other agencies
    expect(invoice.userErrors).toEqual([]);
  });
});

describe('amendments and closing', () => {
  const AMEND = `mutation($input: PlanAmendInput!) { planAmend(input: $input) { plan { version edition } edition { edition note decision taskCount } userErrors { code field message } } }`;

  it('after planAmend changes one target, the diff between versions names exactly that change; history is kept', async () => {
    // Prepare
    const indicators = await h.gql<{ node: { indicators: { nodes: { id: string; code: string; targets: { year: number; text: string }[] }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Plan { indicators(first: 20) { nodes { id code targets { year text } } } } } }`,
      { id: planId },
    );
    const o1 = indicators.data!.node.indicators.nodes.find((i) => i.code === 'O1')!;
    const current = (await h.gql<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { ... on Plan { version } } }`, { id: planId })).data!.node.version;
    // Act
    const amended = await h.gql<{ planAmend: { plan: { version: number; edition: number }; edition: { edition: number; note: string; decision: string } ; userErrors: unknown[] } }>(
      AMEND,
      { input: { id: planId, expectedVersion: current, note: 'Tăng số lớp tập huấn', decision: 'Quyết định số 100/QĐ-UBND', targets: [{ indicator: o1.id, year: 2026, text: '03' }] } },
      admin,
    );
    const stale = await h.gql<{ planAmend: { userErrors: { code: string }[] } }>(AMEND, { input: { id: planId, expectedVersion: current, note: 'x', targets: [{ indicator: o1.id, year: 2026, text: '04' }] } }, admin);
    const versions = await h.gql<{ planVersions: { nodes: { edition: number; note: string | null; indicatorCount: number }[] } }>(
      `query($id: ID!) { planVersions(plan: $id) { nodes { edition note indicatorCount } } }`,
      { id: planId },
    );
    const diff = await h.gql<{ planDiff: { from: number; to: number; changes: { path: string; kind: string; before: string; after: string }[] } }>(
      `query($id: ID!) { planDiff(plan: $id, from: 1, to: 2) { from to changes { path kind before after } } }`,
      { id: planId },
    );
    // Assess
    expect(amended.data!.planAmend.userErrors).toEqual([]);
    expect(amended.data!.planAmend.plan.edition).toBe(2);
    expect(amended.data!.planAmend.edition).toMatchObject({ edition: 2, note: 'Tăng số lớp tập huấn', decision: 'Quyết định số 100/QĐ-UBND' });
    expect(stale.data!.planAmend.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(versions.data!.planVersions.nodes.map((v) => [v.edition, v.note])).toEqual([[1, null], [2, 'Tăng số lớp tập huấn']]);
    expect(diff.data!.planDiff).toEqual({ from: 1, to: 2, changes: [{ path: 'indicators[O1].targets[2026]', kind: 'CHANGED', before: '02', after: '03' }] });
  });

  it('amends tasks (change, add, delete) and names each change; a draft or closed plan is not amended', async () => {
    // Prepare
    const current = (await h.gql<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { ... on Plan { version } } }`, { id: planId })).data!.node.version;
    const skhcn = lead('4.2', 'Sở Khoa học và Công nghệ');
    // Act
    const amended = await h.gql<{ planAmend: { plan: { edition: number }; userErrors: unknown[] } }>(
      AMEND,
      {
        input: {
          id: planId,
          expectedVersion: current,
          note: 'Điều chỉnh nhiệm vụ',
          tasks: [
            { task: task('4.2').id, timeline: 'Quý IV/2026' },
            { code: '7', title: 'Tổng kết Kế hoạch', timeline: 'Tháng 12/2026', agencies: [{ agency: skhcn.id, role: 'LEAD' }] },
            { task: task('5.2').id, delete: true },
          ],
        },
      },
      admin,
    );
    const diff = await h.gql<{ planDiff: { changes: { path: string; kind: string; after: string | null }[] } }>(
      `query($id: ID!) { planDiff(plan: $id, from: 2) { changes { path kind after } } }`,
      { id: planId },
    );
    // Assess
    expect(amended.data!.planAmend.userErrors).toEqual([]);
    expect(amended.data!.planAmend.plan.edition).toBe(3);
    expect(diff.data!.planDiff.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['CHANGED tasks[4.2].timeline', 'REMOVED tasks[5.2]', 'ADDED tasks[7]']);
  });

  it('planClose freezes the plan with its final status; later changes are LOCKED', async () => {
    // Prepare
    const current = (await h.gql<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { ... on Plan { version } } }`, { id: planId })).data!.node.version;
    const CLOSE = `mutation($input: PlanCloseInput!) { planClose(input: $input) { plan { status version closure { outcome summary asOf tasks { task { code } status } } } userErrors { code message } } }`;
    // Act
    const closed = await h.gql<{ planClose: { plan: { status: string; closure: { outcome: string; summary: string; asOf: string; tasks: { task: { code: string }; status: string }[] } }; userErrors: unknown[] } }>(
      CLOSE,
      { input: { id: planId, expectedVersion: current, outcome: 'PARTIALLY_COMPLETED', summary: 'Hoàn thành 2/10 nhiệm vụ', asOf: '2026-12-31' } },
      admin,
    );
    const again = await h.gql<{ planClose: { userErrors: { code: string }[] } }>(CLOSE, { input: { id: planId, expectedVersion: current + 1, outcome: 'COMPLETED' } }, admin);
    const amend = await h.gql<{ planAmend: { userErrors: { code: string }[] } }>(AMEND, { input: { id: planId, expectedVersion: current + 1, note: 'x', plan: { title: 'y' } } }, admin);
    const spend = await h.gql<{ spendingRecord: { userErrors: { code: string }[] } }>(
      `mutation($input: SpendingRecordInput!) { spendingRecord(input: $input) { userErrors { code } } }`,
      { input: { task: task('4.1').id, amount: { amount: '1' }, source: 'OTHER', spentOn: '2027-01-02', description: 'x' } },
      admin,
    );
    // Assess
    expect(closed.data!.planClose.userErrors).toEqual([]);
    const plan = closed.data!.planClose.plan;
    expect(plan).toMatchObject({ status: 'CLOSED', closure: { outcome: 'PARTIALLY_COMPLETED', summary: 'Hoàn thành 2/10 nhiệm vụ', asOf: '2026-12-31' } });
    expect(plan.closure.tasks.find((t) => t.task.code === '2')!.status).toBe('DONE');
    expect(plan.closure.tasks.find((t) => t.task.code === '6')!.status).toBe('AT_RISK');
    expect(again.data!.planClose.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(amend.data!.planAmend.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(spend.data!.spendingRecord.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
  });
});
