import type { MutationResolvers } from './../types.generated.js';
import { INDICATOR } from '../../../domain/indicator/entities';
import { updateIndicator } from '../../../services/indicators';
import { refOf } from '../../global-id';
import { indicatorFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const indicatorUpdate: NonNullable<MutationResolvers['indicatorUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, INDICATOR);
  if (!ref) return badId('indicator');
  return payload('indicator', await updateIndicator(ctx.services, ref, input.expectedVersion, indicatorFields(input)));
};
