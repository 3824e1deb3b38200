import type { TaskReportResolvers } from './types.generated.js';
import { listAttachments } from '../../services/operations/evidence';
import { AGENCY, TASK, type AgencyData, type TaskData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';

export const TaskReport: TaskReportResolvers = {
  id: (report) => recordId(report),
  task: async (report, _arg, ctx) => {
    const task = await loadRecord<TaskData>(ctx.services, TASK, report.jur, report.data.taskId);
    if (!task) throw new Error(`Report ${report.id} names a missing task`);
    return task;
  },
  agency: async (report, _arg, ctx) => {
    const agency = await loadRecord<AgencyData>(ctx.services, AGENCY, report.jur, report.data.agencyId);
    if (!agency) throw new Error(`Report ${report.id} names a missing agency`);
    return agency;
  },
  period: (report) => report.data.period,
  narrative: (report) => report.data.narrative,
  percentComplete: (report) => report.data.percentComplete,
  evidence: (report) => [...report.data.evidence],
  status: (report) => report.data.status,
  submittedAt: (report) => report.data.submittedAt,
  reviewedAt: (report) => report.data.reviewedAt,
  reviewNote: (report) => report.data.reviewNote,
  version: (report) => report.version,
  attachments: (report, _arg, ctx) => listAttachments(ctx.services, report),
};
