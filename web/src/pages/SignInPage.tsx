import { useQuery } from '@apollo/client';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote } from '../components/Feedback';
import { useConfig } from '../components/useConfig';
import { enumKey, useI18n } from '../i18n/i18n';
import { useSession } from '../session';

interface SignInOptions {
  readonly roles: readonly string[];
  readonly jurisdictions: readonly string[];
  readonly accounts: readonly { email: string; displayName: string | null; role: string; jurisdiction: string }[];
}

const AgenciesQuery = graphql(`
  query ConsoleSignInAgencies($jurisdiction: String!) {
    jurisdictions { code name }
    agencies(first: 100, filter: { jurisdiction: $jurisdiction }) { nodes { id name shortName } }
  }
`);

const home = (role: string) => (role === 'AGENCY' ? '/todo' : role === 'PROVINCE_ADMIN' ? '/review' : role === 'NATIONAL' ? '/national' : '/');

/**
 * "Sign in as" on a laptop: the server lists roles, its provinces and the department's local
 * accounts, and signs a token with the data folder's key. It exists only while `npm start`
 * listens on loopback; a deployed console signs in with Cognito instead.
 */
const SignInPage = () => {
  const { t } = useI18n();
  const config = useConfig();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [options, setOptions] = useState<SignInOptions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [jurisdiction, setJurisdiction] = useState('');
  const [agency, setAgency] = useState('');
  const { data, error } = useQuery(AgenciesQuery, { variables: { jurisdiction }, skip: !jurisdiction });

  useEffect(() => {
    if (config.auth !== 'local') return;
    fetch('/local/sign-in', { headers: { accept: 'application/json' } })
      .then(async (r) => (r.ok ? ((await r.json()) as SignInOptions) : Promise.reject(new Error(String(r.status)))))
      .then((o) => {
        setOptions(o);
        setJurisdiction(o.jurisdictions[0] ?? '');
      })
      .catch(() => setFailure(t('signInUnavailable')));
  }, [config.auth, t]);

  const names = new Map((data?.jurisdictions ?? []).map((j) => [j.code, j.name]));
  const agencies = data?.agencies.nodes ?? [];

  const request = async (body: object, label: string) => {
    setFailure(null);
    const response = await fetch('/local/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const result = (await response.json()) as { token?: string; role?: string; jurisdictions?: string[]; agency?: string | null; error?: string };
    if (!response.ok || !result.token || !result.role) return setFailure(result.error ?? String(response.status));
    signIn({ token: result.token, role: result.role, jurisdictions: result.jurisdictions ?? [], ...(result.agency ? { agency: result.agency } : {}), label });
    navigate(home(result.role));
  };

  if (config.auth !== 'local') return <section><h1>{t('signIn')}</h1><p>{t('signInUnavailable')}</p></section>;
  return (
    <section className="sign-in">
      <h1>{t('signInTitle')}</h1>
      <p className="lead">{t('signInIntro')}</p>
      {failure && <p role="alert" className="error">{failure}</p>}
      <ErrorNote error={error} />
      {options && (
        <>
          <label>{t('province')}
            <select value={jurisdiction} onChange={(e) => { setJurisdiction(e.target.value); setAgency(''); }}>
              {options.jurisdictions.map((j) => <option key={j} value={j}>{names.get(j) ?? j}</option>)}
            </select>
          </label>
          <ul className="cards roles">
            <li className="card">
              <h2>{t('role_PROVINCE_ADMIN')}</h2>
              <button type="button" onClick={() => void request({ role: 'PROVINCE_ADMIN', jurisdictions: [jurisdiction] }, `${t('role_PROVINCE_ADMIN')} · ${names.get(jurisdiction) ?? jurisdiction}`)}>{t('signInAs')}</button>
            </li>
            <li className="card">
              <h2>{t('role_AGENCY')}</h2>
              <label>{t('agency')}
                <select value={agency} onChange={(e) => setAgency(e.target.value)}>
                  <option value="">—</option>
                  {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </select>
              </label>
              <button type="button" disabled={!agency} onClick={() => void request({ role: 'AGENCY', jurisdictions: [jurisdiction], agency }, agencies.find((a) => a.id === agency)?.name ?? t('role_AGENCY'))}>{t('signInAs')}</button>
            </li>
            <li className="card">
              <h2>{t('role_NATIONAL')}</h2>
              <button type="button" onClick={() => void request({ role: 'NATIONAL' }, t('role_NATIONAL'))}>{t('signInAs')}</button>
            </li>
          </ul>
          {options.accounts.length > 0 && (
            <ul className="accounts">
              {options.accounts.map((a) => (
                <li key={a.email}>
                  <button type="button" className="link" onClick={() => void request({ user: a.email }, a.displayName ?? a.email)}>
                    {a.displayName ?? a.email} · {t(enumKey('role', a.role))} · {names.get(a.jurisdiction) ?? a.jurisdiction}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
};

export default SignInPage;
