import type { MutationResolvers } from './../types.generated.js';
import { AGENCY, TASK, TASK_REPORT } from '../../../domain/plan/entities';
import { idempotent } from '../../../services/idempotency';
import { createReport } from '../../../services/reports';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskReportCreate: NonNullable<MutationResolvers['taskReportCreate']> = async (_parent, { input }, ctx) => {
  const task = refOf(input.task, TASK);
  if (!task) return badId('taskReport', ['input', 'task']);
  const agency = input.agency ? refOf(input.agency, AGENCY) : null;
  if (input.agency && !agency) return badId('taskReport', ['input', 'agency']);
  return payload(
    'taskReport',
    await idempotent(ctx.services, task.jur, TASK_REPORT, input.idempotencyKey, input, (id) =>
      createReport(ctx.services, task, agency, input, { id }),
    ),
  );
};
