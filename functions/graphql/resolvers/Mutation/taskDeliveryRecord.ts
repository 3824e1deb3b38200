import type { MutationResolvers } from './../types.generated.js';
import { TASK } from '../../../domain/plan/entities';
import { recordDelivery } from '../../../services/operations/deliveries';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const taskDeliveryRecord: NonNullable<MutationResolvers['taskDeliveryRecord']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.task, TASK);
  if (!ref) return badId('delivery', ['input', 'task']);
  return payload('delivery', await recordDelivery(ctx.services, ref, input));
};
