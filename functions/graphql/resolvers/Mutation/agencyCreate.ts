import type { MutationResolvers } from './../types.generated.js';
import { createAgency } from '../../../services/agencies';
import { payload } from '../../payload';

export const agencyCreate: NonNullable<MutationResolvers['agencyCreate']> = async (_parent, { input }, ctx) =>
  payload('agency', await createAgency(ctx.services, input.jurisdiction, input));
