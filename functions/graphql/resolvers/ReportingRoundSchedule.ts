import type { ReportingRoundScheduleResolvers } from './types.generated.js';

export const ReportingRoundSchedule: ReportingRoundScheduleResolvers = {};
