/**
 * Accounts of the people who sign in (issue 19.2): the department's admins create, disable
 * and enable them for their own province, with the AWS console never needed. Each change is
 * also a `UserAccount` record, so it has an audit entry like any other change; the record
 * holds the role, agency and state, never the e-mail address (it is named by a hash of it),
 * and is not exchanged: national networks never learn who works where.
 */
import { createHash } from 'node:crypto';
import { AccountExists, type AccountRole, type UserAccount } from '../data';
import { checkText } from '../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { AGENCY, isLinkableAgency, type AgencyData } from '../domain/plan/entities';
import { cleanText } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { loadRecord } from './records';
import { commit } from './write';

const USER_ACCOUNT = 'UserAccount';

/** What the audit trail keeps of an account: no e-mail, no name. */
interface UserAccountData {
  readonly role: AccountRole;
  readonly agencyId: string | null;
  readonly enabled: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const accountId = (email: string): string => createHash('sha256').update(email).digest('hex').slice(0, 24);
const normalEmail = (email: string): string => cleanText(email).trim().toLowerCase();

const noDirectory = (): Outcome<never> =>
  failure(userError('INVALID', 'This deployment has no user directory (USER_POOL_ID or LOCAL_USERS_FILE): accounts are managed elsewhere'));

export const createUserAccount = async (
  ctx: ServiceContext,
  input: { jurisdiction: string; email: string; displayName?: string | null; role: AccountRole; agency?: string | null },
): Promise<Outcome<UserAccount>> => {
  const jur = input.jurisdiction;
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  if (!ctx.users) return noDirectory();
  const email = normalEmail(input.email);
  const displayName = input.displayName ? cleanText(input.displayName).trim() : null;
  const errors: UserError[] = [
    ...(EMAIL.test(email) && email.length <= 254 ? [] : [userError('INVALID', 'An e-mail address looks like name@example.vn', ['input', 'email'])]),
    ...checkText(displayName, ['input', 'displayName'], { max: 100 }),
  ];
  let agencyId: string | null = null;
  if (input.role === 'AGENCY') {
    const agency = input.agency ? await loadRecord<AgencyData>(ctx, AGENCY, jur, input.agency) : null;
    if (!input.agency) errors.push(userError('INVALID', 'An agency clerk needs the agency they report for', ['input', 'agency']));
    else if (!agency || !isLinkableAgency(agency)) errors.push(userError('NOT_FOUND', `No agency of jurisdiction ${jur} has this ID`, ['input', 'agency']));
    else agencyId = agency.id;
  } else if (input.agency) {
    errors.push(userError('INVALID', 'A province admin acts for the whole department: leave out the agency', ['input', 'agency']));
  }
  if (errors.length) return failure(...errors);
  if (await ctx.users.get(email)) return failure(userError('DUPLICATE', `An account for ${email} already exists`, ['input', 'email']));

  let account: UserAccount;
  try {
    account = await ctx.users.create({ email, displayName, role: input.role, jurisdiction: jur, agencyId });
  } catch (error) {
    if (error instanceof AccountExists) return failure(userError('DUPLICATE', `An account for ${email} already exists`, ['input', 'email']));
    throw error;
  }
  const id = accountId(email);
  const before = await loadRecord<UserAccountData>(ctx, USER_ACCOUNT, jur, id);
  const audited = await commit<UserAccountData>(ctx, {
    ref: { type: USER_ACCOUNT, jur, id },
    expectedVersion: before?.version ?? 0,
    data: { role: input.role, agencyId, enabled: true },
    op: before ? 'UPDATE' : 'CREATE',
  });
  return audited.ok ? success(account) : audited;
};

export const setUserAccountEnabled = async (
  ctx: ServiceContext,
  input: { jurisdiction: string; email: string; note?: string | null },
  enabled: boolean,
): Promise<Outcome<UserAccount>> => {
  const jur = input.jurisdiction;
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  if (!ctx.users) return noDirectory();
  const email = normalEmail(input.email);
  const noteErrors = checkText(input.note, ['input', 'note'], { max: 500 });
  if (noteErrors.length) return failure(...noteErrors);
  const found = await ctx.users.get(email);
  // Another province's account is answered as missing: its existence is not this admin's to learn.
  if (!found || found.jurisdiction !== jur) return failure(userError('NOT_FOUND', `No account of jurisdiction ${jur} for ${email}`, ['input', 'email']));
  if (found.enabled === enabled) return success(found);
  const changed = await ctx.users.setEnabled(email, enabled);
  if (!changed) return failure(userError('NOT_FOUND', `No account of jurisdiction ${jur} for ${email}`, ['input', 'email']));
  const id = accountId(email);
  const before = await loadRecord<UserAccountData>(ctx, USER_ACCOUNT, jur, id);
  const audited = await commit<UserAccountData>(ctx, {
    ref: { type: USER_ACCOUNT, jur, id },
    expectedVersion: before?.version ?? 0,
    data: { role: changed.role, agencyId: changed.agencyId, enabled },
    op: enabled ? 'ENABLE' : 'DISABLE',
    ...(input.note ? { note: cleanText(input.note).trim() } : {}),
  });
  return audited.ok ? success(changed) : audited;
};

/** The province's accounts for its admins; null for anyone else. */
export const userAccountsOf = async (ctx: ServiceContext, jur: string): Promise<UserAccount[] | null> => {
  if (requireAdmin(ctx, jur).length || !ctx.users) return null;
  return ctx.users.list(jur);
};
