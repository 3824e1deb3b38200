import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import type { MeterReading } from '../../functions/data';
import { startHarness, type GraphQLResponse, type Harness } from '../helpers/harness';

/**
 * The national copy equals the province's (issue 16.10): a province server (Cao Bằng's
 * seeded 523/KH-UBND) and a national server (nothing seeded, 04 bound to the province as its
 * source), both the real handler over dynalite. Budgets, spending and an output delivery
 * entered at the province reach the national server through snapshot and changes, and
 * planReport there equals the province's for the same asOf. Who reads budgets is the same
 * rule at both ends (services/operations/common.ts mayReadBudgets).
 */
process.env.FEED_SETTLE_MS = '1000';
const settle = () => new Promise((resolve) => setTimeout(resolve, 1100));

const SOURCE = { name: 'cao-bang', url: 'https://api.caobang.example/graphql', jurisdictions: ['04'] };
const SNAPSHOT = `query($after: String) { snapshot(jurisdiction: "04", first: 25, after: $after) { records { type jurisdiction id version seq updatedAt deleted data } endCursor hasNextPage feedCursor } }`;
const CHANGES = `query($after: String!) { changes(jurisdiction: "04", after: $after, first: 100) { changes { record { type jurisdiction id version seq updatedAt deleted data } } cursor caughtUp } }`;
const APPLY = `mutation($i: PullApplyInput!) { pullApply(input: $i) { applied skipped refused { type id reason } userErrors { code message } } }`;
const REPORT = `query($p: ID!) { planReport(plan: $p, asOf: "2026-12-31") { asOf html markdown data } }`;
const TASK_BUDGET = `query($id: ID!) { node(id: $id) { ... on Task { budget { plannedTotal { amount currency } spentTotal { amount } flagged flags
  bySource { source planned { amount } spent { amount } remaining { amount } overspent } spending(first: 10) { nodes { id amount { amount } spentOn source description } } version } } } }`;
const PLAN_BUDGET = `query($id: ID!) { node(id: $id) { ... on Plan { budget { plannedTotal { amount } spentTotal { amount } flaggedTasks { code } } } } }`;
const SPENDING = `query($id: ID!) { node(id: $id) { ... on SpendingEntry { id amount { amount } } } }`;
const STATUS = `query($id: ID!) { node(id: $id) { ... on Task { status(asOf: "2026-12-31") { status outputs { output { text quantity } delivered complete } } } } }`;
const SPEND = `mutation($input: SpendingRecordInput!) { spendingRecord(input: $input) { spendingEntry { id } userErrors { code message } } }`;

type SnapshotPage = { records: { type: string }[]; endCursor: string; hasNextPage: boolean; feedCursor: string | null };
type TaskNode = { id: string; code: string; agencies: { role: string; agency: { id: string; name: string } }[] };
type Budget = { plannedTotal: { amount: string }; spentTotal: { amount: string }; spending: { nodes: { id: string }[] } } | null;

let src: Harness;
let nat: Harness;
let planId: string;
let tasks: TaskNode[];
let srcAdmin: string;
let srcNational: string;
let natNational: string;
let operator: string;
/** The first spending entry's global ID (callers who cannot list it from the budget ask for it by ID). */
let spendingId: string;

const recordIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;
const task = (code: string) => tasks.find((t) => t.code === code)!;
const agencyOf = (code: string, role: string, name?: string) => task(code).agencies.find((a) => a.role === role && (!name || a.agency.name === name))!.agency;

const ok = async <T>(h: Harness, query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
  const res = await h.gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
};

type PullOut = { applied: number; refused: unknown[]; userErrors: unknown[] };
const apply = (records: unknown[], cursor: string | null) =>
  ok<{ pullApply: PullOut }>(nat, APPLY, { i: { source: SOURCE.name, sourceUrl: SOURCE.url, jurisdiction: '04', records, ...(cursor ? { cursor } : {}) } }, operator);

/** A whole snapshot, page by page, applied at the national server as it is read; returns the feed cursor and the types taken. */
const pullSnapshot = async (): Promise<{ cursor: string; types: Map<string, number>; pages: number; requests: number[] }> => {
  const types = new Map<string, number>();
  const requests: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const metered: { response: GraphQLResponse<{ snapshot: SnapshotPage }>; reading: MeterReading } = await src.metered<{ snapshot: SnapshotPage }>(SNAPSHOT, { after }, srcNational);
    if (metered.response.errors) throw new Error(JSON.stringify(metered.response.errors));
    const snapshot = metered.response.data!.snapshot;
    requests.push(metered.reading.total);
    pages += 1;
    expect(snapshot.records.length).toBeLessThanOrEqual(25);
    for (const r of snapshot.records) types.set(r.type, (types.get(r.type) ?? 0) + 1);
    const out = (await apply(snapshot.records, snapshot.hasNextPage ? null : snapshot.feedCursor)).pullApply;
    expect(out).toMatchObject({ refused: [], userErrors: [] });
    if (!snapshot.hasNextPage) return { cursor: snapshot.feedCursor!, types, pages, requests };
    after = snapshot.endCursor;
  }
};

