import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { updatePlan } from '../../../services/plans';
import { refOf } from '../../global-id';
import { planFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const planUpdate: NonNullable<MutationResolvers['planUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, PLAN);
  if (!ref) return badId('plan');
  return payload('plan', await updatePlan(ctx.services, ref, input.expectedVersion, planFields(input)));
};
