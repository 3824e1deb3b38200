import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { createIndicator } from '../../../services/indicators';
import { refOf } from '../../global-id';
import { indicatorFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const indicatorCreate: NonNullable<MutationResolvers['indicatorCreate']> = async (_parent, { input }, ctx) => {
  const plan = refOf(input.plan, PLAN);
  if (!plan) return badId('indicator', ['input', 'plan']);
  return payload('indicator', await createIndicator(ctx.services, plan, input.code, indicatorFields(input), { idempotencyKey: input.idempotencyKey ?? null }));
};
