import type { PlanBudgetResolvers } from './types.generated.js';
import { tasksByIds } from '../../services/operations/budget';

export const PlanBudget: PlanBudgetResolvers = {
  plannedTotal: (b) => b.plannedTotal,
  spentTotal: (b) => b.spentTotal,
  bySource: (b) => [...b.bySource],
  flaggedTasks: async (b, _arg, ctx) =>
    (await tasksByIds(ctx.services, b.jur, b.flaggedTaskIds)).sort((x, y) => x.data.code.localeCompare(y.data.code, 'en', { numeric: true })),
};
