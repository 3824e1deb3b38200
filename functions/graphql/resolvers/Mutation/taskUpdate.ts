import type { MutationResolvers } from './../types.generated.js';
import { TASK } from '../../../domain/plan/entities';
import { updateTask } from '../../../services/tasks';
import { refOf } from '../../global-id';
import { taskFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const taskUpdate: NonNullable<MutationResolvers['taskUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK);
  if (!ref) return badId('task');
  return payload('task', await updateTask(ctx.services, ref, input.expectedVersion, taskFields(input)));
};
