import type { IndicatorProgressResolvers } from './types.generated.js';

export const IndicatorProgress: IndicatorProgressResolvers = {
  asOf: (progress) => progress.asOf,
  overall: (progress) => progress.overall,
  overallYear: (progress) => progress.overallYear,
  milestones: (progress) => [...progress.milestones],
};
