/**
 * Budgets and spending. A task's planned amounts by source are one record (id = the task's
 * id); spending entries are records listed under their plan (byParent) and their task (byLink), so
 * a task's budget is one Query and a plan's is two, whatever the number of tasks.
 */
import { underPlan, underTask, type CursorCodec, type StoredRecord } from '../../data';
import { replayKey } from '../idempotency';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { balance, type BudgetSummary } from '../../domain/operations/budget';
import { checkMoney, type CurrencyCode, type Money } from '../../domain/ecosystem/money';
import { SPENDING_ENTRY, TASK_BUDGET, type BudgetLineData, type SpendingEntryData, type TaskBudgetData } from '../../domain/operations/entities';
import { AGENCY, TASK, type AgencyData, type TaskData } from '../../domain/plan/entities';
import type { FundingSourceKind } from '../../domain/plan/model';
import { nfc } from '../../domain/text/vietnamese';
import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';
import { requireAdmin, requireSignedIn } from '../guard';
import { keyedId } from '../indicators';
import { memorySlice, type Slice } from '../paging';
import type { PlanRecord } from '../plans';
import { loadRecord, loadRecords } from '../records';
import { getTask, type TaskRecord } from '../tasks';
import { commit, newId } from '../write';
import { listAll, mayReadBudgets } from './common';
import { closedPlanError, mayActOnTask } from './deliveries';

type TaskBudgetRecord = StoredRecord<TaskBudgetData>;
export type SpendingRecord = StoredRecord<SpendingEntryData>;

const SOURCES: readonly FundingSourceKind[] = ['STATE_BUDGET', 'DONOR', 'OTHER'];

const taskPartition = (jur: string, taskId: string) => underTask(jur, taskId, SPENDING_ENTRY);

export interface TaskBudgetView extends BudgetSummary {
  readonly task: TaskRecord;
  readonly record: TaskBudgetRecord | null;
  readonly spending: readonly SpendingRecord[];
}

const taskSpending = (ctx: ServiceContext, task: { jur: string; id: string }): Promise<SpendingRecord[]> =>
  listAll<SpendingEntryData>(ctx, 'byLink', taskPartition(task.jur, task.id));

/** A task's budget for those who may read it (common.ts mayReadBudgets: admins, national networks, the task's lead agencies); null for everyone else. */
export const taskBudget = async (ctx: ServiceContext, task: TaskRecord): Promise<TaskBudgetView | null> => {
  if (!mayReadBudgets(ctx, task.jur, task)) return null;
  const [record, spending] = await Promise.all([
    loadRecord<TaskBudgetData>(ctx, TASK_BUDGET, task.jur, task.id),
    taskSpending(ctx, task),
  ]);
  return { task, record, spending, ...balance(record?.data.lines ?? [], spending.map((s) => s.data)) };
};

export const spendingSlice = (cursors: CursorCodec, view: TaskBudgetView, first: number, after: string | null): Slice<SpendingRecord> =>
  memorySlice(cursors, 'spending', view.spending, (s) => `${invert(s.data.spentOn)}#${s.createdAt}#${s.id}`, first, after);

const invert = (date: string): string => date.replace(/\d/g, (d) => String(9 - Number(d)));

export interface PlanBudgetView extends BudgetSummary {
  readonly flaggedTaskIds: readonly string[];
}

/** A plan's budget: the jurisdiction's admins and national networks only (an agency reads its own tasks' budgets). */
export const planBudget = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanBudgetView | null> => {
  if (!mayReadBudgets(ctx, plan.jur)) return null;
  const [budgets, spending] = await Promise.all([
    listAll<TaskBudgetData>(ctx, 'byParent', underPlan(plan.jur, plan.id, TASK_BUDGET)),
    listAll<SpendingEntryData>(ctx, 'byParent', underPlan(plan.jur, plan.id, SPENDING_ENTRY)),
  ]);
  const taskIds = [...new Set([...budgets.map((b) => b.data.taskId), ...spending.map((s) => s.data.taskId)])];
  const flaggedTaskIds = taskIds.filter(
    (taskId) =>
      balance(
        budgets.find((b) => b.data.taskId === taskId)?.data.lines ?? [],
        spending.filter((s) => s.data.taskId === taskId).map((s) => s.data),
      ).flags.length > 0,
  );
  return { ...balance(budgets.flatMap((b) => b.data.lines), spending.map((s) => s.data)), flaggedTaskIds };
};

