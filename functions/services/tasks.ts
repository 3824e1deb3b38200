import { subtasksOf, tasksOfPlan, type StoredRecord } from '../data';
import { checkList, checkText } from '../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { isLinkableAgency, AGENCY, PLAN, TASK, type AgencyData, type TaskAgencyLink, type TaskData, type TextSource } from '../domain/plan/entities';
import type { AgencyRole, TaskOutput } from '../domain/plan/model';
import { nfc } from '../domain/text/vietnamese';
import { parseTimeline } from '../domain/timeline/parse';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { indexSlice, type Slice } from './paging';
import { getPlan, type PlanRecord } from './plans';
import { loadRecord, loadRecords } from './records';
import { asFailure, commit, newId } from './write';

export type TaskRecord = StoredRecord<TaskData>;

const CODE = /^\d+(\.\d+)*$/;

export interface TaskFields {
  readonly title?: string | null;
  readonly titleSource?: TextSource | null;
  readonly content?: readonly string[] | null;
  readonly agencies?: readonly { agencyId: string; agencyJur: string; role: AgencyRole; note?: string | null }[] | null;
  readonly timeline?: string | null;
  readonly phases?: readonly { name: string; timeline: string }[] | null;
  readonly outputs?: readonly TaskOutput[] | null;
}

const planRef = (task: TaskRecord) => ({ type: PLAN, jur: task.jur, id: task.data.planId });
const codeClaim = (planId: string, code: string) => `plan#${planId}#task#${code}`;

/** A task is visible when its plan is. */
export const getTask = async (ctx: ServiceContext, jur: string, id: string): Promise<TaskRecord | null> => {
  const task = await loadRecord<TaskData>(ctx, TASK, jur, id);
  if (!task) return null;
  return (await getPlan(ctx, jur, task.data.planId)) ? task : null;
};

/** Tasks of every level of a visible plan, in code order. */
export const listPlanTasks = (ctx: ServiceContext, plan: PlanRecord, first: number, after: string | null): Promise<Slice<TaskRecord>> =>
  indexSlice<TaskData>(ctx, 'byParent', tasksOfPlan(plan.jur, plan.id), first, after);

export const listChildren = (ctx: ServiceContext, task: TaskRecord, first: number, after: string | null): Promise<Slice<TaskRecord>> =>
  indexSlice<TaskData>(ctx, 'byLink', subtasksOf(task.jur, task.id), first, after);

export const agenciesWithRole = async (
  ctx: ServiceContext,
  task: TaskRecord,
  role: AgencyRole | null,
): Promise<{ link: TaskAgencyLink; agency: StoredRecord<AgencyData> }[]> => {
  const links = task.data.agencies.filter((a) => role === null || a.role === role);
  const agencies = await loadRecords<AgencyData>(ctx, links.map((l) => ({ type: AGENCY, jur: task.jur, id: l.agencyId })));
  return links.flatMap((link, i) => {
    const agency = agencies[i];
    return agency ? [{ link, agency }] : [];
  });
};

const validate = (fields: TaskFields, creating: boolean): UserError[] => [
  ...checkText(fields.title, ['input', 'title'], { required: creating, max: 1000 }),
  ...checkList(fields.content, ['input', 'content'], { maxEach: 10_000 }),
  ...checkText(fields.timeline, ['input', 'timeline'], { max: 300 }),
  ...(fields.phases ?? []).flatMap((p, i) => [
    ...checkText(p.name, ['input', 'phases', String(i), 'name'], { required: true, max: 500 }),
    ...checkText(p.timeline, ['input', 'phases', String(i), 'timeline'], { required: true, max: 300 }),
  ]),
  ...(fields.outputs ?? []).flatMap((o, i) => [
    ...checkText(o.text, ['input', 'outputs', String(i), 'text'], { required: true, max: 1000 }),
    ...(o.quantity != null && !(o.quantity >= 0) ? [userError('INVALID', 'A quantity is ≥ 0', ['input', 'outputs', String(i), 'quantity'])] : []),
  ]),
];

const checkAgencies = async (ctx: ServiceContext, jur: string, fields: TaskFields): Promise<UserError[]> => {
  const list = fields.agencies ?? [];
  const found = await loadRecords<AgencyData>(ctx, list.map((a) => ({ type: AGENCY, jur: a.agencyJur, id: a.agencyId })));
  return list.flatMap((a, i) =>
    isLinkableAgency(found[i]) && a.agencyJur === jur ? [] : [userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'agencies', String(i), 'agency'])],
  );
};

const merge = (base: TaskData, fields: TaskFields): TaskData => ({
  ...base,
  // A new title is the plan's unless said otherwise: an editor's wording is never kept by accident.
  ...(fields.title != null ? { title: nfc(fields.title.trim()), titleSource: fields.titleSource ?? 'PLAN' } : {}),
  ...(fields.title == null && fields.titleSource ? { titleSource: fields.titleSource } : {}),
  ...(fields.content ? { content: fields.content.map((c) => nfc(c.trim())) } : {}),
  ...(fields.agencies
    ? { agencies: fields.agencies.map((a) => ({ agencyId: a.agencyId, role: a.role, note: a.note ? nfc(a.note.trim()) : null })) }
    : {}),
  ...(fields.timeline !== undefined ? { timeline: fields.timeline ? parseTimeline(nfc(fields.timeline.trim())) : null } : {}),
  ...(fields.phases ? { phases: fields.phases.map((p) => ({ name: nfc(p.name.trim()), timeline: parseTimeline(nfc(p.timeline.trim())) })) } : {}),
  ...(fields.outputs
    ? { outputs: fields.outputs.map((o) => ({ text: nfc(o.text.trim()), quantity: o.quantity ?? null, unit: o.unit ? nfc(o.unit.trim()) : null })) }
    : {}),
});

