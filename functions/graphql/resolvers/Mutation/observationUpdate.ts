import type { MutationResolvers } from './../types.generated.js';
import { OBSERVATION } from '../../../domain/indicator/entities';
import { updateObservation } from '../../../services/observations';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const observationUpdate: NonNullable<MutationResolvers['observationUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, OBSERVATION);
  if (!ref) return badId('observation');
  return payload('observation', await updateObservation(ctx.services, ref, input.expectedVersion, input));
};
