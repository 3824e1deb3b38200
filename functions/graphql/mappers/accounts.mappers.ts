/** Stored shapes behind the accounts module's GraphQL types. */
import type { UserAccount } from '../../data';

export type UserAccountMapper = UserAccount;
