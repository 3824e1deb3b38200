import type { MutationResolvers } from './../types.generated.js';
import { setUserAccountEnabled } from '../../../services/accounts';
import { payload } from '../../payload';

export const userAccountDisable: NonNullable<MutationResolvers['userAccountDisable']> = async (_parent, { input }, ctx) =>
  payload('userAccount', await setUserAccountEnabled(ctx.services, input, false));
