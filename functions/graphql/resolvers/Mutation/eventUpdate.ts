import type { MutationResolvers } from './../types.generated.js';
import { EVENT } from '../../../domain/ecosystem/model';
import { eventDef } from '../../../services/ecosystem/events';
import { updateEntity } from '../../../services/ecosystem/registry';
import { eventFields } from '../../ecosystem-inputs';
import { onRef } from '../../ecosystem';

export const eventUpdate: NonNullable<MutationResolvers['eventUpdate']> = (_parent, { input }, ctx) =>
  onRef('event', input.id, EVENT, (ref) => updateEntity(ctx.services, eventDef, ref, input.expectedVersion, eventFields(input)));
