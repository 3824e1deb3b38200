import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatDateTime, formatNumber, parseNumber } from '../i18n/format';
import { useSession } from '../session';

const KeysQuery = graphql(`
  query ConsoleApiKeys($jurisdiction: String!) {
    apiKeys(jurisdiction: $jurisdiction) { id name quotaPerMinute createdAt revokedAt }
  }
`);
const Create = graphql(`
  mutation ConsoleApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) { apiKey { id name quotaPerMinute createdAt revokedAt } secret userErrors { field message code } }
  }
`);
const Revoke = graphql(`
  mutation ConsoleApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { field message code } }
  }
`);

/** Partner API keys of the department's province: issue one (its secret shown once), see quotas, revoke at once after a confirmation. */
const KeysPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const jurisdiction = session?.jurisdictions[0] ?? '';
  const { data, loading, error, refetch } = useQuery(KeysQuery, { variables: { jurisdiction }, skip: !jurisdiction || session?.role !== 'PROVINCE_ADMIN' });
  const [create] = useMutation(Create);
  const [revoke] = useMutation(Revoke);
  const [name, setName] = useState('');
  const [quota, setQuota] = useState('600');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('keysTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    const perMinute = quota.trim() === '' ? null : parseNumber(quota);
    if (quota.trim() !== '' && (perMinute === null || !Number.isInteger(perMinute))) return setErrors([{ field: ['input', 'quotaPerMinute'], message: t('notANumber'), code: 'INVALID' }]);
    const r = (await create({ variables: { input: { jurisdiction, name, quotaPerMinute: perMinute } } })).data?.apiKeyCreate;
    setErrors(r?.userErrors ?? []);
    if (!r?.apiKey || !r.secret) return;
    setSecret({ name: r.apiKey.name, value: r.secret });
    setName('');
    await refetch();
  };
  const onRevoke = async (id: string) => {
    const r = (await revoke({ variables: { input: { id } } })).data?.apiKeyRevoke;
    setErrors(r?.userErrors ?? []);
    setConfirming(null);
    await refetch();
  };

  return (
    <section>
      <h1>{t('keysTitle')}</h1>
      <p className="lead">{t('keysIntro')}</p>
      <ErrorNote error={error} />
      {secret && (
        <div className="notice" role="status">
          <p>{t('keySecretOnce', { name: secret.name })}</p>
          <p><code className="secret" data-secret>{secret.value}</code> <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(secret.value)}>{t('copy')}</button></p>
        </div>
      )}
      <form className="report-form" onSubmit={(e) => void onCreate(e)}>
        <h2>{t('keyNew')}</h2>
        <label>{t('keyName')}<input name="name" required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <FieldErrors errors={errors} field="name" />
        <label>{t('keyQuota')}<input name="quotaPerMinute" inputMode="numeric" value={quota} onChange={(e) => setQuota(e.target.value)} /></label>
        <FieldErrors errors={errors} field="quotaPerMinute" />
        <FieldErrors errors={errors.filter((e) => !e.field?.includes('name') && !e.field?.includes('quotaPerMinute'))} />
        <div className="row-actions"><button type="submit">{t('keyCreate')}</button></div>
      </form>
      {loading && !data && <Loading />}
      {data?.apiKeys && (
        <div className="table-wrap block">
          <table>
            <thead><tr><th scope="col">{t('keyName')}</th><th scope="col" className="num">{t('keyQuota')}</th><th scope="col">{t('keyCreated')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="sr-only">{t('keyRevoke')}</span></th></tr></thead>
            <tbody>
              {data.apiKeys.map((k) => (
                <tr key={k.id} data-key={k.name}>
                  <th scope="row">{k.name}</th>
                  <td className="num">{formatNumber(k.quotaPerMinute)}</td>
                  <td>{formatDateTime(k.createdAt)}</td>
                  <td>{k.revokedAt ? <span className="badge state-RETURNED">{t('keyRevokedAt', { at: formatDateTime(k.revokedAt) })}</span> : <span className="badge state-APPROVED">{t('keyActive')}</span>}</td>
                  <td>
                    {!k.revokedAt && (confirming === k.id ? (
                      <span className="row-actions">
                        <button type="button" onClick={() => void onRevoke(k.id)}>{t('keyRevokeConfirm', { name: k.name })}</button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>{t('cancel')}</button>
                      </span>
                    ) : <button type="button" className="secondary" onClick={() => setConfirming(k.id)}>{t('keyRevoke')}</button>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};

export default KeysPage;
