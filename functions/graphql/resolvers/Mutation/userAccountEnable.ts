import type { MutationResolvers } from './../types.generated.js';
import { setUserAccountEnabled } from '../../../services/accounts';
import { payload } from '../../payload';

export const userAccountEnable: NonNullable<MutationResolvers['userAccountEnable']> = async (_parent, { input }, ctx) =>
  payload('userAccount', await setUserAccountEnabled(ctx.services, input, true));
