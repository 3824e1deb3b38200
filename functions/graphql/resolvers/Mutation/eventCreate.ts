import type { MutationResolvers } from './../types.generated.js';
import { eventDef } from '../../../services/ecosystem/events';
import { createEntity } from '../../../services/ecosystem/registry';
import { eventFields } from '../../ecosystem-inputs';
import { payload } from '../../payload';

export const eventCreate: NonNullable<MutationResolvers['eventCreate']> = async (_parent, { input }, ctx) =>
  payload('event', await createEntity(ctx.services, eventDef, input.jurisdiction, eventFields(input), { idempotencyKey: input.idempotencyKey }));
