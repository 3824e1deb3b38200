import type { MutationResolvers } from './../types.generated.js';
import { TASK } from '../../../domain/plan/entities';
import { setTaskBudget } from '../../../services/operations/budget';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskBudgetSet: NonNullable<MutationResolvers['taskBudgetSet']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.task, TASK);
  if (!ref) return badId('budget', ['input', 'task']);
  return payload('budget', await setTaskBudget(ctx.services, ref, input.expectedVersion, input.lines));
};
