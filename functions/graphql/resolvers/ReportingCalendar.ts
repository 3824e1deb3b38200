import type { ReportingCalendarResolvers } from './types.generated.js';

export const ReportingCalendar: ReportingCalendarResolvers = {
  frequencies: (c) => [...c.data.frequencies],
  dueAfterDays: (c) => c.data.dueAfterDays,
  rounds: (c) => [...c.data.rounds],
  updatedAt: (c) => c.updatedAt,
  version: (c) => c.version,
};
