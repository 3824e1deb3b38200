import type { MutationResolvers } from './../types.generated.js';
import { incubatorDef } from '../../../services/ecosystem/incubators';
import { createEntity } from '../../../services/ecosystem/registry';
import { payload } from '../../payload';

export const incubatorCreate: NonNullable<MutationResolvers['incubatorCreate']> = async (_parent, { input }, ctx) =>
  payload('incubator', await createEntity(ctx.services, incubatorDef, input.jurisdiction, input, { idempotencyKey: input.idempotencyKey }));
