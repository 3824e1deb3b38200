import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, Loading } from '../components/Feedback';
import { downloadCsv } from '../components/download';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate, formatNumber } from '../i18n/format';
import { statusSegments } from './status-bars';

const SummaryQuery = graphql(`
  query ConsoleNationalSummary {
    nationalSummary {
      asOf
      jurisdictions {
        jurisdiction { code name }
        pulledFrom
        startups
        eligibleStartups
        incubators
        mentors
        investments
        investmentAmount { amount }
        supportGrants
        supportGrantAmount { amount }
        plans { plan { id number title } statusCounts { status count } }
      }
    }
  }
`);

const COLUMNS = ['startups', 'eligibleStartups', 'incubators', 'mentors', 'investments', 'investmentAmount', 'supportGrants', 'supportGrantAmount'] as const;
const BAR = 480;

/** Provinces side by side (nationalSummary): registry counts as a table, each plan's indicators by status as stacked bars with the counts written out. Published data only, so it needs no sign-in. */
const NationalPage = () => {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(SummaryQuery);
  const summary = data?.nationalSummary;
  const value = (j: NonNullable<typeof summary>['jurisdictions'][number], k: (typeof COLUMNS)[number]): number =>
    k === 'investmentAmount' || k === 'supportGrantAmount' ? Number(j[k].amount) : j[k];
  const exportRows = () => summary && downloadCsv(`national-${summary.asOf}.csv`, [
    [t('province'), t('source'), ...COLUMNS.map((k) => t(k))],
    ...summary.jurisdictions.map((j) => [j.jurisdiction.name, j.pulledFrom ?? t('sourceHere'), ...COLUMNS.map((k) => value(j, k))]),
  ]);

  return (
    <section>
      <h1>{t('nationalTitle')}</h1>
      {summary && <p className="lead">{t('nationalIntro', { date: formatDate(summary.asOf) })}</p>}
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {summary && (
        <>
          <section className="block">
            <button type="button" className="secondary" onClick={exportRows}>{t('exportCsv')}</button>
            <div className="table-wrap">
              <table className="national">
                <thead><tr><th scope="col">{t('province')}</th><th scope="col">{t('source')}</th>{COLUMNS.map((k) => <th scope="col" key={k} className="num">{t(k)}</th>)}</tr></thead>
                <tbody>
                  {summary.jurisdictions.map((j) => (
                    <tr key={j.jurisdiction.code} data-jurisdiction={j.jurisdiction.code}>
                      <th scope="row">{j.jurisdiction.name}</th>
                      <td>{j.pulledFrom ?? t('sourceHere')}</td>
                      {COLUMNS.map((k) => <td key={k} className="num">{formatNumber(value(j, k))}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="block">
            <h2>{t('indicatorStatuses')}</h2>
            {summary.jurisdictions.flatMap((j) => j.plans.map((p) => {
              const segments = statusSegments(p.statusCounts, BAR);
              const total = p.statusCounts.reduce((s, c) => s + c.count, 0);
              return (
                <figure key={p.plan.id} className="status-bar" data-plan={p.plan.number}>
                  <figcaption><strong>{j.jurisdiction.name}</strong> · <Link to={`/plans/${encodeURIComponent(p.plan.id)}`}>{p.plan.number}</Link> · {formatNumber(total)} {t('indicators').toLowerCase()}</figcaption>
                  <svg width={BAR} height={22} viewBox={`0 0 ${BAR} 22`} role="img" aria-label={`${t('chartIndicatorStatuses')}: ${segments.map((s) => `${t(enumKey('progress', s.status))} ${s.count}`).join(', ')}`}>
                    {segments.map((s) => <rect key={s.status} className={`seg seg-${s.status}`} x={s.x} y={0} width={Math.max(s.width - 1, 0)} height={22} />)}
                  </svg>
                  <ul className="legend-list">
                    {segments.map((s) => <li key={s.status}><span className={`badge progress-${s.status}`}>{t(enumKey('progress', s.status))}</span> {formatNumber(s.count)}</li>)}
                  </ul>
                </figure>
              );
            }))}
          </section>
        </>
      )}
    </section>
  );
};

export default NationalPage;
