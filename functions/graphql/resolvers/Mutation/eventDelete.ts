import type { MutationResolvers } from './../types.generated.js';
import { EVENT } from '../../../domain/ecosystem/model';
import { eventDef } from '../../../services/ecosystem/events';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const eventDelete: NonNullable<MutationResolvers['eventDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, EVENT, (ref) => deleteEntity(ctx.services, eventDef, ref, input.expectedVersion, input.note ?? null));
