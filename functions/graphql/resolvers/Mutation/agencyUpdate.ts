import type { MutationResolvers } from './../types.generated.js';
import { AGENCY } from '../../../domain/plan/entities';
import { updateAgency } from '../../../services/agencies';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const agencyUpdate: NonNullable<MutationResolvers['agencyUpdate']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, AGENCY);
  if (!ref) return badId('agency');
  const { id: _id, expectedVersion, ...fields } = input;
  return payload('agency', await updateAgency(ctx.services, ref, expectedVersion, fields));
};
