import type { IndicatorProgressResolvers } from './types.generated.js';

export const IndicatorProgress: IndicatorProgressResolvers = {
  asOf: (progress) => progress.asOf,
  overall: (progress) => progress.overall,
  overallYear: (progress) => progress.overallYear,
  milestones: (progress) => [...progress.milestones],
  judgedOn: (progress) => progress.judgedOn,
  series: (progress) => progress.series.map((s) => ({ ...s, values: [...s.values] })),
  disagreements: (progress) => [...progress.disagreements],
};
