import type { MutationResolvers } from './../types.generated.js';
import { TASK_REPORT } from '../../../domain/plan/entities';
import { reviewReport } from '../../../services/reports';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskReportReturn: NonNullable<MutationResolvers['taskReportReturn']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK_REPORT);
  if (!ref) return badId('taskReport');
  return payload('taskReport', await reviewReport(ctx.services, ref, 'RETURN', input.expectedVersion, input.note ?? null));
};
