import type { MutationResolvers } from './../types.generated.js';
import { INCUBATOR } from '../../../domain/ecosystem/model';
import { incubatorDef } from '../../../services/ecosystem/incubators';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const incubatorDelete: NonNullable<MutationResolvers['incubatorDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, INCUBATOR, (ref) => deleteEntity(ctx.services, incubatorDef, ref, input.expectedVersion, input.note ?? null));
