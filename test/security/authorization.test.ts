import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyResult } from 'aws-lambda';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReads, publicScope, systemScope, ScopeError, type ChangeRequest } from '../../functions/data';
import { createApiKey, revokeApiKey } from '../../functions/data/api-keys';
import { rewriteAuditCopies } from '../../functions/data/erase';
import { detachPulled } from '../../functions/data/pull-flags';
import { saveRefusals } from '../../functions/data/pull-refusals';
import { applyReplica } from '../../functions/data/replica';
import { createHandler } from '../../functions/graphql/handler';
import { typeDefs } from '../../functions/graphql/resolvers/typeDefs.generated';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Security hardening point 7, the authorization matrix: every caller role × every mutation
 * of the schema (read from the generated typeDefs, so a new mutation is covered the day it is
 * added) against Cao Bằng (04) targets; then every personal-data field for every role through
 * the list queries, `node`, `nodes` and `search`; then the same refusals against the data
 * layer directly. Inputs are built from the schema's input types: required fields filled, ID
 * fields pointing at a real 04 object of the type the field names, jurisdictions '04',
 * `expectedVersion` the target's current version — so a refusal is the role check, not a
 * stale version or a missing object. Refused calls must write nothing: the Audit table is
 * counted per jurisdiction before and after each role's sweep.
 */

const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

/** Codes a refusal may carry (DESIGN.md §4). */
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID']);
/** Top-level codes that are a refusal of the request, not a bug or a malformed test input. */
const TOP_LEVEL_REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * Mutations an AGENCY may carry out for its own tasks and indicators (read from the services):
 * reports on tasks it has a role in (reports.ts mayReport), actuals of indicators it is an
 * agency of (observations.ts mayEnter; approve/return/reopen are the reviewer's), deliveries of
 * its tasks (operations/deliveries.ts), spending of tasks it leads (operations/budget.ts),
 * evidence of its own reports and actuals (operations/evidence.ts), its own notifications
 * (operations/notifications.ts). Every other mutation is for admins.
 */
const AGENCY_ALLOWED = new Set([
  'taskReportCreate',
  'taskReportUpdate',
  'taskReportSubmit',
  'observationCreate',
  'observationUpdate',
  'observationSubmit',
  'observationBatchSubmit',
  'taskDeliveryRecord',
  'spendingRecord',
  'attachmentCreate',
  'attachmentConfirm',
  'notificationMarkRead',
]);

/**
 * No mutation is allowed to NATIONAL (a reader) or to PULL_OPERATOR here: pullApply is the
 * operator's, but this deployment's configuration binds no source to 04 (it is a province's
 * own jurisdiction), so it is refused too (services/pull-operator.ts).
 */

/** The object type an `id` input names, by the mutation's name (longest prefix first). */
const ID_BY_MUTATION: [string, string][] = [
  ['taskReport', 'TaskReport'],
  ['taskDelivery', 'Task'],
  ['taskBudget', 'Task'],
  ['task', 'Task'],
  ['targetSet', 'Indicator'],
  ['indicator', 'Indicator'],
  ['observation', 'Observation'],
  ['mentorship', 'Mentorship'],
  ['mentor', 'Mentor'],
  ['startup', 'Startup'],
  ['incubation', 'Incubation'],
  ['incubator', 'Incubator'],
  ['investment', 'Investment'],
  ['investor', 'Investor'],
  ['competitionShortlist', 'CompetitionApplication'],
  ['competitionAward', 'CompetitionApplication'],
  ['competition', 'Competition'],
  ['event', 'Event'],
  ['supportGrant', 'SupportGrant'],
  ['spending', 'SpendingEntry'],
  ['attachment', 'Attachment'],
  ['notification', 'Notification'],
  ['apiKey', 'ApiKey'],
  ['plan', 'Plan'],
  ['reportingCalendar', 'Plan'],
  ['personErase', 'Mentor'],
  ['agency', 'Agency'],
];

/** The object type other ID inputs name, by field name. */
const ID_BY_FIELD: Record<string, string> = {
  plan: 'Plan',
  task: 'Task',
  tasks: 'Task',
  indicator: 'Indicator',
  startup: 'Startup',
  beneficiary: 'Startup',
  mentor: 'Mentor',
  incubator: 'Incubator',
  investor: 'Investor',
  competition: 'Competition',
  application: 'CompetitionApplication',
  agency: 'Agency',
  sourceAgency: 'Agency',
  organisers: 'Agency',
  owner: 'TaskReport',
};

/** String inputs that need a plausible value. */
const STRING_VALUES: Record<string, string> = {
  jurisdiction: '04',
  period: '2026-Q3',
  text: '≥ 10',
  sha256: 'a'.repeat(64),
  contentType: 'application/pdf',
  fileName: 'bien-ban.pdf',
  timeline: 'Quý III/2026',
  source: 'national',
  sourceUrl: 'https://national.example.vn/graphql',
};

const SCALAR_VALUES: Record<string, unknown> = {
  String: 'Kiểm tra phân quyền',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-06-01',
  DateTime: '2026-06-01T00:00:00.000Z',
  URL: 'https://example.vn/minh-chung.pdf',
  EmailAddress: 'kiem.tra@example.vn',
  Decimal: '1000000',
  JSONObject: {},
};

const PLAN_TEXT = readFileSync(new URL('../fixtures/import/docs/lao-cai-87-KH-UBND-2026.md', import.meta.url), 'utf8');

let h: Harness;
let run: ReturnType<typeof createHandler>;
/** Global IDs of 04 targets by type. */
const targets: Record<string, string> = {};
let counter = 0;

const decode = (id: string) => {
  const [type, jur, raw] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  return { type: type!, jur: jur!, id: raw! };
};
const globalId = (type: string, jur: string, id: string) => Buffer.from(`${type}:${jur}:${id}`, 'utf8').toString('base64url');

const versionOf = async (id: string): Promise<number> => {
  const ref = decode(id);
  if (ref.type === 'ApiKey' || ref.type === 'Notification') return (await h.store.getRecord(ref, true))?.version ?? 1;
  return (await h.store.getRecord(ref, true))?.version ?? 1;
};

const valueFor = async (mutation: string, fieldName: string, type: GraphQLInputType): Promise<unknown> => {
  if (isNonNullType(type)) return valueFor(mutation, fieldName, type.ofType);
  if (isListType(type)) return [await valueFor(mutation, fieldName, type.ofType)];
  if (isInputObjectType(type)) return inputFor(mutation, type);
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type) && type.name === 'ID') {
    const target = fieldName === 'id' ? ID_BY_MUTATION.find(([prefix]) => mutation.startsWith(prefix))?.[1] : ID_BY_FIELD[fieldName];
    if (!target) throw new Error(`authorization matrix: no 04 target for ID field ${fieldName} of ${mutation}; add it to ID_BY_MUTATION / ID_BY_FIELD`);
    const id = targets[target];
    if (!id) throw new Error(`authorization matrix: no 04 ${target} was created for ${mutation}.${fieldName}`);
    return id;
  }
  if (isScalarType(type) && type.name === 'String') {
    if (fieldName === 'code' || fieldName === 'number' || fieldName === 'name') return `${STRING_VALUES[fieldName] ?? 'AZ'}${++counter}`;
    // A real plan for planImport, so that its refusal is the role check and not the parser's.
    if (mutation === 'planImport' && fieldName === 'text') return PLAN_TEXT;
    return STRING_VALUES[fieldName] ?? SCALAR_VALUES.String;
  }
  if (isScalarType(type) && fieldName === 'output') return 0;
  if (isScalarType(type) && fieldName === 'year') return 2026;
  if (isScalarType(type)) return SCALAR_VALUES[type.name] ?? 'x';
  throw new Error(`authorization matrix: no value for ${String(type)}`);
};

