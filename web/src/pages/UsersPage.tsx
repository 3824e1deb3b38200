import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import type { AccountRole } from '../gql/graphql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { downloadCsv } from '../components/download';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { tokenClaims, useSession } from '../session';
import { useConfig } from '../components/useConfig';

const AccountsQuery = graphql(`
  query ConsoleUserAccounts($jurisdiction: String!) {
    userAccounts(jurisdiction: $jurisdiction) { email displayName role jurisdiction enabled status createdAt agency { id name } }
    agencies(first: 100, filter: { jurisdiction: $jurisdiction }) { nodes { id name } }
  }
`);
const Create = graphql(`
  mutation ConsoleUserAccountCreate($input: UserAccountCreateInput!) {
    userAccountCreate(input: $input) { userAccount { email enabled status } userErrors { field message code } }
  }
`);
const Disable = graphql(`
  mutation ConsoleUserAccountDisable($input: UserAccountStateInput!) {
    userAccountDisable(input: $input) { userAccount { email enabled } userErrors { field message code } }
  }
`);
const Enable = graphql(`
  mutation ConsoleUserAccountEnable($input: UserAccountStateInput!) {
    userAccountEnable(input: $input) { userAccount { email enabled } userErrors { field message code } }
  }
`);

const ROLES: readonly AccountRole[] = ['AGENCY', 'PROVINCE_ADMIN'];

