import type { MutationResolvers } from './../types.generated.js';
import { createUserAccount } from '../../../services/accounts';
import { refOf } from '../../global-id';
import { payload } from '../../payload';
import { AGENCY } from '../../../domain/plan/entities';

export const userAccountCreate: NonNullable<MutationResolvers['userAccountCreate']> = async (_parent, { input }, ctx) => {
  // An agency is given by its global ID; one that does not decode is passed on as unknown, so the service answers NOT_FOUND.
  const agency = input.agency ? (refOf(input.agency, AGENCY)?.id ?? `?${input.agency}`) : null;
  return payload('userAccount', await createUserAccount(ctx.services, { ...input, agency }));
};
