/**
 * Amendments and closing. A plan keeps its id; each edition (1 as first published, then one
 * per `planAmend`) is an immutable PlanEdition record holding a snapshot of the plan, its
 * tasks, indicators and targets, so history is kept and any two editions can be compared.
 *
 * An amendment, in order: (1) validate everything it names; (2) if the plan was never
 * amended, record edition 1 from the current state; (3) commit the plan with op AMEND at
 * `expectedVersion` — the lock: of concurrent amendments one wins, the rest get CONFLICT; the
 * edition number is 1 + the AMEND entries in the plan's audit trail (a consistent read);
 * (4) apply task and target changes through the usual services; (5) record the new edition.
 * A crash between (3) and (5) leaves changes without their edition: the next amendment's
 * edition then includes them (the audit trail still has every change, with who and when).
 */
import { indicatorsOfPlan, tasksOfPlan, underPlan, type StoredRecord } from '../../data';
import { checkList, checkText, checkYear } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { INDICATOR, type IndicatorData } from '../../domain/indicator/entities';
import { todayInVietnam } from '../../domain/operations/calendar';
import { diffSnapshots, type FieldChange, type PlanSnapshot } from '../../domain/operations/diff';
import { PLAN_CLOSURE, PLAN_EDITION, type PlanClosureData, type PlanEditionData } from '../../domain/operations/entities';
import { AGENCY, PLAN, TASK, type AgencyData, type PlanData, type TaskData } from '../../domain/plan/entities';
import type { FundingSource } from '../../domain/plan/model';
import { nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { requireAdmin } from '../guard';
import { getIndicator, setTarget, type IndicatorRecord } from '../indicators';
import { memorySlice, type Slice } from '../paging';
import { getPlan, publishPlan, type PlanRecord } from '../plans';
import { loadRecord, loadRecords } from '../records';
import { createTask, deleteTask, getTask, updateTask, type TaskFields, type TaskRecord } from '../tasks';
import { asFailure, commit } from '../write';
import { leadAgencyIds } from './common';
import { taskStatus } from './rounds';

export type PlanEditionRecord = StoredRecord<PlanEditionData>;
export type PlanClosureRecord = StoredRecord<PlanClosureData>;

const editionsPartition = (plan: { jur: string; id: string }) => underPlan(plan.jur, plan.id, PLAN_EDITION);
const editionId = (planId: string, edition: number) => `${planId}~${edition}`;

/** The state of a plan as a snapshot, read fresh; `written` overrides what the index may not show yet (null: deleted). */
const snapshotOf = async (
  ctx: ServiceContext,
  plan: PlanRecord,
  written: { tasks?: Map<string, TaskRecord | null>; indicators?: Map<string, IndicatorRecord> } = {},
): Promise<PlanSnapshot> => {
  const ref = { type: PLAN, jur: plan.jur, id: plan.id };
  const [taskList, indicatorList] = await Promise.all([
    ctx.store.queryAll<TaskData>('byParent', tasksOfPlan(ref.jur, ref.id)),
    ctx.store.queryAll<IndicatorData>('byParent', indicatorsOfPlan(ref.jur, ref.id)),
  ]);
  const tasks = new Map(taskList.filter((t) => !t.deleted).map((t) => [t.id, t as TaskRecord]));
  for (const [id, t] of written.tasks ?? []) {
    if (t) tasks.set(id, t);
    else tasks.delete(id);
  }
  const indicators = new Map(indicatorList.filter((i) => !i.deleted).map((i) => [i.id, i as IndicatorRecord]));
  for (const [id, i] of written.indicators ?? []) indicators.set(id, i);
  const agencyIds = [
    ...new Set([...[...tasks.values()].flatMap((t) => t.data.agencies.map((a) => a.agencyId)), ...plan.data.responsibilities.map((r) => r.agencyId)]),
  ];
  const agencies = await loadRecords<AgencyData>(ctx, agencyIds.map((id) => ({ type: AGENCY, jur: plan.jur, id })));
  const name = (id: string) => agencies[agencyIds.indexOf(id)]?.data.name ?? id;
  const d = plan.data;
  return {
    plan: {
      number: d.number,
      title: d.title,
      issuer: d.issuer,
      issuedOn: d.issuedOn,
      effectiveOn: d.effectiveOn,
      signer: d.signer,
      signerTitle: d.signerTitle,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      orientationYear: d.orientationYear,
      legalBases: d.legalBases.map((b) => `${b.number ?? ''} ${b.title}`.trim()),
      purposes: d.purposes,
      requirements: d.requirements,
      objectives: d.objectives,
      fundingSources: d.fundingSources,
      responsibilities: d.responsibilities.map((r) => ({ agency: name(r.agencyId), duties: r.duties })),
    },
    tasks: Object.fromEntries(
      [...tasks.values()].map((t) => [
        t.data.code,
        {
          title: t.data.title,
          content: t.data.content,
          timeline: t.data.timeline?.text ?? null,
          phases: t.data.phases.map((p) => ({ name: p.name, timeline: p.timeline.text })),
          outputs: t.data.outputs,
          agencies: t.data.agencies.map((a) => ({ agency: name(a.agencyId), role: a.role })),
        },
      ]),
    ),
    indicators: Object.fromEntries(
      [...indicators.values()].map((i) => [
        i.data.code,
        {
          name: i.data.name,
          unit: i.data.unit,
          baseline: i.data.baseline,
          targets: Object.fromEntries([...i.data.cells].sort((a, b) => a.year - b.year).map((c) => [String(c.year), c.text])),
        },
      ]),
    ),
  };
};

/** Stored editions, oldest first. */
const storedEditions = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanEditionRecord[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byParent', partition: editionsPartition(plan) });
  if (list instanceof Error) throw list;
  return (list as PlanEditionRecord[]).filter((e) => !e.deleted).sort((a, b) => a.data.edition - b.data.edition);
};

/** Edition 1 of a never-amended plan is its current state, shown without being stored. */
const virtualFirst = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanEditionRecord> => ({
  pk: `${plan.jur}#${PLAN_EDITION}#${editionId(plan.id, 1)}`,
  sk: 'R',
  type: PLAN_EDITION,
  jur: plan.jur,
  id: editionId(plan.id, 1),
  version: 1,
  seq: plan.seq,
  createdAt: plan.data.publishedAt ?? plan.createdAt,
  updatedAt: plan.data.publishedAt ?? plan.createdAt,
  createdBy: plan.createdBy,
  updatedBy: plan.createdBy,
  data: { planId: plan.id, edition: 1, note: null, decision: null, snapshot: await snapshotOf(ctx, plan) },
});

const planEditions = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanEditionRecord[]> => {
  const stored = await storedEditions(ctx, plan);
  return stored.length ? stored : [await virtualFirst(ctx, plan)];
};

export const currentEdition = async (ctx: ServiceContext, plan: PlanRecord): Promise<number> => {
  const stored = await storedEditions(ctx, plan);
  return stored[stored.length - 1]?.data.edition ?? 1;
};

export const listEditions = async (ctx: ServiceContext, plan: PlanRecord, first: number, after: string | null): Promise<Slice<PlanEditionRecord>> =>
  memorySlice(ctx.store.cursors, `editions|${plan.id}`, await planEditions(ctx, plan), (e) => String(e.data.edition).padStart(6, '0'), first, after);

export const getEdition = async (ctx: ServiceContext, jur: string, id: string): Promise<PlanEditionRecord | null> => {
  const [planId, n] = id.split('~');
  const plan = planId ? await getPlan(ctx, jur, planId) : null;
  if (!plan) return null;
  return (await planEditions(ctx, plan)).find((e) => e.data.edition === Number(n)) ?? null;
};

export interface PlanDiffView {
  readonly plan: PlanRecord;
  readonly from: number;
  readonly to: number;
  readonly current: boolean;
  readonly changes: readonly FieldChange[];
}

/**
 * Two editions compared, or (`current`) an edition and the plan as it is now: content changed
 * directly after the latest edition (a task edited, agencies assigned, a target set) shows
 * there until an amendment records it.
 */
export const planDiff = async (ctx: ServiceContext, plan: PlanRecord, from: number, to: number | null, current = false): Promise<PlanDiffView | null> => {
  const editions = await planEditions(ctx, plan);
  const last = editions[editions.length - 1]!.data.edition;
  const target = to ?? last;
  const a = editions.find((e) => e.data.edition === from);
  const b = editions.find((e) => e.data.edition === target);
  if (!a || !b) return null;
  const later = current ? await snapshotOf(ctx, plan) : b.data.snapshot;
  return { plan, from, to: target, current, changes: diffSnapshots(a.data.snapshot, later) };
};

/**
 * Records edition 1 as the plan stands now — at planPublish, or when a seed has loaded a
 * published plan — so later direct changes are not folded into it. Idempotent: an edition 1
 * already recorded stays.
 */
export const freezeFirstEdition = async (ctx: ServiceContext, plan: PlanRecord): Promise<Outcome<null>> => {
  if ((await storedEditions(ctx, plan)).length) return success(null);
  const first = await commit<PlanEditionData>(ctx, {
    ref: { type: PLAN_EDITION, jur: plan.jur, id: editionId(plan.id, 1) },
    expectedVersion: 0,
    data: { planId: plan.id, edition: 1, note: null, decision: null, snapshot: await snapshotOf(ctx, plan) },
    op: 'CREATE',
  });
  return first.ok || first.errors.every((e) => e.code === 'CONFLICT') ? success(null) : failure(...first.errors);
};

/** Publishes a draft and freezes its edition 1. */
export const publishAndFreeze = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<PlanRecord>> => {
  const published = await publishPlan(ctx, ref, expectedVersion, note);
  if (!published.ok) return published;
  const frozen = await freezeFirstEdition(ctx, published.value);
  return frozen.ok ? published : failure(...frozen.errors);
};

interface PlanAmendFields {
  readonly title?: string | null;
  readonly periodFrom?: number | null;
  readonly periodTo?: number | null;
  readonly orientationYear?: number | null;
  readonly purposes?: readonly string[] | null;
  readonly requirements?: readonly string[] | null;
  readonly objectives?: readonly string[] | null;
  readonly fundingSources?: readonly FundingSource[] | null;
}

interface TaskAmendment {
  readonly task?: { jur: string; id: string } | null;
  readonly code?: string | null;
  readonly delete?: boolean | null;
  readonly fields: TaskFields;
}

export interface AmendInput {
  readonly note: string;
  readonly decision?: string | null;
  readonly plan?: PlanAmendFields | null;
  readonly tasks?: readonly TaskAmendment[] | null;
  readonly targets?: readonly { indicator: { jur: string; id: string }; year: number; text: string }[] | null;
}

const texts = (list: readonly string[]): string[] => list.map((s) => nfc(s.trim()));

const mergePlan = (base: PlanData, f: PlanAmendFields): PlanData => ({
  ...base,
  ...(f.title != null ? { title: nfc(f.title.trim()) } : {}),
  ...(f.periodFrom != null ? { periodFrom: f.periodFrom } : {}),
  ...(f.periodTo != null ? { periodTo: f.periodTo } : {}),
  ...(f.orientationYear !== undefined ? { orientationYear: f.orientationYear ?? null } : {}),
  ...(f.purposes ? { purposes: texts(f.purposes) } : {}),
  ...(f.requirements ? { requirements: texts(f.requirements) } : {}),
  ...(f.objectives ? { objectives: texts(f.objectives) } : {}),
  ...(f.fundingSources ? { fundingSources: f.fundingSources.map((s) => ({ kind: s.kind, name: nfc(s.name.trim()), note: s.note?.trim() ? nfc(s.note.trim()) : null })) } : {}),
});

const amendErrors = async (ctx: ServiceContext, plan: PlanRecord, input: AmendInput): Promise<UserError[]> => {
  const f = input.plan ?? {};
  const errors: UserError[] = [
    ...checkText(input.note, ['input', 'note'], { required: true, max: 4000 }),
    ...checkText(input.decision, ['input', 'decision'], { max: 300 }),
    ...checkText(f.title, ['input', 'plan', 'title'], { max: 1000 }),
    ...(f.title != null && !f.title.trim() ? [userError('INVALID', 'Must not be empty', ['input', 'plan', 'title'])] : []),
    ...checkYear(f.periodFrom, ['input', 'plan', 'periodFrom']),
    ...checkYear(f.periodTo, ['input', 'plan', 'periodTo']),
    ...checkYear(f.orientationYear, ['input', 'plan', 'orientationYear']),
    ...checkList(f.purposes, ['input', 'plan', 'purposes']),
    ...checkList(f.requirements, ['input', 'plan', 'requirements']),
    ...checkList(f.objectives, ['input', 'plan', 'objectives']),
  ];
  const merged = mergePlan(plan.data, f);
  if (merged.periodTo < merged.periodFrom) errors.push(userError('INVALID', 'The period ends before it starts', ['input', 'plan', 'periodTo']));
  const tasks = input.tasks ?? [];
  const found = await loadRecords<TaskData>(ctx, tasks.map((t) => ({ type: TASK, jur: t.task?.jur ?? '~', id: t.task?.id ?? '~none' })));
  tasks.forEach((t, i) => {
    const field = ['input', 'tasks', String(i)];
    if (Boolean(t.task) === Boolean(t.code)) errors.push(userError('INVALID', 'Give `task` to change or delete a task, or `code` to add one', field));
    else if (t.task && (found[i]?.data.planId !== plan.id || t.task.jur !== plan.jur)) errors.push(userError('NOT_FOUND', 'No such task in this plan', [...field, 'task']));
    if (t.code && t.delete) errors.push(userError('INVALID', 'A new task cannot be deleted', [...field, 'delete']));
  });
  const targets = input.targets ?? [];
  const indicators = await loadRecords<IndicatorData>(ctx, targets.map((t) => ({ type: INDICATOR, jur: t.indicator.jur, id: t.indicator.id })));
  targets.forEach((t, i) => {
    const field = ['input', 'targets', String(i)];
    if (indicators[i]?.data.planId !== plan.id || t.indicator.jur !== plan.jur) errors.push(userError('NOT_FOUND', 'No such indicator in this plan', [...field, 'indicator']));
    errors.push(...checkYear(t.year, [...field, 'year']), ...checkText(t.text, [...field, 'text'], { max: 500 }));
  });
  if (!input.plan && !tasks.length && !targets.length) errors.push(userError('INVALID', 'An amendment changes something: give plan, tasks or targets', ['input']));
  return errors;
};

export const amendPlan = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  input: AmendInput,
): Promise<Outcome<{ plan: PlanRecord; edition: PlanEditionRecord }>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, ref.jur, ref.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'id']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot be amended', ['input', 'id']));
  if (plan.data.status === 'DRAFT') return failure(userError('INVALID', 'A draft is changed directly (planUpdate); amend a published plan', ['input', 'id']));
  if (plan.version !== expectedVersion) {
    return failure(userError('CONFLICT', `Someone changed this first: you read version ${expectedVersion}, it is now ${plan.version}. Read it again and retry.`, ['input', 'expectedVersion']));
  }
  const errors = await amendErrors(ctx, plan, input);
  if (errors.length) return failure(...errors);

  const planRef = { type: PLAN, jur: plan.jur, id: plan.id };
  const amendsBefore = (await ctx.store.auditOf(planRef)).filter((e) => e.op === 'AMEND').length;
  if (amendsBefore === 0) {
    const first = await commit<PlanEditionData>(ctx, {
      ref: { type: PLAN_EDITION, jur: plan.jur, id: editionId(plan.id, 1) },
      expectedVersion: 0,
      data: { planId: plan.id, edition: 1, note: null, decision: null, snapshot: await snapshotOf(ctx, plan) },
      op: 'CREATE',
    });
    if (!first.ok && first.errors.some((e) => e.code !== 'CONFLICT')) return failure(...first.errors);
  }
  const amended = await commit<PlanData>(ctx, {
    ref: planRef,
    expectedVersion,
    data: mergePlan(plan.data, input.plan ?? {}),
    op: 'AMEND',
    note: input.note,
  });
  if (!amended.ok) return failure(...amended.errors);
  const edition = amendsBefore + 2;

  const writtenTasks = new Map<string, TaskRecord | null>();
  const writtenIndicators = new Map<string, IndicatorRecord>();
  const stepErrors: UserError[] = [];
  const depth = (t: TaskAmendment) => (t.code ?? '').split('.').length;
  const ordered = (input.tasks ?? []).map((t, i) => ({ t, i }));
  const creates = ordered.filter(({ t }) => t.code).sort((a, b) => depth(a.t) - depth(b.t));
  const changes = ordered.filter(({ t }) => t.task && !t.delete);
  const deletes = ordered.filter(({ t }) => t.task && t.delete);
  for (const { t, i } of [...changes, ...creates, ...deletes]) {
    const field = (e: UserError): UserError => ({ ...e, field: ['input', 'tasks', String(i), ...(e.field ?? []).slice(1)] });
    if (t.code) {
      const r = await createTask(ctx, plan, t.code, t.fields);
      if (r.ok) writtenTasks.set(r.value.id, r.value);
      else stepErrors.push(...r.errors.map(field));
      continue;
    }
    const current = await getTask(ctx, plan.jur, t.task!.id);
    if (!current) continue;
    const r = t.delete ? await deleteTask(ctx, current, current.version, input.note) : await updateTask(ctx, current, current.version, t.fields);
    if (r.ok) writtenTasks.set(current.id, t.delete ? null : r.value);
    else stepErrors.push(...r.errors.map(field));
  }
  for (const [i, target] of (input.targets ?? []).entries()) {
    const indicator = await getIndicator(ctx, target.indicator.jur, target.indicator.id);
    if (!indicator) continue;
    const r = await setTarget(ctx, indicator, indicator.version, { year: target.year, text: target.text, note: `Điều chỉnh: ${input.note}` });
    if (r.ok) writtenIndicators.set(indicator.id, r.value);
    else stepErrors.push(...r.errors.map((e) => ({ ...e, field: ['input', 'targets', String(i), ...(e.field ?? []).slice(1)] })));
  }

  const recorded = await commit<PlanEditionData>(ctx, {
    ref: { type: PLAN_EDITION, jur: plan.jur, id: editionId(plan.id, edition) },
    expectedVersion: 0,
    data: {
      planId: plan.id,
      edition,
      note: nfc(input.note.trim()),
      decision: input.decision?.trim() ? nfc(input.decision.trim()) : null,
      snapshot: await snapshotOf(ctx, amended.value, { tasks: writtenTasks, indicators: writtenIndicators }),
    },
    op: 'CREATE',
  });
  if (stepErrors.length) return failure(...stepErrors);
  if (!recorded.ok) return failure(...recorded.errors);
  return success({ plan: amended.value, edition: recorded.value });
};

