import type { MutationResolvers } from './../types.generated.js';
import { STARTUP } from '../../../domain/ecosystem/model';
import { startupDef } from '../../../services/ecosystem/startups';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const startupDelete: NonNullable<MutationResolvers['startupDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, STARTUP, (ref) => deleteEntity(ctx.services, startupDef, ref, input.expectedVersion, input.note ?? null));
