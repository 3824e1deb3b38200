import type { MutationResolvers } from './../types.generated.js';
import { TASK_REPORT } from '../../../domain/plan/entities';
import { updateReport } from '../../../services/reports';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskReportUpdate: NonNullable<MutationResolvers['taskReportUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK_REPORT);
  if (!ref) return badId('taskReport');
  return payload('taskReport', await updateReport(ctx.services, ref, input.expectedVersion, input));
};