/** Required fields filled; `expectedVersion` the `id` target's version. */
const inputFor = async (mutation: string, type: GraphQLInputObjectType): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    // Optional jurisdiction and agency too: left out, they fail validation before the role is checked.
    if (!isNonNullType(field.type) && !['jurisdiction', 'agency'].includes(field.name)) continue;
    out[field.name] = await valueFor(mutation, field.name, field.type);
  }
  if (mutation === 'pullApply') out.records = [];
  if ('expectedVersion' in out && typeof out.id === 'string') out.expectedVersion = await versionOf(out.id);
  if ('expectedVersion' in out && mutation === 'reportingCalendarSet') out.expectedVersion = 0;
  return out;
};

const selectionOf = (field: GraphQLField<unknown, unknown>): string => {
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) return '';
  const parts = Object.values(payload.getFields()).map((f) => {
    if (f.name === 'userErrors') return 'userErrors { code field message }';
    return isObjectType(getNamedType(f.type)) ? `${f.name} { __typename }` : f.name;
  });
  return `{ ${parts.join(' ')} }`;
};

const documentOf = (field: GraphQLField<unknown, unknown>): string => {
  const args = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${args ? `(${args})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selectionOf(field)} }`;
};

interface Role {
  readonly name: string;
  readonly headers: () => Promise<Record<string, string>>;
}

interface CallResult {
  readonly status: number;
  readonly data?: Record<string, Record<string, unknown> | null> | null;
  readonly errors?: { message: string; extensions?: { code?: string } }[];
}

const call = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<CallResult> => {
  const result = (await run(graphqlEvent({ query, variables }, headers), lambdaContext())) as APIGatewayProxyResult;
  return { status: result.statusCode, ...(JSON.parse(result.body) as Omit<CallResult, 'status'>) };
};

/** What a mutation call came to: SUCCEEDED, or REFUSED with the codes; anything else is a finding. */
const verdictOf = (mutation: string, r: CallResult): { outcome: 'SUCCEEDED' | 'REFUSED' | 'BROKEN'; codes: string[]; detail: string } => {
  const payload = r.data?.[mutation] ?? null;
  const top = (r.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (top.length) {
    const refusal = top.every((c) => TOP_LEVEL_REFUSALS.has(c)) && payload === null;
    return { outcome: refusal ? 'REFUSED' : 'BROKEN', codes: top, detail: JSON.stringify(r.errors).slice(0, 400) };
  }
  if (!payload) return { outcome: 'BROKEN', codes: [], detail: `status ${r.status}, no payload` };
  const codes = ((payload.userErrors as { code: string }[] | undefined) ?? []).map((e) => e.code);
  // What a refusal may leave in the payload: nulls, zero counts, empty lists.
  const objects = Object.entries(payload).filter(([k, v]) => k !== 'userErrors' && v !== null && v !== 0 && v !== false && !(Array.isArray(v) && v.length === 0));
  if (!codes.length) return { outcome: 'SUCCEEDED', codes, detail: JSON.stringify(payload).slice(0, 300) };
  const clean = codes.every((c) => REFUSAL_CODES.has(c)) && objects.length === 0;
  return { outcome: clean ? 'REFUSED' : 'BROKEN', codes, detail: JSON.stringify(payload).slice(0, 400) };
};

const auditCounts = async (): Promise<Record<string, number>> => {
  const counts: Record<string, number> = { '04': 0, '24': 0 };
  let start: Record<string, unknown> | undefined;
  do {
    const out = await h.store.client.send(
      new ScanCommand({ TableName: h.store.table('Audit'), ProjectionExpression: 'jur', ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const item of out.Items ?? []) counts[item.jur as string] = (counts[item.jur as string] ?? 0) + 1;
    start = out.LastEvaluatedKey;
  } while (start);
  return { '04': counts['04']!, '24': counts['24']! };
};

// ---------------------------------------------------------------------------------------------

let adminToken = '';
let agencyA = '';
let apiKeySecret = '';
const CONTACTS = {
  founder: { name: 'Bế Thị Liên Hệ', phone: '0912 000 004', email: 'lien.he@example.vn' },
  mentor: { name: 'Đàm Văn Chuyên Gia', phone: '0913 000 004', email: 'chuyen.gia@example.vn' },
};

const adminCall = async <T = Record<string, unknown>>(query: string, input: Record<string, unknown>): Promise<T> => {
  const r = await h.gql<Record<string, Record<string, unknown>>>(query, { input }, adminToken);
  const payload = Object.values(r.data ?? {})[0] as Record<string, unknown> | undefined;
  const errors = (payload?.userErrors as unknown[] | undefined) ?? [];
  if (r.errors?.length || errors.length) throw new Error(`setup: ${query.slice(0, 60)} → ${JSON.stringify(r.errors ?? errors)}`);
  return payload as T;
};

const roles: Role[] = [];
const totals = { checks: 0, mutationCalls: 0, refusals: 0, allowedSuccesses: 0, adminSuccesses: 0, personalReads: 0, dataLayer: 0 };
const byCode = new Map<string, number>();
/** Refusals by a code other than FORBIDDEN / UNAUTHENTICATED, and agency outcomes, for the summary line. */
const notable: string[] = [];

beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
  run = createHandler({ ...process.env, ...h.env });
  adminToken = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'matrix-admin-04' });

  // The seeded 04 plan and two of its agencies.
  const records: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await h.store.client.send(new ScanCommand({ TableName: h.store.table('Records'), ...(start ? { ExclusiveStartKey: start } : {}) }));
    records.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  const of04 = (type: string) => records.filter((r) => r.jur === '04' && r.type === type && !r.deleted && r.sk === 'R');
  const plan = of04('Plan')[0]!;
  const [a, b] = of04('Agency');
  agencyA = a!.id as string;
  targets.Plan = globalId('Plan', '04', plan.id as string);
  targets.Agency = globalId('Agency', '04', agencyA);
  const agencyB = b!.id as string;

  // 04 objects of every type a mutation names, created by the 04 admin; agency A leads the task and the indicator.
  const task = await adminCall<{ task: { id: string } }>(`mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id } userErrors { code message } } }`, {
    plan: targets.Plan,
    code: '98',
    title: 'Nhiệm vụ kiểm tra phân quyền',
    timeline: 'Trong năm 2026',
    agencies: [{ agency: targets.Agency, role: 'LEAD' }],
    outputs: [{ text: '02 lớp tập huấn', quantity: 2, unit: 'lớp' }],
  });
  targets.Task = task.task.id;
  const indicator = await adminCall<{ indicator: { id: string } }>(`mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id } userErrors { code message } } }`, {
    plan: targets.Plan,
    code: 'KT98',
    name: 'Số lớp tập huấn (kiểm tra)',
    unit: 'lớp',
    agencies: [{ agency: targets.Agency, role: 'LEAD' }],
  });
  targets.Indicator = indicator.indicator.id;
  const created = async (mutation: string, inputType: string, key: string, input: Record<string, unknown>) =>
    (await adminCall<Record<string, { id: string }>>(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${key} { id } userErrors { code message } } }`, input))[key]!.id;
  targets.Startup = await created('startupCreate', 'StartupCreateInput', 'startup', {
    jurisdiction: '04',
    name: 'Công ty Kiểm Tra Phân Quyền',
    stage: 'PROJECT',
    founders: [{ name: CONTACTS.founder.name, phone: CONTACTS.founder.phone, email: CONTACTS.founder.email, woman: true }],
  });
  targets.Mentor = await created('mentorCreate', 'MentorCreateInput', 'mentor', { jurisdiction: '04', name: CONTACTS.mentor.name, capacity: 3, phone: CONTACTS.mentor.phone, email: CONTACTS.mentor.email });
  targets.Incubator = await created('incubatorCreate', 'IncubatorCreateInput', 'incubator', { jurisdiction: '04', name: 'Vườn ươm kiểm tra', kind: 'INCUBATOR' });
  targets.Investor = await created('investorCreate', 'InvestorCreateInput', 'investor', { jurisdiction: '04', name: 'Quỹ kiểm tra', kind: 'ANGEL' });
  targets.Competition = await created('competitionCreate', 'CompetitionCreateInput', 'competition', { jurisdiction: '04', name: 'Cuộc thi kiểm tra' });
  targets.Event = await created('eventCreate', 'EventCreateInput', 'event', { jurisdiction: '04', name: 'Techfest kiểm tra', kind: 'FESTIVAL', startsOn: '2026-06-01' });
  targets.SupportGrant = await created('supportGrantCreate', 'SupportGrantCreateInput', 'supportGrant', {
    jurisdiction: '04',
    beneficiary: targets.Startup,
    policyBasis: 'Nghị định 80/2020/NĐ-CP',
    amount: { amount: '50000000' },
    source: 'PROVINCIAL_BUDGET',
    date: '2026-05-01',
  });
  targets.Mentorship = await created('mentorshipStart', 'MentorshipStartInput', 'mentorship', { startup: targets.Startup, mentor: targets.Mentor, from: '2026-01-01' });
  targets.Incubation = await created('incubationCreate', 'IncubationCreateInput', 'incubation', { startup: targets.Startup, incubator: targets.Incubator, from: '2026-01-01' });
  targets.Investment = await created('investmentCreate', 'InvestmentCreateInput', 'investment', {
    startup: targets.Startup,
    investor: targets.Investor,
    round: 'Hạt giống',
    amount: { amount: '200000000' },
    date: '2026-03-01',
  });
  targets.CompetitionApplication = await created('competitionApply', 'CompetitionApplyInput', 'application', {
    competition: targets.Competition,
    startup: targets.Startup,
    projectName: 'Trà hoa vàng',
    submittedOn: '2026-02-01',
  });
  targets.SpendingEntry = await created('spendingRecord', 'SpendingRecordInput', 'spendingEntry', {
    task: targets.Task,
    amount: { amount: '1000000' },
    source: 'STATE_BUDGET',
    spentOn: '2026-04-01',
    description: 'Thuê hội trường',
  });
  const issued = await adminCall<{ apiKey: { id: string }; secret: string }>(
    `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message } } }`,
    { jurisdiction: '04', name: 'Cổng kiểm tra', quotaPerMinute: 100000 },
  );
  targets.ApiKey = issued.apiKey.id;
  apiKeySecret = issued.secret;

  // Agency A's own report, actual and evidence (an agency creates them as itself).
  const agencyToken = await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: agencyA, subject: 'matrix-agency-a' });
  const asAgency = async (query: string, input: Record<string, unknown>) => {
    const r = await h.gql<Record<string, Record<string, unknown>>>(query, { input }, agencyToken);
    const payload = Object.values(r.data ?? {})[0] as Record<string, unknown>;
    if (r.errors?.length || (payload.userErrors as unknown[]).length) throw new Error(`setup as agency: ${JSON.stringify(r.errors ?? payload.userErrors)}`);
    return payload;
  };
  targets.TaskReport = ((await asAgency(`mutation($input: TaskReportCreateInput!) { taskReportCreate(input: $input) { taskReport { id } userErrors { code message } } }`, {
    task: targets.Task,
    period: '2026-Q2',
    narrative: 'Đã tổ chức 01 lớp',
  })).taskReport as { id: string }).id;
  targets.Observation = ((await asAgency(`mutation($input: ObservationCreateInput!) { observationCreate(input: $input) { observation { id } userErrors { code message } } }`, {
    indicator: targets.Indicator,
    period: '2026',
    value: 1,
  })).observation as { id: string }).id;
  targets.Attachment = ((await asAgency(
    `mutation($input: AttachmentCreateInput!) { attachmentCreate(input: $input) { attachment { id } userErrors { code message } } }`,
    { owner: targets.TaskReport, fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: 1000, sha256: 'b'.repeat(64) },
  )).attachment as { id: string }).id;

  // A notification for agency A: reminders for its open report rounds.
  await h.gql(`mutation($input: RemindersRunInput!) { remindersRun(input: $input) { userErrors { code } } }`, { input: { jurisdiction: '04', asOf: '2026-12-31', dueWithinDays: 30 } }, adminToken);
  const notes = await h.gql<{ notifications: { nodes: { id: string }[] } }>(`{ notifications(first: 5) { nodes { id } } }`, {}, agencyToken);
  targets.Notification = notes.data?.notifications?.nodes[0]?.id ?? globalId('Notification', '04', 'none');

  roles.push(
    { name: 'anonymous', headers: async () => ({}) },
    { name: 'partner API key', headers: async () => ({ 'x-api-key': apiKeySecret }) },
    { name: 'AGENCY of 04 with a task role', headers: async () => ({ Authorization: `Bearer ${agencyToken}` }) },
    {
      name: 'AGENCY of 04 without',
      headers: async () => ({ Authorization: `Bearer ${await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: agencyB, subject: 'matrix-agency-b' })}` }),
    },
    { name: 'PROVINCE_ADMIN of 24', headers: async () => ({ Authorization: `Bearer ${await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'], subject: 'matrix-admin-24' })}` }) },
    { name: 'NATIONAL', headers: async () => ({ Authorization: `Bearer ${await h.token({ role: 'NATIONAL', jurisdictions: [], subject: 'matrix-national' })}` }) },
    { name: 'PULL_OPERATOR', headers: async () => ({ Authorization: `Bearer ${await h.token({ role: 'PULL_OPERATOR', jurisdictions: [], subject: 'matrix-operator' })}` }) },
    { name: 'PROVINCE_ADMIN of 04', headers: async () => ({ Authorization: `Bearer ${adminToken}` }) },
  );
}, 120_000);
afterAll(async () => {
  console.log(
    `authorization matrix: ${totals.checks} checks, ${mutations.length} mutations × ${roles.length} roles (${totals.mutationCalls} calls: ${totals.refusals} refused as required, ${totals.allowedSuccesses} agency successes on agency mutations, ${totals.adminSuccesses} of ${mutations.length} succeeded for the 04 admin), ${totals.personalReads} personal-data reads, ${totals.dataLayer} data-layer refusals; refusal codes ${JSON.stringify(Object.fromEntries(byCode))}`,
  );
  if (process.env.MATRIX_VERBOSE) console.log(notable.join('\n'));
  await h?.close();
});

