import type { MutationResolvers } from './../types.generated.js';
import { deriveIndicator } from '../../../services/ecosystem/derived';
import { onRef } from '../../ecosystem';

export const indicatorDerive: NonNullable<MutationResolvers['indicatorDerive']> = (_parent, { input }, ctx) =>
  onRef('indicator', input.id, 'Indicator', (ref) => deriveIndicator(ctx.services, ref, input.expectedVersion, input.derivedFrom ?? null, input.note ?? null, input.sourceOfTruth ?? null));
