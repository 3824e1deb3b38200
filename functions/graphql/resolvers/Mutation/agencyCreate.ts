import type { MutationResolvers } from './../types.generated.js';
import { AGENCY } from '../../../domain/plan/entities';
import { createAgency } from '../../../services/agencies';
import { idempotent } from '../../../services/idempotency';
import { payload } from '../../payload';

export const agencyCreate: NonNullable<MutationResolvers['agencyCreate']> = async (_parent, { input }, ctx) =>
  payload(
    'agency',
    await idempotent(ctx.services, input.jurisdiction, AGENCY, input.idempotencyKey, input, (id) =>
      createAgency(ctx.services, input.jurisdiction, input, { id }),
    ),
  );
