import { createHash } from 'node:crypto';
import { replayKey } from './idempotency';
import { codeSortKey, indicatorsOfPlan, type StoredRecord } from '../data';
import { checkText, checkYear } from '../domain/common/validate';
import { failure, userError, type Outcome, type UserError } from '../domain/common/user-error';
import {
  INDICATOR,
  readTargets,
  type IndicatorAgencyLink,
  type IndicatorData,
  type TargetCell,
} from '../domain/indicator/entities';
import { inferAccumulation, inferMeasure, type Accumulation, type Direction, type Measure } from '../domain/indicator/target';
import { isLinkableAgency, AGENCY, PLAN, TASK, type AgencyData, type TaskData } from '../domain/plan/entities';
import type { AgencyRole } from '../domain/plan/model';
import { nfc } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { indexSlice, memorySlice, type Slice } from './paging';
import { getPlan, type PlanRecord } from './plans';
import { loadRecord, loadRecords } from './records';
import type { TaskRecord } from './tasks';
import { asFailure, commit, newId } from './write';

export type IndicatorRecord = StoredRecord<IndicatorData>;

export interface IndicatorFields {
  readonly name?: string | null;
  readonly unit?: string | null;
  readonly measure?: Measure | null;
  readonly accumulation?: Accumulation | null;
  readonly baseline?: { year: number; value: number } | null;
  readonly targets?: readonly { year: number; text: string; direction?: Direction | null; note?: string | null }[] | null;
  readonly agencies?: readonly { agencyId: string; agencyJur: string; role: AgencyRole }[] | null;
  readonly tasks?: readonly { jur: string; id: string }[] | null;
  readonly note?: string | null;
}

const codeClaim = (planId: string, code: string) => `plan#${planId}#indicator#${code}`;

/** An indicator is visible when its plan is. */
export const getIndicator = async (ctx: ServiceContext, jur: string, id: string): Promise<IndicatorRecord | null> => {
  const indicator = await loadRecord<IndicatorData>(ctx, INDICATOR, jur, id);
  if (!indicator) return null;
  return (await getPlan(ctx, jur, indicator.data.planId)) ? indicator : null;
};

/** A plan's indicators in code order (annex rows 1 … 15, then O1 …): one Query, batched with sibling plans'. */
export const listPlanIndicators = (ctx: ServiceContext, plan: PlanRecord, first: number, after: string | null): Promise<Slice<IndicatorRecord>> =>
  indexSlice<IndicatorData>(ctx, 'byParent', indicatorsOfPlan(plan.jur, plan.id), first, after);

/** The indicators that measure a task: its plan's list (one Query per plan, shared by its tasks), filtered. */
export const listTaskIndicators = async (
  ctx: ServiceContext,
  task: TaskRecord,
  first: number,
  after: string | null,
): Promise<Slice<IndicatorRecord>> => {
  const list = await ctx.loaders.lists.load({ index: 'byParent', partition: indicatorsOfPlan(task.jur, task.data.planId) });
  if (list instanceof Error) throw list;
  const mine = (list as IndicatorRecord[]).filter((i) => !i.deleted && i.data.taskIds.includes(task.id));
  return memorySlice(ctx.store.cursors, `taskIndicators|${task.id}`, mine, (i) => codeSortKey(i.data.code), first, after);
};

export const indicatorAgencies = async (
  ctx: ServiceContext,
  indicator: IndicatorRecord,
): Promise<{ link: IndicatorAgencyLink; agency: StoredRecord<AgencyData> }[]> => {
  const links = indicator.data.agencies;
  const agencies = await loadRecords<AgencyData>(ctx, links.map((l) => ({ type: AGENCY, jur: indicator.jur, id: l.agencyId })));
  return links.flatMap((link, i) => {
    const agency = agencies[i];
    return agency ? [{ link, agency }] : [];
  });
};

export const indicatorTasks = async (ctx: ServiceContext, indicator: IndicatorRecord): Promise<TaskRecord[]> =>
  (await loadRecords<TaskData>(ctx, indicator.data.taskIds.map((id) => ({ type: TASK, jur: indicator.jur, id })))).filter(
    (t): t is TaskRecord => t !== null,
  );

const MEASURES: readonly Measure[] = ['COUNT', 'PERCENT', 'RANK', 'INDEX', 'GROWTH_RATE', 'AMOUNT', 'MILESTONE', 'QUALITATIVE'];

