import type { MutationResolvers } from './../types.generated.js';
import { OBSERVATION } from '../../../domain/indicator/entities';
import { reviewObservation } from '../../../services/observations';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const observationReturn: NonNullable<MutationResolvers['observationReturn']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, OBSERVATION);
  if (!ref) return badId('observation');
  return payload('observation', await reviewObservation(ctx.services, ref, 'RETURN', input.expectedVersion, input.note ?? null));
};
