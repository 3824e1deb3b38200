import type { MutationResolvers } from './../types.generated.js';
import { startupDef } from '../../../services/ecosystem/startups';
import { createEntity } from '../../../services/ecosystem/registry';
import { payload } from '../../payload';

export const startupCreate: NonNullable<MutationResolvers['startupCreate']> = async (_parent, { input }, ctx) =>
  payload('startup', await createEntity(ctx.services, startupDef, input.jurisdiction, input, { idempotencyKey: input.idempotencyKey }));
