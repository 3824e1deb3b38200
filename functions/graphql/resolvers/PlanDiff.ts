import type { PlanDiffResolvers } from './types.generated.js';

export const PlanDiff: PlanDiffResolvers = {
  plan: (d) => d.plan,
  from: (d) => d.from,
  to: (d) => d.to,
  current: (d) => d.current,
  changes: (d) => [...d.changes],
};
