import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { publishAndFreeze } from '../../../services/operations/editions';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const planPublish: NonNullable<MutationResolvers['planPublish']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, PLAN);
  if (!ref) return badId('plan');
  return payload('plan', await publishAndFreeze(ctx.services, ref, input.expectedVersion, input.note ?? null));
};