/** Whether a role must be refused a mutation on 04 targets. */
const mustRefuse = (role: string, mutation: string): boolean => {
  if (role === 'PROVINCE_ADMIN of 04') return false;
  if (role === 'AGENCY of 04 with a task role') return !AGENCY_ALLOWED.has(mutation);
  return true;
};

const sweep = async (role: Role, names: readonly string[]) => {
  const headers = await role.headers();
  const findings: string[] = [];
  const outcomes: Record<string, string> = {};
  for (const field of mutations.filter((m) => names.includes(m.name))) {
    const variables: Record<string, unknown> = {};
    for (const arg of field.args) variables[arg.name] = await valueFor(field.name, arg.name, arg.type);
    const r = await call(documentOf(field), variables, headers);
    const v = verdictOf(field.name, r);
    totals.mutationCalls += 1;
    outcomes[field.name] = v.outcome === 'REFUSED' ? v.codes.join('+') : v.outcome;
    if ((v.outcome === 'REFUSED' && v.codes.some((c) => c === 'NOT_FOUND' || c === 'INVALID')) || (role.name.startsWith('AGENCY of 04 with') && AGENCY_ALLOWED.has(field.name))) {
      notable.push(`${role.name} × ${field.name}: ${outcomes[field.name]}${v.outcome === 'REFUSED' ? ` — ${v.detail.slice(0, 160)}` : ''}`);
    }
    if (mustRefuse(role.name, field.name)) {
      totals.checks += 1;
      if (v.outcome !== 'REFUSED') findings.push(`${role.name} × ${field.name}: ${v.outcome} ${v.detail}`);
      else {
        totals.refusals += 1;
        for (const c of new Set(v.codes)) byCode.set(c, (byCode.get(c) ?? 0) + 1);
      }
    } else if (v.outcome === 'BROKEN' && (r.errors?.length || role.name !== 'PROVINCE_ADMIN of 04')) {
      // Business refusals of an allowed caller (DUPLICATE, LOCKED, CONFLICT after earlier calls of the sweep) are fine; errors are not.
      if (r.errors?.length || v.codes.some((c) => !REFUSAL_CODES.has(c) && !['DUPLICATE', 'LOCKED', 'CONFLICT', 'AT_CAPACITY'].includes(c))) findings.push(`${role.name} × ${field.name}: BROKEN ${v.detail}`);
    }
    else if (v.outcome === 'SUCCEEDED') {
      if (role.name === 'PROVINCE_ADMIN of 04') totals.adminSuccesses += 1;
      else totals.allowedSuccesses += 1;
    }
  }
  return { findings, outcomes };
};