const pullChanges = async (cursor: string): Promise<{ cursor: string; types: string[] }> => {
  const types: string[] = [];
  for (;;) {
    const { changes } = await ok<{ changes: { changes: { record: { type: string } }[]; cursor: string; caughtUp: boolean } }>(src, CHANGES, { after: cursor }, srcNational);
    types.push(...changes.changes.map((c) => c.record.type));
    const out = (await apply(changes.changes.map((c) => c.record), changes.cursor)).pullApply;
    expect(out).toMatchObject({ refused: [], userErrors: [] });
    cursor = changes.cursor;
    if (changes.caughtUp) return { cursor, types };
  }
};

beforeAll(async () => {
  src = await startHarness({ seed: ['04'] });
  nat = await startHarness({ env: { JURISDICTIONS: '04,24', PULL_SOURCES: JSON.stringify([SOURCE]) } });
  srcAdmin = await src.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
  srcNational = await src.token({ role: 'NATIONAL', jurisdictions: [] });
  natNational = await nat.token({ role: 'NATIONAL', jurisdictions: [] });
  operator = await nat.token({ role: 'PULL_OPERATOR', jurisdictions: [] });
  const plan = await ok<{ planByNumber: { id: string; tasks: { nodes: TaskNode[] } } }>(
    src,
    `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id tasks(first: 50) { nodes { id code agencies { role agency { id name } } } } } }`,
    {},
  );
  planId = plan.planByNumber.id;
  tasks = plan.planByNumber.tasks.nodes;
}, 60_000);
afterAll(async () => {
  await src?.close();
  await nat?.close();
});

