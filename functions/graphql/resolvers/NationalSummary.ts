import type { NationalSummaryResolvers } from './types.generated.js';

export const NationalSummary: NationalSummaryResolvers = {};
