import type { MutationResolvers } from './../types.generated.js';
import { INCUBATION } from '../../../domain/ecosystem/model';
import { incubationDef } from '../../../services/ecosystem/incubators';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const incubationDelete: NonNullable<MutationResolvers['incubationDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, INCUBATION, (ref) => deleteEntity(ctx.services, incubationDef, ref, input.expectedVersion, input.note ?? null));