/** The e-mail the token was issued to (its subject), so an administrator cannot lock themself out by mistake. */
const subjectOf = (token: string): string | null => {
  try {
    const claims = tokenClaims(token);
    return typeof claims.email === 'string' ? claims.email : typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
};

/**
 * The department's people (issue 19.2): give an agency clerk or another administrator access
 * without the AWS console, and take it away. Deployed, Cognito e-mails the invitation; locally
 * the account appears on the sign-in page.
 */
const UsersPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const config = useConfig();
  const jurisdiction = session?.jurisdictions[0] ?? '';
  const admin = session?.role === 'PROVINCE_ADMIN';
  const { data, loading, error, refetch } = useQuery(AccountsQuery, { variables: { jurisdiction }, skip: !jurisdiction || !admin });
  const [create] = useMutation(Create);
  const [disable] = useMutation(Disable);
  const [enable] = useMutation(Enable);
  const [form, setForm] = useState({ email: '', displayName: '', role: 'AGENCY' as AccountRole, agency: '' });
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, readonly UserErrorLike[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [changing, setChanging] = useState<{ email: string; note: string } | null>(null);

  if (!session || !admin) return <section><h1>{t('usersTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    if (form.role === 'AGENCY' && !form.agency) return setErrors([{ field: ['input', 'agency'], message: t('userAgencyNeeded'), code: 'INVALID' }]);
    const input = {
      jurisdiction,
      email: form.email.trim(),
      role: form.role,
      ...(form.displayName.trim() ? { displayName: form.displayName.trim() } : {}),
      ...(form.role === 'AGENCY' ? { agency: form.agency } : {}),
    };
    const r = (await create({ variables: { input } })).data?.userAccountCreate;
    setErrors(r?.userErrors ?? []);
    if (!r?.userAccount) return;
    setMessage(t(config.auth === 'local' ? 'userCreatedLocal' : 'userCreatedInvited', { email: r.userAccount.email }));
    setForm({ email: '', displayName: '', role: form.role, agency: form.agency });
    await refetch();
  };

  const onChange = async (email: string, enabled: boolean, note: string) => {
    const input = { jurisdiction, email, ...(note.trim() ? { note: note.trim() } : {}) };
    const r = enabled ? (await disable({ variables: { input } })).data?.userAccountDisable : (await enable({ variables: { input } })).data?.userAccountEnable;
    setRowErrors((all) => ({ ...all, [email]: r?.userErrors ?? [] }));
    if (!r?.userAccount) return;
    setChanging(null);
    setMessage(t(r.userAccount.enabled ? 'userEnabledNow' : 'userDisabledNow', { email }));
    await refetch();
  };

  const accounts = data?.userAccounts ?? [];
  const exportCsv = () =>
    downloadCsv(`tai-khoan-${jurisdiction}.csv`, [
      [t('userEmail'), t('userName'), t('userRole'), t('userAgency'), t('status'), t('userCreated')],
      ...accounts.map((a) => [a.email, a.displayName ?? '', t(enumKey('role', a.role)), a.agency?.name ?? '', a.enabled ? t('userActive') : t('userDisabled'), formatDateTime(a.createdAt)]),
    ]);

  return (
    <section>
      <h1>{t('usersTitle')}</h1>
      <p className="lead">{t(config.auth === 'local' ? 'usersIntroLocal' : 'usersIntro')}</p>
      <ErrorNote error={error} />
      {message && <p className="notice" role="status">{message}</p>}
      <form className="report-form" onSubmit={(e) => void onCreate(e)} aria-labelledby="user-new">
        <h2 id="user-new">{t('userNew')}</h2>
        <label>{t('userEmail')}<input name="email" type="email" required autoComplete="off" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} /></label>
        <FieldErrors errors={errors} field="email" />
        <label>{t('userName')}<input name="displayName" maxLength={100} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} /></label>
        <FieldErrors errors={errors} field="displayName" />
        <label htmlFor="user-role">{t('userRole')}</label>
          <select id="user-role" name="role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as AccountRole })}>
            {ROLES.map((r) => <option key={r} value={r}>{t(enumKey('role', r))}</option>)}
          </select>
        {form.role === 'AGENCY' && (
          <>
            <label htmlFor="user-agency">{t('userAgency')}</label>
            <select id="user-agency" name="agency" value={form.agency} onChange={(e) => setForm({ ...form, agency: e.target.value })}>
              <option value="">{t('chooseAgency')}</option>
              {(data?.agencies.nodes ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </>
        )}
        <FieldErrors errors={errors} field="agency" />
        <FieldErrors errors={errors.filter((e) => !['email', 'displayName', 'agency'].some((f) => e.field?.includes(f)))} />
        <div className="row-actions"><button type="submit">{t('userCreate')}</button></div>
      </form>
      {loading && !data && <Loading />}
      {data?.userAccounts && (
        <>
          <div className="row-actions block">
            <h2>{t('usersList', { count: String(accounts.length) })}</h2>
            {accounts.length > 0 && <button type="button" className="secondary" onClick={exportCsv}>{t('exportCsv')}</button>}
          </div>
          {accounts.length === 0 ? <p className="muted">{t('usersEmpty')}</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t('userEmail')}</th><th scope="col">{t('userName')}</th><th scope="col">{t('userRole')}</th><th scope="col">{t('userAgency')}</th><th scope="col">{t('status')}</th><th scope="col">{t('userCreated')}</th><th scope="col"><span className="sr-only">{t('userChange')}</span></th></tr></thead>
                <tbody>
                  {accounts.map((a) => (
                    <tr key={a.email} data-account={a.email}>
                      <th scope="row">{a.email}</th>
                      <td>{a.displayName ?? '—'}</td>
                      <td>{t(enumKey('role', a.role))}</td>
                      <td>{a.agency?.name ?? '—'}</td>
                      <td>
                        {a.enabled ? <span className="badge state-APPROVED">{t('userActive')}</span> : <span className="badge state-RETURNED">{t('userDisabled')}</span>}
                        {a.status === 'FORCE_CHANGE_PASSWORD' && <span className="muted"> · {t('userInvited')}</span>}
                      </td>
                      <td>{formatDateTime(a.createdAt)}</td>
                      <td>
                        {changing?.email === a.email ? (
                          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void onChange(a.email, a.enabled, changing.note); }}>
                            <label>{t('userNote')}<input name="note" value={changing.note} onChange={(e) => setChanging({ email: a.email, note: e.target.value })} autoFocus /></label>
                            <button type="submit">{t(a.enabled ? 'userDisableConfirm' : 'userEnableConfirm', { email: a.email })}</button>
                            <button type="button" className="secondary" onClick={() => setChanging(null)}>{t('cancel')}</button>
                          </form>
                        ) : (
                          <button type="button" className="secondary" disabled={a.enabled && a.email === subjectOf(session.token)} onClick={() => setChanging({ email: a.email, note: '' })}>
                            {t(a.enabled ? 'userDisable' : 'userEnable')}
                          </button>
                        )}
                        <FieldErrors errors={rowErrors[a.email] ?? []} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
};

export default UsersPage;
