import type { MutationResolvers } from './../types.generated.js';
import { createPlan } from '../../../services/plans';
import { planFields } from '../../inputs';
import { payload } from '../../payload';

export const planCreate: NonNullable<MutationResolvers['planCreate']> = async (_parent, { input }, ctx) =>
  payload('plan', await createPlan(ctx.services, input.jurisdiction, planFields(input)));
