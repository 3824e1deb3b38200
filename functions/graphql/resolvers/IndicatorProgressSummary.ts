import type { IndicatorProgressSummaryResolvers } from './types.generated.js';

export const IndicatorProgressSummary: IndicatorProgressSummaryResolvers = {
    progress: ({ progress }, _arg, _ctx) => {
                        /* IndicatorProgressSummary.progress resolver is required because IndicatorProgressSummary.progress and IndicatorProgressSummaryMapper.progress are not compatible */
                        return progress
                      }
};