const ALL = mutations.map((m) => m.name);

describe('authorization matrix: every role × every mutation on 04 targets', () => {
  it('covers every mutation of the schema with an input built from its types', async () => {
    // Assess: inputs can be built for all (an ID field with no known target fails here, naming it).
    for (const field of mutations) for (const arg of field.args) await valueFor(field.name, arg.name, arg.type);
    expect(mutations.length).toBeGreaterThanOrEqual(69);
    expect(ALL).toContain('personErase');
    totals.checks += 1;
  });

  for (const roleName of ['anonymous', 'partner API key', 'AGENCY of 04 without', 'PROVINCE_ADMIN of 24', 'NATIONAL', 'PULL_OPERATOR']) {
    it(`${roleName}: refused every mutation it may not do, nothing written`, async () => {
      // Prepare
      const role = roles.find((r) => r.name === roleName)!;
      const before = await auditCounts();
      // Act
      const { findings, outcomes } = await sweep(role, ALL);
      const after = await auditCounts();
      // Assess
      expect(findings).toEqual([]);
      expect(after).toEqual(before);
      totals.checks += 2;
      if (roleName === 'NATIONAL' || roleName === 'PULL_OPERATOR') expect(outcomes.pullApply).toBe('FORBIDDEN');
    }, 120_000);
  }

  it('AGENCY of 04 with a task role: refused every admin mutation (nothing written), allowed its own reports, actuals, deliveries, spending, evidence and notifications', async () => {
    // Prepare
    const role = roles.find((r) => r.name === 'AGENCY of 04 with a task role')!;
    const before = await auditCounts();
    // Act
    const refused = await sweep(role, ALL.filter((m) => !AGENCY_ALLOWED.has(m)));
    const middle = await auditCounts();
    const allowed = await sweep(role, ALL.filter((m) => AGENCY_ALLOWED.has(m)));
    // Assess
    expect(refused.findings).toEqual([]);
    expect(middle).toEqual(before);
    expect(allowed.findings).toEqual([]);
    expect(Object.values(allowed.outcomes).filter((o) => o === 'SUCCEEDED').length).toBeGreaterThanOrEqual(5);
    totals.checks += 3;
  }, 120_000);

});

