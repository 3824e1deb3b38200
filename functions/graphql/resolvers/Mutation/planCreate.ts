import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { idempotent } from '../../../services/idempotency';
import { createPlan } from '../../../services/plans';
import { planFields } from '../../inputs';
import { payload } from '../../payload';

export const planCreate: NonNullable<MutationResolvers['planCreate']> = async (_parent, { input }, ctx) =>
  payload(
    'plan',
    await idempotent(ctx.services, input.jurisdiction, PLAN, input.idempotencyKey, input, (id) =>
      createPlan(ctx.services, input.jurisdiction, planFields(input), { id }),
    ),
  );
