import type { MutationResolvers } from './../types.generated.js';
import { COMPETITION } from '../../../domain/ecosystem/model';
import { competitionDef } from '../../../services/ecosystem/competitions';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const competitionDelete: NonNullable<MutationResolvers['competitionDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, COMPETITION, (ref) => deleteEntity(ctx.services, competitionDef, ref, input.expectedVersion, input.note ?? null));
