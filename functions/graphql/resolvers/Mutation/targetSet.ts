import type { MutationResolvers } from './../types.generated.js';
import { INDICATOR } from '../../../domain/indicator/entities';
import { setTarget } from '../../../services/indicators';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const targetSet: NonNullable<MutationResolvers['targetSet']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, INDICATOR);
  if (!ref) return badId('indicator');
  return payload('indicator', await setTarget(ctx.services, ref, input.expectedVersion, input));
};
