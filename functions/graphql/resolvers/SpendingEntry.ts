import type { SpendingEntryResolvers } from './types.generated.js';
import { AGENCY, TASK, type AgencyData, type TaskData } from '../../domain/plan/entities';
import { listAttachments } from '../../services/operations/evidence';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';

export const SpendingEntry: SpendingEntryResolvers = {
  id: (s) => recordId(s),
  task: async (s, _arg, ctx) => {
    const task = await loadRecord<TaskData>(ctx.services, TASK, s.jur, s.data.taskId);
    if (!task) throw new Error(`Spending ${s.id} names a missing task`);
    return task;
  },
  agency: (s, _arg, ctx) => (s.data.agencyId ? loadRecord<AgencyData>(ctx.services, AGENCY, s.jur, s.data.agencyId) : null),
  amount: (s) => s.data.amount,
  source: (s) => s.data.source,
  spentOn: (s) => s.data.spentOn,
  description: (s) => s.data.description,
  attachments: (s, _arg, ctx) => listAttachments(ctx.services, s),
  createdAt: (s) => s.createdAt,
  version: (s) => s.version,
};
