import type { MutationResolvers } from './../types.generated.js';
import { INVESTOR } from '../../../domain/ecosystem/model';
import { investorDef } from '../../../services/ecosystem/investors';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const investorUpdate: NonNullable<MutationResolvers['investorUpdate']> = (_parent, { input }, ctx) =>
  onRef('investor', input.id, INVESTOR, (ref) => updateEntity(ctx.services, investorDef, ref, input.expectedVersion, input));
