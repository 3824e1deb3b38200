import { useQuery } from '@apollo/client';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../gql';
import { useSession } from '../session';
import { ErrorNote, Loading } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { periodLabel } from './period-label';
import { formatDate, formatNumber, formatPeriod } from '../i18n/format';
import { IndicatorChart } from './IndicatorChart';

const PlanQuery = graphql(`
  query ConsolePlan($id: ID!) {
    node(id: $id) {
      __typename
      ... on Plan {
        id
        number
        title
        issuer
        issuedOn
        signer
        signerTitle
        status
        period { from to orientationYear }
        jurisdiction { code name }
        objectives
        legalBases(first: 50) { nodes { id kind number title issuedOn } }
        tasks(first: 100) {
          nodes {
            id
            code
            title
            titleSource
            parent { id }
            leadAgencies { id name shortName }
            timeline { text }
            status {
              status
              percentComplete
              explanations { vi: text(language: VI) en: text(language: EN) }
              latestApprovedReport { id period narrative percentComplete reviewedAt agency { id name } }
            }
          }
        }
        indicators(first: 100) {
          nodes {
            id
            code
            name
            unit
            baseline { year value }
            targets { year text value }
            progress {
              overall
              milestones { year status actual target { text } explanation { vi: text(language: VI) en: text(language: EN) } }
              series { judged values { year value } }
            }
          }
        }
      }
    }
  }
`);

/** The transparency page of one plan: header, legal bases, the task tree with status and lead agency, indicators against their trajectory. */
export const PlanPage = () => {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { session } = useSession();
  const { data, loading, error } = useQuery(PlanQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  const plan = data?.node?.__typename === 'Plan' ? data.node : null;
  if (!plan) return error ? <ErrorNote error={error} /> : <section><h1>{t('notFound')}</h1><Link to="/">{t('backHome')}</Link></section>;
  return (
    <article className="plan">
      <p className="eyebrow">{plan.jurisdiction.name} · {plan.number} · <span className={`badge status-${plan.status}`}>{t(enumKey('planStatus', plan.status))}</span></p>
      <h1>{plan.title}</h1>
      <p className="muted">
        {plan.issuer}{plan.issuedOn && <> · {t('planIssued', { date: formatDate(plan.issuedOn) })}</>} · {periodLabel(t, plan.period)}
        {plan.signer && <> · {plan.signerTitle} {plan.signer}</>}
      </p>
      <p className="row-actions">
        <Link to={`/report?plan=${encodeURIComponent(plan.id)}`}>{t('viewReport')}</Link>
        {session?.role === 'PROVINCE_ADMIN' && session.jurisdictions.includes(plan.jurisdiction.code) && (
          <>
            <Link to={`/plans/${encodeURIComponent(plan.id)}/edit`}>{t('editLink')}</Link>
            <Link to={`/audit?entity=${encodeURIComponent(plan.id)}`}>{t('auditLink')}</Link>
          </>
        )}
      </p>
      <ErrorNote error={error} />

      {plan.legalBases.nodes.length > 0 && (
        <details className="block">
          <summary><h2>{t('legalBases')} ({plan.legalBases.nodes.length})</h2></summary>
          <ol>
            {plan.legalBases.nodes.map((doc) => (
              <li key={doc.id}>{doc.number && <strong>{doc.number}</strong>} {doc.title}{doc.issuedOn && ` (${formatDate(doc.issuedOn)})`}</li>
            ))}
          </ol>
        </details>
      )}

      {plan.objectives.length > 0 && (
        <section className="block">
          <h2>{t('objectives')}</h2>
          <ul>{plan.objectives.map((o, i) => <li key={i}>{o}</li>)}</ul>
        </section>
      )}

      <section className="block">
        <h2>{t('tasks')} ({plan.tasks.nodes.length})</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">#</th><th scope="col">{t('tasks')}</th><th scope="col">{t('leadAgency')}</th><th scope="col">{t('timeline')}</th><th scope="col">{t('status')}</th><th scope="col">{t('latestReport')}</th></tr>
            </thead>
            <tbody>
              {plan.tasks.nodes.map((task) => {
                const report = task.status.latestApprovedReport;
                return (
                  <tr key={task.id} className={task.parent ? 'task-child' : 'task-top'} data-task={task.code}>
                    <td>{task.code}</td>
                    <th scope="row">{task.title}{task.titleSource === 'EDITOR' && <span className="badge supplied"> {t('titleSupplied')}</span>}</th>
                    <td>{task.leadAgencies.length > 0 ? task.leadAgencies.map((a) => a.shortName ?? a.name).join(', ') : <span className="muted">{t('unassigned')}</span>}</td>
                    <td>{task.timeline?.text ?? '—'}</td>
                    <td>
                      <span className={`badge task-${task.status.status}`}>{t(enumKey('taskStatus', task.status.status))}</span>
                      {task.status.percentComplete !== null && task.status.percentComplete !== undefined && <div className="muted">{t('percentDone', { percent: task.status.percentComplete })}</div>}
                      {task.status.explanations.length > 0 && <div className="muted small">{task.status.explanations[task.status.explanations.length - 1]![lang]}</div>}
                    </td>
                    <td className="report">
                      {report ? (
                        <>
                          <strong>{formatPeriod(report.period, lang)}</strong> · {report.agency.name}
                          <p>{report.narrative}</p>
                        </>
                      ) : <span className="muted">{t('noApprovedReport')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="block">
        <h2>{t('indicators')} ({plan.indicators.nodes.length})</h2>
        <ul className="indicators">
          {plan.indicators.nodes.map((ind) => {
            const trajectory = [...(ind.baseline ? [ind.baseline] : []), ...ind.targets.filter((x) => x.value !== null && x.value !== undefined).map((x) => ({ year: x.year, value: x.value! }))];
            const actual = ind.progress.series.filter((s) => s.judged).flatMap((s) => s.values.map((v) => ({ year: v.year, value: v.value })));
            return (
              <li key={ind.id} className="card indicator" data-indicator={ind.code}>
                <h3>{ind.code}. {ind.name}{ind.unit && <span className="muted"> ({ind.unit})</span>}</h3>
                <p><span className={`badge progress-${ind.progress.overall}`}>{t(enumKey('progress', ind.progress.overall))}</span></p>
                <IndicatorChart name={ind.name} trajectory={trajectory} actual={actual} />
                <table className="milestones">
                  <thead><tr><th scope="col">{t('milestone', { year: '' }).trim()}</th><th scope="col">{t('target')}</th><th scope="col">{t('actual')}</th><th scope="col">{t('status')}</th><th scope="col">{t('why')}</th></tr></thead>
                  <tbody>
                    {ind.progress.milestones.map((m) => (
                      <tr key={m.year}><td>{m.year}</td><td>{m.target.text}</td><td>{formatNumber(m.actual)}</td><td>{t(enumKey('progress', m.status))}</td><td className="small">{m.explanation[lang]}</td></tr>
                    ))}
                  </tbody>
                </table>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
};