const checkAmount = (amount: { amount: string; currency?: CurrencyCode | null }, field: string[]): { money: Money | null; errors: UserError[] } => {
  const currency = amount.currency ?? 'VND';
  if (currency !== 'VND') return { money: null, errors: [userError('INVALID', 'Budgets and spending are kept in VND (convert donor currencies at the day\'s rate)', [...field, 'currency'])] };
  const checked = checkMoney(amount.amount, currency);
  return checked.ok ? { money: checked.money, errors: [] } : { money: null, errors: [userError('INVALID', checked.message, [...field, 'amount'])] };
};

export interface BudgetLineInput {
  readonly source: FundingSourceKind;
  readonly sourceName?: string | null;
  readonly amount: { amount: string; currency?: CurrencyCode | null };
  readonly note?: string | null;
}

export const setTaskBudget = async (
  ctx: ServiceContext,
  taskRef: { jur: string; id: string },
  expectedVersion: number,
  lines: readonly BudgetLineInput[],
): Promise<Outcome<TaskBudgetView>> => {
  const denied = requireAdmin(ctx, taskRef.jur);
  if (denied.length) return failure(...denied);
  const task = await getTask(ctx, taskRef.jur, taskRef.id);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'task']));
  const locked = await closedPlanError(ctx, task.jur, task.data.planId, ['input', 'task']);
  if (locked) return failure(locked);
  const errors: UserError[] = [];
  const data: BudgetLineData[] = [];
  lines.forEach((line, i) => {
    const field = ['input', 'lines', String(i)];
    if (!SOURCES.includes(line.source)) errors.push(userError('INVALID', 'Unknown source', [...field, 'source']));
    if (lines.findIndex((l) => l.source === line.source) !== i) errors.push(userError('DUPLICATE', `Two lines for ${line.source}`, [...field, 'source']));
    errors.push(...checkText(line.sourceName, [...field, 'sourceName'], { max: 500 }), ...checkText(line.note, [...field, 'note'], { max: 2000 }));
    const { money, errors: moneyErrors } = checkAmount(line.amount, [...field, 'amount']);
    errors.push(...moneyErrors);
    if (money) {
      data.push({
        source: line.source,
        sourceName: line.sourceName?.trim() ? nfc(line.sourceName.trim()) : null,
        amount: money,
        note: line.note?.trim() ? nfc(line.note.trim()) : null,
      });
    }
  });
  if (errors.length) return failure(...errors);
  const result = await commit<TaskBudgetData>(ctx, {
    ref: { type: TASK_BUDGET, jur: task.jur, id: task.id },
    expectedVersion,
    data: { planId: task.data.planId, taskId: task.id, lines: data },
    op: expectedVersion === 0 ? 'CREATE' : 'UPDATE',
  });
  if (!result.ok) return failure(...result.errors);
  const spending = await taskSpending(ctx, task);
  return success({ task, record: result.value, spending, ...balance(data, spending.map((s) => s.data)) });
};

export interface SpendingInput {
  readonly amount: { amount: string; currency?: CurrencyCode | null };
  readonly source: FundingSourceKind;
  readonly spentOn: string;
  readonly description: string;
  readonly agency?: { jur: string; id: string } | null;
  readonly idempotencyKey?: string | null;
}

