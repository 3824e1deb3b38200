import type { TaskStatusReportResolvers } from './types.generated.js';

export const TaskStatusReport: TaskStatusReportResolvers = {
  status: (s) => s.status,
  asOf: (s) => s.asOf,
  since: (s) => s.since,
  start: (s) => s.start,
  end: (s) => s.end,
  elapsedPercent: (s) => s.elapsedPercent,
  percentComplete: (s) => s.percentComplete,
  outputs: (s) =>
    s.outputs.map((o) => ({
      output: o.output,
      delivered: o.delivered,
      complete: o.output.quantity === null ? null : o.delivered >= o.output.quantity,
    })),
  latestApprovedReport: (s) => s.latestApproved,
  reasons: (s) => [...s.reasons],
  explanations: (s) => [...s.explanations],
};
