import { userError, type UserError } from '../domain/common/user-error';
import { isAdminOf } from './caller';
import type { ServiceContext } from './context';

/** Role checks that run before any write; the data layer checks jurisdiction again. */
export const requireAdmin = (ctx: ServiceContext, jur: string): UserError[] => {
  if (ctx.caller.role === 'PUBLIC') return [userError('UNAUTHENTICATED', 'This change needs a token (Authorization: Bearer …)')];
  if (!isAdminOf(ctx.caller, jur)) {
    return [userError('FORBIDDEN', `Only a province admin of jurisdiction ${jur} may do this`)];
  }
  return [];
};

export const requireSignedIn = (ctx: ServiceContext): UserError[] =>
  ctx.caller.role === 'PUBLIC' ? [userError('UNAUTHENTICATED', 'This change needs a token (Authorization: Bearer …)')] : [];
