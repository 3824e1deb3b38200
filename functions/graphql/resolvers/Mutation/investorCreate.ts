import type { MutationResolvers } from './../types.generated.js';
import { investorDef } from '../../../services/ecosystem/investors';
import { createEntity } from '../../../services/ecosystem/registry';
import { payload } from '../../payload';

export const investorCreate: NonNullable<MutationResolvers['investorCreate']> = async (_parent, { input }, ctx) =>
  payload('investor', await createEntity(ctx.services, investorDef, input.jurisdiction, input, { idempotencyKey: input.idempotencyKey }));
