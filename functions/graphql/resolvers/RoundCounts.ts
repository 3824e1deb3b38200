import type { RoundCountsResolvers } from './types.generated.js';

export const RoundCounts: RoundCountsResolvers = {};

/** Counts of round items: received = sent at least once; missing = nothing or a draft. */
export const countItems = (items: readonly { state: string }[]) => ({
  expected: items.length,
  received: items.filter((i) => i.state === 'SUBMITTED' || i.state === 'APPROVED' || i.state === 'RETURNED').length,
  approved: items.filter((i) => i.state === 'APPROVED').length,
  returned: items.filter((i) => i.state === 'RETURNED').length,
  missing: items.filter((i) => i.state === 'MISSING' || i.state === 'DRAFT').length,
});
