import type { MutationResolvers } from './../types.generated.js';
import { TASK } from '../../../domain/plan/entities';
import { deleteTask } from '../../../services/tasks';
import { recordId, refOf } from '../../global-id';
import { badId } from '../../payload';

export const taskDelete: NonNullable<MutationResolvers['taskDelete']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK);
  if (!ref) return badId('deletedTaskId');
  const outcome = await deleteTask(ctx.services, ref, input.expectedVersion, input.note ?? null);
  return outcome.ok
    ? { deletedTaskId: recordId(outcome.value), userErrors: [] }
    : { deletedTaskId: null, userErrors: [...outcome.errors] };
};