export const getClosure = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanClosureRecord | null> =>
  plan.data.status === 'CLOSED' ? loadRecord<PlanClosureData>(ctx, PLAN_CLOSURE, plan.jur, plan.id) : null;

/**
 * Closes a published plan: its closure (outcome, summary, each task's final status) is
 * written first, then the plan moves to CLOSED at `expectedVersion`; from then on plans,
 * tasks, indicators, calendars, budgets, spending and deliveries refuse changes (LOCKED).
 */
export const closePlan = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  input: { outcome: PlanClosureData['outcome']; summary?: string | null; asOf?: string | null },
): Promise<Outcome<PlanRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const plan = await getPlan(ctx, ref.jur, ref.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'id']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'The plan is already closed', ['input', 'id']));
  if (plan.data.status === 'DRAFT') return failure(userError('INVALID', 'Only a published plan is closed; a draft is simply not published', ['input', 'id']));
  if (plan.version !== expectedVersion) {
    return failure(userError('CONFLICT', `Someone changed this first: you read version ${expectedVersion}, it is now ${plan.version}. Read it again and retry.`, ['input', 'expectedVersion']));
  }
  const errors = [...checkText(input.summary, ['input', 'summary'], { max: 20_000 })];
  if (errors.length) return failure(...errors);
  const asOf = input.asOf ?? todayInVietnam();
  const tasks = (await ctx.store.queryAll<TaskData>('byParent', tasksOfPlan(plan.jur, plan.id))).filter(
    (t): t is TaskRecord => !t.deleted && leadAgencyIds(t as TaskRecord).length > 0,
  );
  const statuses = await Promise.all(tasks.map((t) => taskStatus(ctx, t, asOf)));
  const existing = await ctx.store.getRecord<PlanClosureData>({ type: PLAN_CLOSURE, jur: plan.jur, id: plan.id }, true);
  const closure = await commit<PlanClosureData>(ctx, {
    ref: { type: PLAN_CLOSURE, jur: plan.jur, id: plan.id },
    expectedVersion: existing?.version ?? 0,
    data: {
      planId: plan.id,
      outcome: input.outcome,
      summary: input.summary?.trim() ? nfc(input.summary.trim()) : null,
      asOf,
      tasks: tasks.map((t, i) => ({ taskId: t.id, status: statuses[i]!.status, percentComplete: statuses[i]!.percentComplete })),
    },
    op: 'CLOSE',
  });
  if (!closure.ok) return failure(...closure.errors);
  try {
    return await commit<PlanData>(ctx, {
      ref: { type: PLAN, jur: plan.jur, id: plan.id },
      expectedVersion,
      data: { ...plan.data, status: 'CLOSED' },
      op: 'CLOSE',
      note: `${input.outcome}${input.summary ? `: ${input.summary}` : ''}`,
    });
  } catch (error) {
    return asFailure(error);
  }
};