/** The id of the task holding `code` in a plan, read from its claim (consistent, unlike an index). */
const taskIdByCode = async (ctx: ServiceContext, jur: string, planId: string, code: string): Promise<string | null> => {
  const holder = await ctx.store.claimHolder(jur, codeClaim(planId, code));
  if (!holder) return null;
  const task = await ctx.store.getRecord<TaskData>({ type: TASK, jur, id: holder }, true);
  return task && !task.deleted ? holder : null;
};

export const createTask = async (
  ctx: ServiceContext,
  planRefIn: { jur: string; id: string },
  code: string,
  fields: TaskFields,
  options: { id?: string } = {},
): Promise<Outcome<TaskRecord>> => {
  const { jur } = planRefIn;
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, jur, planRefIn.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'plan']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot change', ['input', 'plan']));
  const trimmed = code.trim();
  const errors = [
    ...(CODE.test(trimmed) ? [] : [userError('INVALID', 'A task code is numbers separated by dots (3, 3.1)', ['input', 'code'])]),
    ...validate(fields, true),
    ...(await checkAgencies(ctx, jur, fields)),
  ];
  if (errors.length) return failure(...errors);
  const parentCode = trimmed.includes('.') ? trimmed.slice(0, trimmed.lastIndexOf('.')) : null;
  const parentId = parentCode ? await taskIdByCode(ctx, jur, plan.id, parentCode) : null;
  if (parentCode && !parentId) {
    return failure(userError('INVALID', `Task ${parentCode} must exist before ${trimmed}`, ['input', 'code']));
  }
  const id = options.id ?? newId();
  try {
    await ctx.store.claim(ctx.scope, jur, codeClaim(plan.id, trimmed), id, async (holder) => {
      const existing = await ctx.store.getRecord({ type: TASK, jur, id: holder }, true);
      return Boolean(existing && !existing.deleted);
    },
    );
  } catch (error) {
    return asFailure(error);
  }
  const data = merge(
    { planId: plan.id, code: trimmed, parentId, title: '', content: [], agencies: [], timeline: null, phases: [], outputs: [] },
    fields,
  );
  return commit(ctx, { ref: { type: TASK, jur, id }, expectedVersion: 0, data, op: 'CREATE' });
};

export const updateTask = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: TaskFields,
): Promise<Outcome<TaskRecord>> => {
  const found = await changeableTask(ctx, ref);
  if (!found.ok) return found;
  const task = found.value;
  const errors = [...validate(fields, false), ...(await checkAgencies(ctx, ref.jur, fields))];
  if (errors.length) return failure(...errors);
  const data = merge(task.data, fields);
  return commit(ctx, { ref: { type: TASK, ...ref }, expectedVersion, data, op: 'UPDATE' });
};

/**
 * Gives a task agencies: each is added with its role, or has its role changed when the task
 * already names it. Audited as ASSIGN with the note; rounds read agencies from the task, so
 * the next round read expects each new lead's report.
 */
export const assignTaskAgencies = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  agencies: NonNullable<TaskFields['agencies']>,
  note: string | null,
): Promise<Outcome<TaskRecord>> => {
  const found = await changeableTask(ctx, ref);
  if (!found.ok) return found;
  const task = found.value;
  const errors = [
    ...(agencies.length ? [] : [userError('INVALID', 'Name at least one agency', ['input', 'agencies'])]),
    ...checkText(note, ['input', 'note'], { max: 2000 }),
    ...(await checkAgencies(ctx, ref.jur, { agencies })),
  ];
  if (errors.length) return failure(...errors);
  const given = new Map(agencies.map((a) => [a.agencyId, { agencyId: a.agencyId, role: a.role, note: a.note ? nfc(a.note.trim()) : null }]));
  const kept = task.data.agencies.filter((a) => !given.has(a.agencyId));
  const data: TaskData = { ...task.data, agencies: [...kept, ...given.values()] };
  return commit(ctx, {
    ref: { type: TASK, ...ref },
    expectedVersion,
    data,
    op: 'ASSIGN',
    ...(note ? { note: nfc(note.trim()) } : {}),
  });
};

export const deleteTask = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<TaskRecord>> => {
  const found = await changeableTask(ctx, ref);
  if (!found.ok) return found;
  const task = found.value;
  const children = await ctx.store.claimsWithPrefix(ref.jur, `${codeClaim(task.data.planId, task.data.code)}.`);
  if (children.length) {
    return failure(userError('INVALID', `Delete its sub-tasks first (${children.length} left)`, ['input', 'id']));
  }
  const result = await commit<TaskData>(ctx, {
    ref: { type: TASK, ...ref },
    expectedVersion,
    data: null,
    op: 'DELETE',
    ...(note ? { note } : {}),
  });
  if (result.ok) await ctx.store.releaseClaim(ctx.scope, ref.jur, codeClaim(task.data.planId, task.data.code), task.id);
  return result;
};

/** The task an admin of its jurisdiction may change: it exists and its plan is not closed. */
const changeableTask = async (ctx: ServiceContext, ref: { jur: string; id: string }): Promise<Outcome<TaskRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const task = await getTask(ctx, ref.jur, ref.id);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'id']));
  const locked = await closedPlan(ctx, task);
  return locked ? failure(locked) : success(task);
};

const closedPlan = async (ctx: ServiceContext, task: TaskRecord) => {
  const plan = await loadRecord<{ status: string }>(ctx, PLAN, task.jur, planRef(task).id);
  return plan?.data.status === 'CLOSED' ? userError('LOCKED', 'A closed plan cannot change', ['input', 'id']) : null;
};
