import type { MutationResolvers } from './../types.generated.js';
import { AGENCY } from '../../../domain/plan/entities';
import { removeAgency } from '../../../services/agencies';
import { agencyLinks } from '../../../services/agency-links';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const agencyDelete: NonNullable<MutationResolvers['agencyDelete']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, AGENCY);
  if (!ref) return badId('agency');
  return payload(
    'agency',
    await removeAgency(ctx.services, ref, input.expectedVersion, input.note ?? null, (agency) => agencyLinks(ctx.services, agency)),
  );
};
