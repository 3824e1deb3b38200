import type { MutationResolvers } from './../types.generated.js';
import { TASK } from '../../../domain/plan/entities';
import { assignTaskAgencies } from '../../../services/tasks';
import { refOf } from '../../global-id';
import { taskFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const taskAssignAgencies: NonNullable<MutationResolvers['taskAssignAgencies']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, TASK);
  if (!ref) return badId('task');
  const agencies = taskFields({ id: input.id, expectedVersion: input.expectedVersion, agencies: input.agencies }).agencies ?? [];
  return payload('task', await assignTaskAgencies(ctx.services, ref, input.expectedVersion, agencies, input.note ?? null));
};