// ---------------------------------------------------------------------------------------------
// Personal data: every contact field of the schema, for every role, through every read path.

/** Fields of object types that hold a person's contacts; a new one must be added to PERSONAL_READS. */
const personalFields = () =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    // A UserAccount is itself admin-only (userAccounts is null for everyone else): checked below as a whole.
    .filter((t) => !t.name.startsWith('__') && !t.name.endsWith('Payload') && t.name !== 'UserAccount')
    .flatMap((t) => Object.keys(t.getFields()).filter((f) => /phone|e-?mail|contact|address/i.test(f)).map((f) => `${t.name}.${f}`))
    .sort();

const FOUNDER_SEL = 'founders { name phone email }';
const MENTOR_SEL = 'name phone email';
/** Each read path, what it selects and where the contact values are in its answer. */
const PERSONAL_READS: { path: string; query: () => string; covers: string[]; values: (data: Record<string, unknown>) => unknown[] }[] = [
  {
    path: 'startups (list)',
    query: () => `{ startups(first: 100, filter: { jurisdiction: "04" }) { nodes { id ${FOUNDER_SEL} } } }`,
    covers: ['Founder.phone', 'Founder.email'],
    values: (d) => ((d.startups as { nodes: { id: string; founders: { phone: unknown; email: unknown }[] }[] }).nodes.find((n) => n.id === targets.Startup)?.founders ?? []).flatMap((f) => [f.phone, f.email]),
  },
  {
    path: 'mentors (list)',
    query: () => `{ mentors(first: 100, filter: { jurisdiction: "04" }) { nodes { id ${MENTOR_SEL} } } }`,
    covers: ['Mentor.phone', 'Mentor.email'],
    values: (d) => ((d.mentors as { nodes: { id: string; phone: unknown; email: unknown }[] }).nodes.filter((n) => n.id === targets.Mentor)).flatMap((m) => [m.phone, m.email]),
  },
  {
    path: 'node',
    query: () => `{ s: node(id: "${targets.Startup}") { ... on Startup { ${FOUNDER_SEL} } } m: node(id: "${targets.Mentor}") { ... on Mentor { ${MENTOR_SEL} } } }`,
    covers: ['Founder.phone', 'Founder.email', 'Mentor.phone', 'Mentor.email'],
    values: (d) => {
      const st = d.s as { founders: { phone: unknown; email: unknown }[] };
      const m = d.m as { phone: unknown; email: unknown };
      return [...st.founders.flatMap((f) => [f.phone, f.email]), m.phone, m.email];
    },
  },
  {
    path: 'nodes',
    query: () => `{ nodes(ids: ["${targets.Startup}", "${targets.Mentor}"]) { ... on Startup { ${FOUNDER_SEL} } ... on Mentor { ${MENTOR_SEL} } } }`,
    covers: ['Founder.phone', 'Founder.email', 'Mentor.phone', 'Mentor.email'],
    values: (d) => {
      const [st, m] = d.nodes as [{ founders: { phone: unknown; email: unknown }[] }, { phone: unknown; email: unknown }];
      return [...st.founders.flatMap((f) => [f.phone, f.email]), m.phone, m.email];
    },
  },
  {
    path: 'search',
    query: () =>
      `{ s: search(query: "kiem tra phan quyen", types: [STARTUP], first: 100) { nodes { ... on Startup { id ${FOUNDER_SEL} } } } m: search(query: "dam van chuyen gia", types: [MENTOR], first: 100) { nodes { ... on Mentor { id ${MENTOR_SEL} } } } }`,
    covers: ['Founder.phone', 'Founder.email', 'Mentor.phone', 'Mentor.email'],
    values: (d) =>
      [...(d.s as { nodes: never[] }).nodes, ...(d.m as { nodes: never[] }).nodes]
        .map((n) => n as { id?: string; founders?: { phone: unknown; email: unknown }[]; phone?: unknown; email?: unknown })
        .filter((n) => n.id === targets.Startup || n.id === targets.Mentor)
        .flatMap((n) => (n.founders ? n.founders.flatMap((f) => [f.phone, f.email]) : [n.phone, n.email])),
  },
];

