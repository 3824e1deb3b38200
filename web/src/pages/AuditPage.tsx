import { useQuery } from '@apollo/client';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, Loading } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session';

const AuditQuery = graphql(`
  query ConsoleAuditTrail($filter: AuditFilter!, $after: String) {
    auditTrail(filter: $filter, first: 50, after: $after) {
      nodes { entityId entityType version operation actor at note changes { field before after } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A JSON value from the trail, short enough for a table cell. */
const short = (json: string | null | undefined): string => {
  if (json === null || json === undefined) return '—';
  const text = json.length > 160 ? `${json.slice(0, 157)}…` : json;
  return text.replace(/^"|"$/g, '');
};

/** The province's audit trail: every change, or one record's (?entity=<global id>) or one person's (?actor=<sub>), newest pages on demand; each change with its fields before and after. */
const AuditPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const actor = params.get('actor') ?? '';
  const [draft, setDraft] = useState({ entity, actor });
  useEffect(() => setDraft({ entity, actor }), [entity, actor]);
  const jurisdiction = session?.jurisdictions[0] ?? '';
  const filter = { jurisdiction, ...(entity ? { entity } : actor ? { actor } : {}) };
  const { data, loading, error, fetchMore } = useQuery(AuditQuery, { variables: { filter, after: null }, skip: !jurisdiction || session?.role !== 'PROVINCE_ADMIN' });

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('auditTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.entity.trim()) next.set('entity', draft.entity.trim());
    else if (draft.actor.trim()) next.set('actor', draft.actor.trim());
    setParams(next);
  };
  const entries = data?.auditTrail.nodes ?? [];
  return (
    <section>
      <h1>{t('auditTitle')}</h1>
      <p className="lead">{t('auditIntro')}</p>
      <form className="search" onSubmit={onSubmit}>
        <label>{t('auditEntity')}<input value={draft.entity} onChange={(e) => setDraft({ entity: e.target.value, actor: '' })} /></label>
        <label>{t('auditActor')}<input value={draft.actor} onChange={(e) => setDraft({ entity: '', actor: e.target.value })} /></label>
        <button type="submit">{t('search')}</button>
      </form>
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {data && entries.length === 0 && <p className="muted">{t('auditEmpty')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table className="audit">
            <thead><tr><th scope="col">{t('auditAt')}</th><th scope="col">{t('auditWhat')}</th><th scope="col">{t('auditOperation')}</th><th scope="col">{t('auditActor')}</th><th scope="col">{t('auditChanges')}</th></tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.entityId}.${e.version}`} data-operation={e.operation}>
                  <td>{formatDateTime(e.at)}</td>
                  <th scope="row"><Link to={`/audit?entity=${encodeURIComponent(e.entityId)}`}>{e.entityType}</Link> · v{e.version}</th>
                  <td>{e.operation}{e.note && <p className="muted">{e.note}</p>}</td>
                  <td><Link to={`/audit?actor=${encodeURIComponent(e.actor)}`}>{e.actor}</Link></td>
                  <td>
                    <ul className="changes">
                      {e.changes.map((c) => <li key={c.field}><strong>{c.field}</strong>: <del>{short(c.before)}</del> → <ins>{short(c.after)}</ins></li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.auditTrail.pageInfo.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void fetchMore({
          variables: { after: data.auditTrail.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({ auditTrail: { ...fetchMoreResult.auditTrail, nodes: [...prev.auditTrail.nodes, ...fetchMoreResult.auditTrail.nodes] } }),
        })}>{t('loadMore')}</button>
      )}
    </section>
  );
};

export default AuditPage;
