import type { MutationResolvers } from './../types.generated.js';
import { detachPulledJurisdiction } from '../../../services/pull-operator';
import { jurisdictionOf } from '../../jurisdiction';

export const pullDetach: NonNullable<MutationResolvers['pullDetach']> = async (_parent, { input }, ctx) => {
  const outcome = await detachPulledJurisdiction(ctx.services, input.jurisdiction, input.note ?? null);
  return outcome.ok
    ? { jurisdiction: jurisdictionOf(outcome.value.jurisdiction), detachedFrom: outcome.value.detachedFrom, userErrors: [] }
    : { jurisdiction: null, detachedFrom: null, userErrors: [...outcome.errors] };
};
