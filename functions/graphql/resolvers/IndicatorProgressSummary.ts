import type { IndicatorProgressSummaryResolvers } from './types.generated.js';

export const IndicatorProgressSummary: IndicatorProgressSummaryResolvers = {};
