import type { JurisdictionSummaryResolvers } from './types.generated.js';
import { jurisdictionOf } from '../jurisdiction';

export const JurisdictionSummary: JurisdictionSummaryResolvers = {
  jurisdiction: (summary) => jurisdictionOf(summary.code),
  plans: (summary) => [...summary.plans],
};
