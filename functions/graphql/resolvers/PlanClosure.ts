import type { PlanClosureResolvers } from './types.generated.js';

export const PlanClosure: PlanClosureResolvers = {
  outcome: (c) => c.data.outcome,
  summary: (c) => c.data.summary,
  closedAt: (c) => c.createdAt,
  closedBy: (c) => c.updatedBy,
  asOf: (c) => c.data.asOf,
  tasks: (c) => c.data.tasks.map((t) => ({ jur: c.jur, ...t })),
};