const validate = (fields: IndicatorFields, creating: boolean): UserError[] => [
  ...checkText(fields.name, ['input', 'name'], { required: creating, max: 1000 }),
  ...checkText(fields.unit, ['input', 'unit'], { max: 100 }),
  ...checkText(fields.note, ['input', 'note'], { max: 4000 }),
  ...(fields.measure != null && !MEASURES.includes(fields.measure) ? [userError('INVALID', 'Unknown measure', ['input', 'measure'])] : []),
  ...(fields.baseline ? checkYear(fields.baseline.year, ['input', 'baseline', 'year']) : []),
  ...(fields.baseline && !Number.isFinite(fields.baseline.value) ? [userError('INVALID', 'A baseline is a number', ['input', 'baseline', 'value'])] : []),
  ...((fields.targets ?? []).length > 50 ? [userError('INVALID', 'At most 50 targets', ['input', 'targets'])] : []),
  ...(fields.targets ?? []).flatMap((t, i) => [
    ...checkYear(t.year, ['input', 'targets', String(i), 'year']),
    ...checkText(t.text, ['input', 'targets', String(i), 'text'], { required: true, max: 500 }),
    ...checkText(t.note, ['input', 'targets', String(i), 'note'], { max: 2000 }),
  ]),
  ...duplicateYears(fields.targets ?? []),
];

const duplicateYears = (targets: readonly { year: number }[]): UserError[] =>
  targets.flatMap((t, i) =>
    targets.findIndex((o) => o.year === t.year) === i ? [] : [userError('DUPLICATE', `Two targets for ${t.year}`, ['input', 'targets', String(i), 'year'])],
  );

const checkLinks = async (ctx: ServiceContext, jur: string, planId: string, fields: IndicatorFields): Promise<UserError[]> => {
  const agencies = fields.agencies ?? [];
  const tasks = fields.tasks ?? [];
  const [foundAgencies, foundTasks] = await Promise.all([
    loadRecords<AgencyData>(ctx, agencies.map((a) => ({ type: AGENCY, jur: a.agencyJur, id: a.agencyId }))),
    loadRecords<TaskData>(ctx, tasks.map((t) => ({ type: TASK, jur: t.jur, id: t.id }))),
  ]);
  return [
    ...agencies.flatMap((a, i) =>
      isLinkableAgency(foundAgencies[i]) && a.agencyJur === jur ? [] : [userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'agencies', String(i), 'agency'])],
    ),
    ...tasks.flatMap((t, i) =>
      foundTasks[i]?.data.planId === planId && t.jur === jur ? [] : [userError('NOT_FOUND', 'No such task in this plan', ['input', 'tasks', String(i)])],
    ),
  ];
};

const text = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : nfc(s.trim()));

const toCells = (targets: NonNullable<IndicatorFields['targets']>): TargetCell[] =>
  targets.map((t) => ({ year: t.year, text: nfc(t.text.trim()), direction: t.direction ?? null, note: text(t.note) }));

/** Merges changes and reads the cells again, so targets always follow the measure and the parser. */
const merge = (base: IndicatorData, fields: IndicatorFields): IndicatorData => {
  const name = fields.name != null ? nfc(fields.name.trim()) : base.name;
  const unit = fields.unit !== undefined ? text(fields.unit) : base.unit;
  const cells = fields.targets ? toCells(fields.targets) : base.cells;
  const measure = fields.measure ?? (base.name === '' ? inferMeasure(name, unit, cells.map((c) => c.text)) : base.measure);
  return {
    ...base,
    name,
    unit,
    measure,
    accumulation: fields.accumulation ?? (base.name === '' ? inferAccumulation(name) : base.accumulation),
    ...(fields.baseline !== undefined ? { baseline: fields.baseline ? { year: fields.baseline.year, value: fields.baseline.value } : null } : {}),
    cells,
    targets: readTargets(cells, measure),
    ...(fields.agencies ? { agencies: fields.agencies.map((a) => ({ agencyId: a.agencyId, role: a.role })) } : {}),
    ...(fields.tasks ? { taskIds: [...new Set(fields.tasks.map((t) => t.id))] } : {}),
    ...(fields.note !== undefined ? { note: text(fields.note) } : {}),
  };
};


const CODE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

