import type { MutationResolvers } from './../types.generated.js';
import { INVESTMENT } from '../../../domain/ecosystem/model';
import { investmentDef } from '../../../services/ecosystem/investors';
import { updateEntity } from '../../../services/ecosystem/registry';
import { onRef } from '../../ecosystem';

export const investmentUpdate: NonNullable<MutationResolvers['investmentUpdate']> = (_parent, { input }, ctx) =>
  onRef('investment', input.id, INVESTMENT, (ref) =>
    updateEntity(ctx.services, investmentDef, ref, input.expectedVersion, { round: input.round, amount: input.amount, date: input.date }),
  );
