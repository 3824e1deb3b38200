import type { MutationResolvers } from './../types.generated.js';
import { INVESTMENT } from '../../../domain/ecosystem/model';
import { investmentDef } from '../../../services/ecosystem/investors';
import { deleteEntity } from '../../../services/ecosystem/registry';
import { deletePayload } from '../../ecosystem';

export const investmentDelete: NonNullable<MutationResolvers['investmentDelete']> = (_parent, { input }, ctx) =>
  deletePayload(input.id, INVESTMENT, (ref) => deleteEntity(ctx.services, investmentDef, ref, input.expectedVersion, input.note ?? null));
