import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { ErrorNote, Loading } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { readable } from './amendment';
import { DiffQuery, EditionsQuery } from './plan-edit-documents';

const ROLES = new Set(['LEAD', 'COORDINATING', 'ADVISORY']);

/**
 * The plan's editions (1 frozen at publication, then one per amendment) and what differs
 * between two of them, side by side; "current" compares the latest edition with the plan as it
 * is now, so changes made directly since then show too.
 */
export const EditionsPanel = ({ plan, latest }: { plan: string; latest: number }) => {
  const { t } = useI18n();
  const editions = useQuery(EditionsQuery, { variables: { plan }, fetchPolicy: 'cache-and-network' });
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState<number | 'current'>(latest > 1 ? latest : 'current');
  const diff = useQuery(DiffQuery, {
    variables: to === 'current' ? { plan, from: latest, current: true } : { plan, from, to },
    fetchPolicy: 'network-only',
    skip: latest < 1,
  });
  const list = editions.data?.planVersions.nodes ?? [];
  const roleName = (code: string) => (ROLES.has(code) ? t(enumKey('agencyRole', code)) : null);
  if (latest < 1) return <p className="muted">{t('editionsNone')}</p>;

  return (
    <section className="block" aria-labelledby="editions">
      <h2 id="editions">{t('editionsTitle')}</h2>
      <ErrorNote error={editions.error ?? diff.error} />
      {list.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('edition')}</th><th scope="col">{t('editionRecorded')}</th><th scope="col">{t('amendDecision')}</th><th scope="col">{t('amendNote')}</th><th scope="col" className="num">{t('tasks')}</th><th scope="col" className="num">{t('indicators')}</th></tr></thead>
            <tbody>
              {list.map((e) => (
                <tr key={e.id} data-edition={e.edition}>
                  <th scope="row">{e.edition}</th>
                  <td>{formatDateTime(e.recordedAt)}</td>
                  <td>{e.decision ?? '—'}</td>
                  <td>{e.note ?? (e.edition === 1 ? t('editionFirst') : '—')}</td>
                  <td className="num">{e.taskCount}</td>
                  <td className="num">{e.indicatorCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="inline-form block">
        <label htmlFor="diff-from">{t('diffFrom')}</label>
          <select id="diff-from" value={to === 'current' ? latest : from} disabled={to === 'current'} onChange={(e) => setFrom(Number(e.target.value))}>
            {Array.from({ length: latest }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{t('editionN', { n: String(n) })}</option>)}
          </select>
        <label htmlFor="diff-to">{t('diffTo')}</label>
          <select id="diff-to" value={String(to)} onChange={(e) => setTo(e.target.value === 'current' ? 'current' : Number(e.target.value))}>
            {Array.from({ length: latest }, (_, i) => i + 1).filter((n) => n > 1).map((n) => <option key={n} value={n}>{t('editionN', { n: String(n) })}</option>)}
            <option value="current">{t('diffCurrent')}</option>
          </select>
      </div>
      {diff.loading && !diff.data && <Loading />}
      {diff.data?.planDiff && (
        diff.data.planDiff.changes.length === 0 ? <p className="muted">{t('diffNone')}</p> : (
          <div className="table-wrap">
            <table className="diff">
              <caption>{diff.data.planDiff.current ? t('diffCaptionCurrent', { from: String(diff.data.planDiff.from) }) : t('diffCaption', { from: String(diff.data.planDiff.from), to: String(diff.data.planDiff.to) })}</caption>
              <thead><tr><th scope="col">{t('diffWhere')}</th><th scope="col">{t('diffKind')}</th><th scope="col">{t('diffBefore')}</th><th scope="col">{t('diffAfter')}</th></tr></thead>
              <tbody>
                {diff.data.planDiff.changes.map((c) => (
                  <tr key={c.path} data-path={c.path}>
                    <th scope="row"><code>{c.path}</code></th>
                    <td>{t(enumKey('change', c.kind))}</td>
                    <td className="before">{readable(c.before, roleName)}</td>
                    <td className="after">{readable(c.after, roleName)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
    </section>
  );
};
