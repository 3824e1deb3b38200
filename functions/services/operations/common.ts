/**
 * Shared reads of the plan-execution services: who may read internal data, a plan's tasks
 * and indicators, and the child lists they hang on.
 */
import { indicatorsOfPlan, tasksOfPlan, type StoredRecord } from '../../data';
import { type IndicatorData } from '../../domain/indicator/entities';
import { type TaskData } from '../../domain/plan/entities';
import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';
import type { IndicatorRecord } from '../indicators';
import type { TaskRecord } from '../tasks';

/**
 * Internal plan-execution data (rounds, who is behind): the jurisdiction's admins and
 * agencies, and national networks (they read every province). Not partner portals. Budgets
 * have a narrower rule of their own (mayReadBudgets).
 */
export const isInternalReader = (ctx: ServiceContext, jur: string): boolean => ctx.caller.role === 'NATIONAL' || isOwnReader(ctx, jur);

/**
 * Who reads budgets and spending (docs/operations.md "Who reads budgets"), the same rule at
 * the source and on a national deployment holding pulled copies: the jurisdiction's province
 * admins and national networks read every budget of it; an agency reads the budget and
 * spending of a task it leads (it records that spending) and nothing else — not the plan's
 * totals, not another task's. Partner keys, anonymous callers, pull operators (they write
 * pulled copies, never read them) and other provinces read none.
 */
export const mayReadBudgets = (ctx: ServiceContext, jur: string, task: TaskRecord | null = null): boolean => {
  const { caller } = ctx;
  if (caller.role === 'NATIONAL' || isAdminOf(caller, jur)) return true;
  return caller.role === 'AGENCY' && caller.jurisdictions.includes(jur) && task !== null && task.jur === jur && caller.agencyId !== null && leadAgencyIds(task).includes(caller.agencyId);
};

/**
 * The jurisdiction's own people (its admins and agencies). Only they may learn that an
 * unsubmitted draft exists: to everyone else (national networks) a draft is "not received".
 */
export const isOwnReader = (ctx: ServiceContext, jur: string): boolean =>
  (ctx.caller.role === 'PROVINCE_ADMIN' || ctx.caller.role === 'AGENCY') && ctx.caller.jurisdictions.includes(jur);

/** The agency an AGENCY caller is limited to; null for everyone else. */
export const ownAgencyOnly = (ctx: ServiceContext): string | null => (ctx.caller.role === 'AGENCY' ? (ctx.caller.agencyId ?? '~none') : null);

/** Every record of one partition of an index, through the request's loader (sibling lists batched). */
export const listAll = async <T>(ctx: ServiceContext, index: 'byParent' | 'byLink' | 'byType', partition: string): Promise<StoredRecord<T>[]> => {
  const list = await ctx.loaders.lists.load({ index, partition });
  if (list instanceof Error) throw list;
  return (list as StoredRecord<T>[]).filter((r) => !r.deleted);
};

export const planTasks = (ctx: ServiceContext, plan: { jur: string; id: string }): Promise<TaskRecord[]> =>
  listAll<TaskData>(ctx, 'byParent', tasksOfPlan(plan.jur, plan.id));

export const planIndicators = (ctx: ServiceContext, plan: { jur: string; id: string }): Promise<IndicatorRecord[]> =>
  listAll<IndicatorData>(ctx, 'byParent', indicatorsOfPlan(plan.jur, plan.id));

export const leadAgencyIds = (task: TaskRecord): string[] => [
  ...new Set(task.data.agencies.filter((a) => a.role === 'LEAD').map((a) => a.agencyId)),
];
