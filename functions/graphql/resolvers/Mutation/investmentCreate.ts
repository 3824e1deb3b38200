import type { MutationResolvers } from './../types.generated.js';
import { INVESTOR, STARTUP } from '../../../domain/ecosystem/model';
import { investmentDef } from '../../../services/ecosystem/investors';
import { createEntity } from '../../../services/ecosystem/registry';
import { badId, payload } from '../../payload';
import { requiredRef } from '../../ecosystem';
import { refOf } from '../../global-id';

export const investmentCreate: NonNullable<MutationResolvers['investmentCreate']> = async (_parent, { input }, ctx) => {
  const startup = refOf(input.startup, STARTUP);
  if (!startup) return badId('investment', ['input', 'startup']);
  const investor = requiredRef(input.investor, INVESTOR);
  return payload(
    'investment',
    await createEntity(
      ctx.services,
      investmentDef,
      startup.jur,
      { startupId: startup.id, investorId: investor.id, investorJur: investor.jur, round: input.round, amount: input.amount, date: input.date },
      { idempotencyKey: input.idempotencyKey },
    ),
  );
};