export const createIndicator = async (
  ctx: ServiceContext,
  planRef: { jur: string; id: string },
  code: string,
  fields: IndicatorFields,
  options: { id?: string; idempotencyKey?: string | null } = {},
): Promise<Outcome<IndicatorRecord>> => {
  const { jur } = planRef;
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, jur, planRef.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'plan']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot change', ['input', 'plan']));
  const trimmed = code.trim();
  const errors = [
    ...(CODE.test(trimmed) ? [] : [userError('INVALID', 'A code is up to 20 letters, digits, dots or dashes (1, 14, O1)', ['input', 'code'])]),
    ...validate(fields, true),
    ...(await checkLinks(ctx, jur, plan.id, fields)),
  ];
  if (errors.length) return failure(...errors);
  const id = options.id ?? (options.idempotencyKey ? keyedId(ctx, plan.id, options.idempotencyKey) : newId());
  const replay = await replayKey<IndicatorData>(ctx, jur, INDICATOR, id, options.idempotencyKey, { code: trimmed, fields });
  if (!replay.ok) return replay;
  if (replay.value) return { ok: true, value: replay.value };
  try {
    await ctx.store.claim(ctx.scope, jur, codeClaim(plan.id, trimmed), id, async (holder) => {
      const existing = await ctx.store.getRecord({ type: INDICATOR, jur, id: holder }, true);
      return Boolean(existing && !existing.deleted);
    });
  } catch (error) {
    return asFailure(error);
  }
  const empty: IndicatorData = {
    planId: plan.id,
    code: trimmed,
    name: '',
    unit: null,
    measure: 'COUNT',
    accumulation: 'STOCK',
    baseline: null,
    cells: [],
    targets: [],
    agencies: [],
    taskIds: [],
    note: null,
    derivedFrom: null,
  };
  const data = merge(empty, fields);
  return commit(ctx, { ref: { type: INDICATOR, jur, id }, expectedVersion: 0, data, op: 'CREATE' });
};

/** The same key from the same caller on the same plan gives the same id, so a retry finds the first result. */
export const keyedId = (ctx: ServiceContext, scopeId: string, key: string): string =>
  createHash('sha256').update(`${ctx.caller.subject}|${scopeId}|${key}`).digest('hex').slice(0, 20);

const loadForChange = async (ctx: ServiceContext, ref: { jur: string; id: string }): Promise<Outcome<IndicatorRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const indicator = await getIndicator(ctx, ref.jur, ref.id);
  if (!indicator) return failure(userError('NOT_FOUND', 'No such indicator', ['input', 'id']));
  const plan = await loadRecord<{ status: string }>(ctx, PLAN, ref.jur, indicator.data.planId);
  if (plan?.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot change', ['input', 'id']));
  return { ok: true, value: indicator };
};

export const updateIndicator = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: IndicatorFields,
): Promise<Outcome<IndicatorRecord>> => {
  const loaded = await loadForChange(ctx, ref);
  if (!loaded.ok) return loaded;
  const indicator = loaded.value;
  const errors = [...validate(fields, false), ...(await checkLinks(ctx, ref.jur, indicator.data.planId, fields))];
  if (errors.length) return failure(...errors);
  const data = merge(indicator.data, fields);
  return commit(ctx, { ref: { type: INDICATOR, ...ref }, expectedVersion, data, op: 'UPDATE' });
};

/** Sets (or, with empty text, removes) one milestone's cell and reads it with the indicator's measure. */
export const setTarget = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  cell: { year: number; text: string; direction?: Direction | null; note?: string | null },
): Promise<Outcome<IndicatorRecord>> => {
  const loaded = await loadForChange(ctx, ref);
  if (!loaded.ok) return loaded;
  const indicator = loaded.value;
  const errors = [
    ...checkYear(cell.year, ['input', 'year']),
    ...checkText(cell.text, ['input', 'text'], { max: 500 }),
    ...checkText(cell.note, ['input', 'note'], { max: 2000 }),
  ];
  if (errors.length) return failure(...errors);
  const others = indicator.data.cells.filter((c) => c.year !== cell.year);
  const targets = cell.text.trim() === '' ? others : [...others, ...toCells([cell])];
  const data = merge(indicator.data, { targets });
  return commit(ctx, {
    ref: { type: INDICATOR, ...ref },
    expectedVersion,
    data,
    op: 'SET_TARGET',
    note: `${cell.year}: ${cell.text}`,
  });
};
