import type { MutationResolvers } from './../types.generated.js';
import { supportGrantDef } from '../../../services/ecosystem/events';
import { createEntity } from '../../../services/ecosystem/registry';
import { grantFields } from '../../ecosystem-inputs';
import { payload } from '../../payload';

export const supportGrantCreate: NonNullable<MutationResolvers['supportGrantCreate']> = async (_parent, { input }, ctx) =>
  payload('supportGrant', await createEntity(ctx.services, supportGrantDef, input.jurisdiction, grantFields(input), { idempotencyKey: input.idempotencyKey }));
