import type { QueryResolvers } from './../types.generated.js';
import { userAccountsOf } from '../../../services/accounts';

export const userAccounts: NonNullable<QueryResolvers['userAccounts']> = (_parent, { jurisdiction }, ctx) => userAccountsOf(ctx.services, jurisdiction);