/** Recorded by the task's lead agencies or admins; over-plan spending is accepted and flagged on the budget. */
export const recordSpending = async (
  ctx: ServiceContext,
  taskRef: { jur: string; id: string },
  input: SpendingInput,
): Promise<Outcome<SpendingRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const task = await getTask(ctx, taskRef.jur, taskRef.id);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'task']));
  if (!mayActOnTask(ctx, task, ['LEAD'])) return failure(userError('FORBIDDEN', "Only the task's lead agencies and the province admins record its spending", ['input', 'task']));
  const locked = await closedPlanError(ctx, task.jur, task.data.planId, ['input', 'task']);
  if (locked) return failure(locked);
  const admin = isAdminOf(ctx.caller, task.jur);
  const agencyId = admin ? (input.agency?.id ?? null) : ctx.caller.agencyId;
  if (!admin && input.agency && input.agency.id !== ctx.caller.agencyId) return failure(userError('FORBIDDEN', 'An agency records spending as itself', ['input', 'agency']));
  if (agencyId && (!(await loadRecord<AgencyData>(ctx, AGENCY, task.jur, agencyId)) || (input.agency && input.agency.jur !== task.jur))) {
    return failure(userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'agency']));
  }
  const { money, errors: moneyErrors } = checkAmount(input.amount, ['input', 'amount']);
  const errors = [
    ...moneyErrors,
    ...(money && money.amount === '0' ? [userError('INVALID', 'An amount spent is more than 0', ['input', 'amount', 'amount'])] : []),
    ...(SOURCES.includes(input.source) ? [] : [userError('INVALID', 'Unknown source', ['input', 'source'])]),
    ...checkDate(input.spentOn, ['input', 'spentOn']),
    ...checkText(input.description, ['input', 'description'], { required: true, max: 2000 }),
  ];
  if (errors.length || !money) return failure(...errors);
  const id = input.idempotencyKey ? keyedId(ctx, task.id, input.idempotencyKey) : newId();
  const replay = await replayKey<SpendingEntryData>(ctx, task.jur, SPENDING_ENTRY, id, input.idempotencyKey, input);
  if (!replay.ok) return replay;
  if (replay.value) return success(replay.value);
  const data: SpendingEntryData = {
    planId: task.data.planId,
    taskId: task.id,
    agencyId,
    amount: money,
    source: input.source,
    spentOn: input.spentOn,
    description: nfc(input.description.trim()),
  };
  return commit(ctx, {
    ref: { type: SPENDING_ENTRY, jur: task.jur, id },
    expectedVersion: 0,
    data,
    op: 'CREATE',
  });
};

/** A spending entry, for those who may read its task's budget; null for everyone else. */
export const getSpending = async (ctx: ServiceContext, jur: string, id: string): Promise<SpendingRecord | null> => {
  if (ctx.caller.role !== 'NATIONAL' && ctx.caller.role !== 'PROVINCE_ADMIN' && ctx.caller.role !== 'AGENCY') return null;
  const s = await loadRecord<SpendingEntryData>(ctx, SPENDING_ENTRY, jur, id);
  const task = s ? await getTask(ctx, jur, s.data.taskId) : null;
  return s && task && mayReadBudgets(ctx, jur, task) ? s : null;
};

/** Admins delete an entry made by mistake: a tombstone, kept in the audit trail. */
export const deleteSpending = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<SpendingRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const entry = await getSpending(ctx, ref.jur, ref.id);
  if (!entry) return failure(userError('NOT_FOUND', 'No such spending entry', ['input', 'id']));
  const locked = await closedPlanError(ctx, ref.jur, entry.data.planId, ['input', 'id']);
  if (locked) return failure(locked);
  const result = await commit<SpendingEntryData>(ctx, {
    ref: { type: SPENDING_ENTRY, ...ref },
    expectedVersion,
    data: null,
    op: 'DELETE',
    ...(note ? { note } : {}),
  });
  return result.ok ? success(entry) : failure(...result.errors);
};

export const tasksByIds = async (ctx: ServiceContext, jur: string, ids: readonly string[]): Promise<TaskRecord[]> =>
  (await loadRecords<TaskData>(ctx, ids.map((id) => ({ type: TASK, jur, id })))).filter((t): t is TaskRecord => t !== null);

/**
 * A task's budget right after a change to its spending: the change itself is applied to the
 * list read from the index, which need not show it yet (GSIs are not read-after-write).
 */
export const taskBudgetAfter = async (
  ctx: ServiceContext,
  taskRef: { jur: string; id: string },
  change: { added?: SpendingRecord; removedId?: string },
): Promise<TaskBudgetView | null> => {
  const task = await getTask(ctx, taskRef.jur, taskRef.id);
  if (!task) return null;
  const view = await taskBudget(ctx, task);
  if (!view) return null;
  const spending = [
    ...view.spending.filter((s) => s.id !== change.added?.id && s.id !== change.removedId),
    ...(change.added ? [change.added] : []),
  ];
  return { ...view, spending, ...balance(view.record?.data.lines ?? [], spending.map((s) => s.data)) };
};