describe('personal data: present only for the 04 admin, null with an error for everyone else', () => {
  it('knows every contact field of the schema', () => {
    expect(personalFields()).toEqual([...new Set(PERSONAL_READS.flatMap((r) => r.covers))].sort());
    totals.checks += 1;
  });

  it('user accounts (their e-mail addresses) are read by the 04 admin only', async () => {
    const findings: string[] = [];
    for (const role of roles) {
      const r = await call('{ userAccounts(jurisdiction: "04") { email } }', {}, await role.headers());
      totals.checks += 1;
      const list = (r.data as { userAccounts?: unknown[] | null } | undefined)?.userAccounts;
      if (role.name === 'PROVINCE_ADMIN of 04' ? !Array.isArray(list) : list !== null) findings.push(`${role.name}: ${JSON.stringify(r).slice(0, 200)}`);
    }
    expect(findings).toEqual([]);
  });

  for (const read of PERSONAL_READS) {
    it(`through ${read.path}`, async () => {
      const findings: string[] = [];
      for (const role of roles) {
        // Act
        const r = await call(read.query(), {}, await role.headers());
        const values = r.data ? read.values(r.data as Record<string, unknown>) : [];
        const errors = (r.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
        totals.personalReads += 1;
        totals.checks += 1;
        // Assess
        const expected = read.path === 'startups (list)' ? 2 : read.path === 'mentors (list)' ? 2 : 4;
        if (values.length !== expected) findings.push(`${role.name} via ${read.path}: found ${values.length} contact values, expected ${expected} (${JSON.stringify(r).slice(0, 300)})`);
        if (role.name === 'PROVINCE_ADMIN of 04') {
          const contacts = [CONTACTS.founder.phone, CONTACTS.founder.email, CONTACTS.mentor.phone, CONTACTS.mentor.email];
          if (!values.every((v) => contacts.includes(v as string)) || r.errors?.length) findings.push(`04 admin via ${read.path}: ${JSON.stringify(r).slice(0, 300)}`);
        } else {
          if (values.some((v) => v !== null)) findings.push(`LEAK: ${role.name} via ${read.path} read ${JSON.stringify(values)}`);
          if (errors.length < values.length) findings.push(`${role.name} via ${read.path}: ${values.length} hidden values but ${errors.length} FORBIDDEN errors`);
        }
      }
      expect(findings).toEqual([]);
    }, 60_000);
  }
});

// ---------------------------------------------------------------------------------------------
// The same refusals in the data layer, whatever a resolver did.

describe('data layer: scopes refuse writes and private reads outside their jurisdictions', () => {
  it('refuses a 24 scope and the public scope writing 04 keys, and a 24 scope reading 04 private data', async () => {
    // Prepare
    const scope24 = systemScope('matrix-24', ['24']);
    const startup = decode(targets.Startup!);
    const change: ChangeRequest<{ name: string }> = { ref: { type: 'Startup', jur: '04', id: 'matrix-forged' }, expectedVersion: 0, data: { name: 'x' }, op: 'CREATE' };
    const before = await auditCounts();
    const attempts: [string, () => Promise<unknown>][] = [
      ['commit 04 with a 24 scope', () => h.store.commit(scope24, change)],
      ['commit 04 with the public scope', () => h.store.commit(publicScope, change)],
      ['commit 24 with the public scope', () => h.store.commit(publicScope, { ...change, ref: { ...change.ref, jur: '24' } })],
      ['update a real 04 startup with a 24 scope', () => h.store.commit(scope24, { ...change, ref: startup, expectedVersion: 1 })],
      ['claim a 04 name with a 24 scope', () => h.store.claim(scope24, '04', 'matrix#name', 'x', async () => false)],
      ['release a 04 claim with the public scope', () => h.store.releaseClaim(publicScope, '04', 'startup#code#x', 'x')],
      ['apply a replica into 04 with a 24 scope', () => applyReplica(h.store, scope24, { type: 'Startup', jur: '04', id: 'matrix-forged', version: 9, deleted: false, data: {} })],
      ['detach 04 with a 24 scope', () => detachPulled(h.store, scope24, '04')],
      ['record a 04 pull refusal with a 24 scope', () => saveRefusals(h.store, scope24, 'x', '04', [{ type: 'Startup', id: 'x', version: 1, reason: 'x', at: '2026-01-01T00:00:00Z' }])],
      ['rewrite 04 audit copies with a 24 scope', () => rewriteAuditCopies(h.store, scope24, startup, () => null)],
      ['rewrite 04 audit copies with the public scope', () => rewriteAuditCopies(h.store, publicScope, startup, () => null)],
      ['issue a 04 API key with a 24 scope', () => createApiKey(h.store, scope24, '04', { name: 'x', quotaPerMinute: 1 })],
      ['revoke a 04 API key with the public scope', () => revokeApiKey(h.store, publicScope, '04', decode(targets.ApiKey!).id)],
      ['read the 04 audit trail with a 24 scope', () => new AuditReads(h.store).list(scope24, { by: 'jurisdiction', jur: '04' }, { limit: 5 })],
      ['read the 04 audit trail with the public scope', () => new AuditReads(h.store).list(publicScope, { by: 'jurisdiction', jur: '04' }, { limit: 5 })],
      ['read a 04 entity through a 24 selector', () => new AuditReads(h.store).list(scope24, { by: 'entity', jur: '24', entity: startup }, { limit: 5 })],
    ];
    // Act
    const outcomes: Record<string, string> = {};
    for (const [what, attempt] of attempts) {
      try {
        await attempt();
        outcomes[what] = 'ALLOWED';
      } catch (error) {
        outcomes[what] = error instanceof ScopeError ? `ScopeError(${error.action})` : `other: ${String(error)}`;
      }
    }
    // Assess
    expect(Object.entries(outcomes).filter(([, o]) => !o.startsWith('ScopeError'))).toEqual([]);
    expect(await auditCounts()).toEqual(before);
    totals.dataLayer += attempts.length;
    totals.checks += attempts.length + 1;
  });
});

describe('authorization matrix: the 04 admin last (its sweep changes the targets)', () => {
  it('PROVINCE_ADMIN of 04: the inputs are well-formed (no malformed-request or internal errors)', async () => {
    // Act
    const { findings, outcomes } = await sweep(roles.find((r) => r.name === 'PROVINCE_ADMIN of 04')!, ALL);
    // Assess
    expect(findings).toEqual([]);
    expect(Object.values(outcomes).filter((o) => o === 'SUCCEEDED').length).toBeGreaterThanOrEqual(20);
    totals.checks += 1;
  }, 120_000);
});
