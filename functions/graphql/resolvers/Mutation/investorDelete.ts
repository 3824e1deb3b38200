import type { MutationResolvers } from './../types.generated.js';
import { INVESTOR } from '../../../domain/ecosystem/model';
import { investorDef } from '../../../services/ecosystem/investors';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const investorDelete: NonNullable<MutationResolvers['investorDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, INVESTOR, (ref) => deleteEntity(ctx.services, investorDef, ref, input.expectedVersion, input.note ?? null));
