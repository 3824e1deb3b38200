import type { TaskBudgetResolvers } from './types.generated.js';
import { spendingSlice } from '../../services/operations/budget';
import { connection, pageSize } from '../connection';

export const TaskBudget: TaskBudgetResolvers = {
  task: (b) => b.task,
  planned: (b) => [...(b.record?.data.lines ?? [])],
  plannedTotal: (b) => b.plannedTotal,
  spentTotal: (b) => b.spentTotal,
  bySource: (b) => [...b.bySource],
  flagged: (b) => b.flags.length > 0,
  flags: (b) => [...b.flags],
  spending: (b, { first, after }, ctx) => connection(() => spendingSlice(ctx.services.store.cursors, b, pageSize(first, 20), after ?? null)),
  version: (b) => b.record?.version ?? 0,
};
