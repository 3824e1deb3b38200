import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { closePlan } from '../../../services/operations/editions';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const planClose: NonNullable<MutationResolvers['planClose']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, PLAN);
  if (!ref) return badId('plan');
  return payload('plan', await closePlan(ctx.services, ref, input.expectedVersion, input));
};
