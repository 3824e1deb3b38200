import type { ReportingCalendarPayloadResolvers } from './types.generated.js';

export const ReportingCalendarPayload: ReportingCalendarPayloadResolvers = {};
