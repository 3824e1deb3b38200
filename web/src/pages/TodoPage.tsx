import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, Loading } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate, formatNumber, formatPeriod } from '../i18n/format';
import { useSession } from '../session';
import { ActualForm, type ActualDraftTarget } from './ActualForm';
import { ReportForm, type ReportDraftTarget } from './ReportForm';
import { SheetUpload } from './SheetUpload';
import { RoundPicker } from './RoundPicker';
import { usePlanRound } from './usePlanRound';

const AgencyRoundQuery = graphql(`
  query ConsoleAgencyRound($plan: ID!, $period: String!, $agency: ID) {
    reportingRound(plan: $plan, period: $period) {
      period
      dueOn
      pastDue
      agencies {
        agency { id name }
        tasks {
          state
          task { id code title }
          report { id version status narrative percentComplete reviewNote submittedAt attachments { id fileName status } }
        }
        indicators {
          state
          indicator { id code name unit }
          observation { id version status value text note reviewNote }
        }
      }
    }
    overdue(agency: $agency, kinds: [REPORT]) { plan { id number } task { id code } period dueOn daysLate state }
    notifications(first: 10, unreadOnly: true) { nodes { id message dueOn createdAt } }
  }
`);

/** "Việc cần làm": the agency's reports due, overdue and returned this round, and the form to file each. */
const TodoPage = () => {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const round = usePlanRound(session?.jurisdictions[0]);
  const agencyId = round.viewer?.agency?.id;
  const { data, loading, error, refetch } = useQuery(AgencyRoundQuery, {
    variables: { plan: round.plan?.id ?? '', period: round.period ?? '', agency: agencyId ?? null },
    skip: !round.plan || !round.period || !agencyId,
  });
  const [editing, setEditing] = useState<ReportDraftTarget | null>(null);
  const [entering, setEntering] = useState<ActualDraftTarget | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (!session || session.role !== 'AGENCY') return <section><h1>{t('todoTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  const mine = data?.reportingRound?.agencies.find((a) => a.agency.id === agencyId);
  const overdue = data?.overdue ?? [];
  return (
    <section>
      <h1>{t('todoTitle')}{round.viewer?.agency && <> · {round.viewer.agency.name}</>}</h1>
      <p className="lead">{t('todoIntro')}</p>
      <ErrorNote error={round.error ?? error} />
      <RoundPicker round={round} />
      {message && <p role="status" className="notice">{message}</p>}
      {(round.loading || loading) && !data && <Loading />}
      {data?.notifications.nodes.length ? (
        <details className="block">
          <summary><h2>{t('notifications')} ({data.notifications.nodes.length})</h2></summary>
          <ul>{data.notifications.nodes.map((n) => <li key={n.id}>{n.message} · {t('dueOn')} {formatDate(n.dueOn)}</li>)}</ul>
        </details>
      ) : null}
      {data?.reportingRound && (
        <section className="block">
          <h2>{formatPeriod(data.reportingRound.period, lang)} · {t('dueOn')} {formatDate(data.reportingRound.dueOn)}</h2>
          {(mine?.tasks.length ?? 0) === 0 ? <p className="muted">{t('noReportsDue')}</p> : (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">#</th><th scope="col">{t('tasks')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="sr-only">{t('fileReport')}</span></th></tr></thead>
              <tbody>
                {(mine?.tasks ?? []).map((row) => (
                  <tr key={row.task.id} data-task={row.task.code}>
                    <td>{row.task.code}</td>
                    <th scope="row">{row.task.title}
                      {row.state === 'RETURNED' && row.report?.reviewNote && <p className="notice">{t('returnedNote', { note: row.report.reviewNote })}</p>}
                    </th>
                    <td><span className={`badge state-${row.state}`}>{t(enumKey('state', row.state))}</span></td>
                    <td>
                      {(row.state === 'MISSING' || row.state === 'DRAFT' || row.state === 'RETURNED') && (
                        <button type="button" onClick={() => { setMessage(null); setEntering(null); setEditing({ taskId: row.task.id, taskLabel: `${row.task.code}. ${row.task.title}`, period: data.reportingRound!.period, report: row.report ?? null }); }}>
                          {row.state === 'RETURNED' ? t('editReport') : t('fileReport')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
        </section>
      )}
      {editing && (
        <ReportForm key={`${editing.taskId}.${editing.period}`} target={editing}
          onDone={(m) => { setMessage(m); if (m === t('submitted')) setEditing(null); void refetch(); }}
          onCancel={() => { setEditing(null); void refetch(); }} />
      )}
      {data?.reportingRound && (mine?.indicators.length ?? 0) > 0 && (
        <section className="block">
          <h2>{t('actualsTitle')} ({mine!.indicators.length})</h2>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t('code')}</th><th scope="col">{t('indicators')}</th><th scope="col">{t('actualValue')}</th><th scope="col">{t('status')}</th><th scope="col"><span className="sr-only">{t('enterActual')}</span></th></tr></thead>
              <tbody>
                {mine!.indicators.map((row) => (
                  <tr key={row.indicator.id} data-indicator-row={row.indicator.code}>
                    <td>{row.indicator.code}</td>
                    <th scope="row">{row.indicator.name}
                      {row.state === 'RETURNED' && row.observation?.reviewNote && <p className="notice">{t('returnedNote', { note: row.observation.reviewNote })}</p>}
                    </th>
                    <td>{row.observation ? (row.observation.value !== null && row.observation.value !== undefined ? `${formatNumber(row.observation.value)}${row.indicator.unit ? ` ${row.indicator.unit}` : ''}` : row.observation.text ?? '—') : '—'}</td>
                    <td><span className={`badge state-${row.state}`}>{t(enumKey('state', row.state))}</span></td>
                    <td>
                      {(row.state === 'MISSING' || row.state === 'DRAFT' || row.state === 'RETURNED') && (
                        <button type="button" onClick={() => { setMessage(null); setEditing(null); setEntering({ indicatorId: row.indicator.id, indicatorLabel: `${row.indicator.code}. ${row.indicator.name}`, unit: row.indicator.unit ?? null, period: data.reportingRound!.period, observation: row.observation ?? null }); }}>
                          {row.state === 'MISSING' ? t('enterActual') : t('editActual')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {data?.reportingRound && (mine?.indicators.length ?? 0) > 0 && (
        <SheetUpload key={data.reportingRound.period} period={data.reportingRound.period}
          indicators={mine!.indicators.map((row) => ({ id: row.indicator.id, code: row.indicator.code, name: row.indicator.name, unit: row.indicator.unit, state: row.state }))}
          onDone={(m) => { setMessage(m); void refetch(); }} />
      )}
      {entering && (
        <ActualForm key={`${entering.indicatorId}.${entering.period}`} target={entering}
          onDone={(m, submitted) => { setMessage(m); if (submitted) setEntering(null); void refetch(); }}
          onCancel={() => { setEntering(null); void refetch(); }} />
      )}
      {overdue.length > 0 && (
        <section className="block">
          <h2>{t('overdueTitle')} ({overdue.length})</h2>
          <ul>
            {overdue.slice(0, 50).map((o, i) => (
              <li key={i}>{o.plan.number} · {o.task?.code} · {formatPeriod(o.period ?? '', lang)} · {t('daysLate', { days: o.daysLate })}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
};

export default TodoPage;
