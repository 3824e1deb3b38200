import type { PlanProgressSummaryResolvers } from './types.generated.js';

export const PlanProgressSummary: PlanProgressSummaryResolvers = {
  statusCounts: (summary) => [...summary.statusCounts],
  indicators: (summary) => [...summary.indicators],
};