describe('budgets, spending and deliveries at the national server', () => {
  it('after a snapshot and the changes, planReport there equals the province’s for the same asOf', async () => {
    // Prepare: task 4.1's budget (100,000,000 state + 250,000,000 donor) and a first spending, one of task 2's "02 lớp".
    const lead41 = await src.token({ role: 'AGENCY', jurisdictions: ['04'], agency: recordIdOf(agencyOf('4.1', 'LEAD', 'Hội Nông dân tỉnh').id) });
    const set = await ok<{ taskBudgetSet: { userErrors: unknown[] } }>(
      src,
      `mutation($input: TaskBudgetSetInput!) { taskBudgetSet(input: $input) { budget { version } userErrors { code field message } } }`,
      { input: { task: task('4.1').id, expectedVersion: 0, lines: [
        { source: 'STATE_BUDGET', sourceName: 'Sự nghiệp KH&CN 2026', amount: { amount: '100000000' } },
        { source: 'DONOR', sourceName: 'Tổ chức CARE Quốc tế tại Việt Nam', amount: { amount: '250000000' } },
      ] } },
      srcAdmin,
    );
    const first = await ok<{ spendingRecord: { spendingEntry: { id: string }; userErrors: unknown[] } }>(
      src, SPEND, { input: { task: task('4.1').id, amount: { amount: '60000000' }, source: 'STATE_BUDGET', spentOn: '2026-06-10', description: 'Hội nghị tuyên truyền đợt 1' } }, lead41,
    );
    spendingId = first.spendingRecord.spendingEntry.id;
    const delivered = await ok<{ taskDeliveryRecord: { userErrors: unknown[] } }>(
      src,
      `mutation($input: TaskDeliveryRecordInput!) { taskDeliveryRecord(input: $input) { delivery { id } userErrors { code field } } }`,
      { input: { task: task('2').id, output: 0, quantity: 1, deliveredOn: '2026-05-20', note: 'Lớp 1 tại TP Cao Bằng' } },
      srcAdmin,
    );
    await settle();

    // Act: the snapshot; then a second spending at the province, taken through the changes.
    const snapshot = await pullSnapshot();
    const second = await ok<{ spendingRecord: { userErrors: unknown[] } }>(
      src, SPEND, { input: { task: task('4.1').id, amount: { amount: '50000000' }, source: 'STATE_BUDGET', spentOn: '2026-09-15', description: 'Hội nghị tuyên truyền đợt 2' } }, lead41,
    );
    await settle();
    const changes = await pullChanges(snapshot.cursor);
    const atSource = await ok<{ planReport: unknown }>(src, REPORT, { p: planId }, srcNational);
    const atNational = await ok<{ planReport: unknown }>(nat, REPORT, { p: planId }, natNational);
    const views = async (h: Harness, token: string) => ({
      taskBudget: await ok(h, TASK_BUDGET, { id: task('4.1').id }, token),
      planBudget: await ok(h, PLAN_BUDGET, { id: planId }, token),
      status: await ok(h, STATUS, { id: task('2').id }, token),
    });
    const sourceViews = await views(src, srcNational);
    const nationalViews = await views(nat, natNational);

    // Assess
    expect([set.taskBudgetSet.userErrors, first.spendingRecord.userErrors, delivered.taskDeliveryRecord.userErrors, second.spendingRecord.userErrors]).toEqual([[], [], [], []]);
    expect(Object.fromEntries([...snapshot.types].filter(([t]) => ['TaskBudget', 'SpendingEntry', 'TaskDelivery', 'ReportingCalendar'].includes(t)))).toEqual({ TaskBudget: 1, SpendingEntry: 1, TaskDelivery: 1, ReportingCalendar: 1 });
    expect(changes.types).toEqual(['SpendingEntry']);
    expect(atNational).toEqual(atSource);
    expect((atSource.planReport as { data: { budget: unknown } }).data.budget).toMatchObject({ planned: { amount: '350000000' }, spent: { amount: '110000000' } });
    expect(nationalViews).toEqual(sourceViews);
    expect(nationalViews.status).toMatchObject({ node: { status: { outputs: [{ delivered: 1, complete: false }] } } });
    expect(nationalViews.planBudget).toMatchObject({ node: { budget: { plannedTotal: { amount: '350000000' }, spentTotal: { amount: '110000000' } } } });
    // A page reads reports per task and actuals per indicator (as before); the running of the plan is one list per kind
    // (calendar, budgets, spending, deliveries), whatever the number of tasks.
    expect(Math.max(...snapshot.requests)).toBeLessThanOrEqual(tasks.length + snapshot.types.get('Indicator')! + 10);
    console.log(`exchange of budgets: snapshot in ${snapshot.pages} pages of at most 25 records (${JSON.stringify(Object.fromEntries(snapshot.types))}), DynamoDB requests per page ${snapshot.requests.join(', ')}; the changes brought ${changes.types.length}`);
  }, 120_000);

  it('lets the same callers read budgets at the source and at the national server: admins of 04, national networks, the task’s lead agency', async () => {
    // Prepare: one set of callers per server (each server signs its own tokens; a partner key is issued on each).
    const callers = async (h: Harness) => {
      const keyJur = h === nat ? '24' : '04';
      const key = await ok<{ apiKeyCreate: { secret: string } }>(
        h,
        `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret userErrors { code message } } }`,
        { input: { jurisdiction: keyJur, name: 'Cổng khởi nghiệp' } },
        await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: [keyJur] }),
      );
      const bearer = async (claims: Parameters<Harness['token']>[0]) => ({ authorization: `Bearer ${await h.token(claims)}` });
      return {
        anonymous: {},
        partnerKey: { 'x-api-key': key.apiKeyCreate.secret },
        otherProvinceAdmin: await bearer({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] }),
        pullOperator: await bearer({ role: 'PULL_OPERATOR', jurisdictions: [] }),
        coordinatingAgency: await bearer({ role: 'AGENCY', jurisdictions: ['04'], agency: recordIdOf(agencyOf('4.1', 'COORDINATING').id) }),
        otherTaskLeadAgency: await bearer({ role: 'AGENCY', jurisdictions: ['04'], agency: recordIdOf(agencyOf('5.1', 'LEAD').id) }),
        leadAgency: await bearer({ role: 'AGENCY', jurisdictions: ['04'], agency: recordIdOf(agencyOf('4.1', 'LEAD', 'Hội Nông dân tỉnh').id) }),
        provinceAdmin: await bearer({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] }),
        national: await bearer({ role: 'NATIONAL', jurisdictions: [] }),
      };
    };
    const read = async (h: Harness, headers: Record<string, string>) => {
      const run = createHandler({ ...process.env, ...h.env });
      const as = async <T>(query: string, variables: Record<string, unknown>) => {
        const res = (await run(graphqlEvent({ query, variables }, headers), lambdaContext())) as { body: string };
        const body = JSON.parse(res.body) as { data?: T; errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data!;
      };
      const taskBudget = (await as<{ node: { budget: Budget } }>(TASK_BUDGET, { id: task('4.1').id })).node.budget;
      const planBudget = (await as<{ node: { budget: unknown } }>(PLAN_BUDGET, { id: planId })).node.budget;
      const spending = (await as<{ node: unknown }>(SPENDING, { id: spendingId })).node;
      const report = (await as<{ planReport: { data: { budget: unknown } } }>(REPORT, { p: planId })).planReport.data.budget;
      return [taskBudget ? 'task' : '-', planBudget ? 'plan' : '-', spending ? 'spending' : '-', report ? 'report' : '-'].join(' ');
    };
    const expected = {
      anonymous: '- - - -',
      partnerKey: '- - - -',
      otherProvinceAdmin: '- - - -',
      pullOperator: '- - - -',
      coordinatingAgency: '- - - -',
      otherTaskLeadAgency: '- - - -',
      leadAgency: 'task - spending -',
      provinceAdmin: 'task plan spending report',
      national: 'task plan spending report',
    };

    // Act
    const seen: Record<string, Record<string, string>> = {};
    for (const [name, h] of [['source', src], ['national', nat]] as const) {
      seen[name] = {};
      for (const [who, headers] of Object.entries(await callers(h))) seen[name][who] = await read(h, headers);
    }

    // Assess
    expect(seen).toEqual({ source: expected, national: expected });
  }, 120_000);
});
