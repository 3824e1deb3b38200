import type { MutationResolvers } from './../types.generated.js';
import { TASK_REPORT } from '../../../domain/plan/entities';
import { reviewReport } from '../../../services/reports';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskReportApprove: NonNullable<MutationResolvers['taskReportApprove']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK_REPORT);
  if (!ref) return badId('taskReport');
  return payload('taskReport', await reviewReport(ctx.services, ref, 'APPROVE', input.expectedVersion, input.note ?? null));
};
