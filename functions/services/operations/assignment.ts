/**
 * Which tasks nobody leads (status UNASSIGNED), from the plan's task list: one Query of the
 * plan's tasks, shared through the request's loader with every other read of them.
 */
import { codeSortKey } from '../../data';
import { needsAssignment } from '../../domain/operations/status';
import type { ServiceContext } from '../context';
import { memorySlice, type Slice } from '../paging';
import type { TaskRecord } from '../tasks';
import { leadAgencyIds, planTasks } from './common';

const leadCounts = (tasks: readonly TaskRecord[]) => tasks.map((t) => ({ code: t.data.code, leads: leadAgencyIds(t).length }));

/** Whether a task, or one of its sub-tasks, has a lead agency. */
export const isAssigned = async (ctx: ServiceContext, task: TaskRecord): Promise<boolean> => {
  if (leadAgencyIds(task).length) return true;
  const tasks = await planTasks(ctx, { jur: task.jur, id: task.data.planId });
  return !needsAssignment(task.data.code, leadCounts(tasks));
};

/** The department's list to assign, in code order. */
export const tasksNeedingAssignment = async (
  ctx: ServiceContext,
  plan: { jur: string; id: string },
  first: number,
  after: string | null,
): Promise<Slice<TaskRecord>> => {
  const tasks = await planTasks(ctx, plan);
  const counts = leadCounts(tasks);
  const unassigned = tasks.filter((t) => needsAssignment(t.data.code, counts));
  return memorySlice(ctx.store.cursors, `tasksNeedingAssignment|${plan.id}`, unassigned, (t) => codeSortKey(t.data.code), first, after);
};
