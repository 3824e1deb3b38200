import type { MutationResolvers } from './../types.generated.js';
import { INDICATOR } from '../../../domain/indicator/entities';
import { AGENCY } from '../../../domain/plan/entities';
import { createObservation } from '../../../services/observations';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const observationCreate: NonNullable<MutationResolvers['observationCreate']> = async (_parent, { input }, ctx) => {
  const indicator = refOf(input.indicator, INDICATOR);
  if (!indicator) return badId('observation', ['input', 'indicator']);
  const source = input.sourceAgency ? refOf(input.sourceAgency, AGENCY) : null;
  if (input.sourceAgency && !source) return badId('observation', ['input', 'sourceAgency']);
  return payload('observation', await createObservation(ctx.services, indicator, input.period, source, input, input.idempotencyKey ?? null));
};
