import type { RoundTaskResolvers } from './types.generated.js';
import { getReport } from '../../services/reports';

export const RoundTask: RoundTaskResolvers = {
  task: (i) => i.task!,
  state: (i) => i.state,
  // Through the report's own visibility rule: a draft only for its agency and admins.
  report: (i, _arg, ctx) => (i.report ? getReport(ctx.services, i.report.jur, i.report.id) : null),
};
