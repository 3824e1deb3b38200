import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatDateTime, formatNumber, formatPeriod } from '../i18n/format';
import { useSession } from '../session';
import { RoundPicker } from './RoundPicker';
import { usePlanRound } from './usePlanRound';
import { ActualsQueue } from './ActualsQueue';
import { OverdueList } from './OverdueList';
import { downloadCsv } from '../components/download';
import type { MessageKey } from '../i18n/messages';

const RoundQuery = graphql(`
  query ConsoleReviewRound($plan: ID!, $period: String!) {
    reportingRound(plan: $plan, period: $period) {
      period
      dueOn
      reports { expected received approved returned missing }
      actuals { expected received approved returned missing }
      agencies {
        agency { id name }
        reports { expected received approved returned missing }
        tasks {
          state
          task { id code title }
          report { id version status narrative percentComplete submittedAt attachments { id fileName url } }
        }
        actuals { expected received approved returned missing }
        indicators {
          state
          indicator { id code name unit }
          observation { id version status value text note submittedAt }
        }
      }
    }
  }
`);
const Approve = graphql(`
  mutation ConsoleReportApprove($input: WorkflowInput!) {
    taskReportApprove(input: $input) { taskReport { id status version } userErrors { field message code } }
  }
`);
const Return = graphql(`
  mutation ConsoleReportReturn($input: WorkflowInput!) {
    taskReportReturn(input: $input) { taskReport { id status version reviewNote } userErrors { field message code } }
  }
`);

const COUNTS = ['expected', 'received', 'approved', 'returned', 'missing'] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

/** The matrix as CSV rows, headed in the UI's language: one row per agency and a total, reports then actuals. */
const matrixRows = (round: { reports: Counts; actuals: Counts; agencies: readonly { agency: { name: string }; reports: Counts; actuals: Counts }[] }, t: (key: MessageKey) => string) => [
  [t('agency'), ...COUNTS.map((k) => `${t('reportsGroup')}: ${t(k)}`), ...COUNTS.map((k) => `${t('actualsTitle')}: ${t(k)}`)],
  ...round.agencies.map((a) => [a.agency.name, ...COUNTS.map((k) => a.reports[k]), ...COUNTS.map((k) => a.actuals[k])]),
  ['Σ', ...COUNTS.map((k) => round.reports[k]), ...COUNTS.map((k) => round.actuals[k])],
];

/** The department's approval queue for one round (submitted reports, oldest first; approve or return with a note, one by one or in bulk) and the round's matrix. */
const ReviewPage = () => {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const round = usePlanRound(session?.jurisdictions[0]);
  const { data, loading, error, refetch } = useQuery(RoundQuery, { variables: { plan: round.plan?.id ?? '', period: round.period ?? '' }, skip: !round.plan || !round.period });
  const [approve] = useMutation(Approve);
  const [giveBack] = useMutation(Return);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, readonly UserErrorLike[]>>({});
  const [message, setMessage] = useState<string | null>(null);

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('reviewTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  const queue = (data?.reportingRound?.agencies ?? [])
    .flatMap((a) => a.tasks.filter((row) => row.state === 'SUBMITTED' && row.report).map((row) => ({ agency: a.agency, task: row.task, report: row.report! })))
    .sort((x, y) => (x.report.submittedAt ?? '').localeCompare(y.report.submittedAt ?? ''));
  const actualsQueue = (data?.reportingRound?.agencies ?? [])
    .flatMap((a) => a.indicators.filter((row) => row.state === 'SUBMITTED' && row.observation).map((row) => ({ agency: a.agency, indicator: row.indicator, observation: row.observation! })))
    .sort((x, y) => (x.observation.submittedAt ?? '').localeCompare(y.observation.submittedAt ?? ''));

  const approveMany = async (ids: readonly string[]) => {
    let done = 0;
    const failed: Record<string, readonly UserErrorLike[]> = {};
    for (const item of queue.filter((q) => ids.includes(q.report.id))) {
      const r = (await approve({ variables: { input: { id: item.report.id, expectedVersion: item.report.version } } })).data?.taskReportApprove;
      if (r?.taskReport) done += 1; else failed[item.report.id] = r?.userErrors ?? [];
    }
    setErrors(failed);
    setSelected(new Set());
    setMessage(t('approvedCount', { count: done }));
    await refetch();
  };
  const returnOne = async (id: string, version: number) => {
    const note = (notes[id] ?? '').trim();
    if (!note) return setErrors({ ...errors, [id]: [{ field: ['input', 'note'], message: t('noteRequired'), code: 'INVALID' }] });
    const r = (await giveBack({ variables: { input: { id, expectedVersion: version, note } } })).data?.taskReportReturn;
    if (!r?.taskReport) return setErrors({ ...errors, [id]: r?.userErrors ?? [] });
    setMessage(t('returnedDone'));
    await refetch();
  };

  return (
    <section>
      <h1>{t('reviewTitle')}</h1>
      <p className="lead">{t('reviewIntro')}</p>
      <ErrorNote error={round.error ?? error} />
      <RoundPicker round={round} />
      {message && <p role="status" className="notice">{message}</p>}
      {(round.loading || loading) && !data && <Loading />}
      {data?.reportingRound && (
        <>
          <section className="block">
            <h2>{t('reviewTitle')} ({queue.length})</h2>
            {queue.length === 0 ? <p className="muted">{t('nothingToReview')}</p> : (
              <>
                <button type="button" disabled={selected.size === 0} onClick={() => void approveMany([...selected])}>{t('approveSelected', { count: selected.size })}</button>
                <ul className="cards queue">
                  {queue.map((item) => (
                    <li key={item.report.id} className="card" data-task={item.task.code}>
                      <label className="inline">
                        <input type="checkbox" checked={selected.has(item.report.id)}
                          onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(item.report.id); else next.delete(item.report.id); setSelected(next); }} />
                        {' '}{t('select')}: {item.task.code}
                      </label>
                      <p className="eyebrow">{item.agency.name} · {t('submittedAt')} {formatDateTime(item.report.submittedAt)}</p>
                      <h3>{item.task.code}. {item.task.title}</h3>
                      <p>{item.report.narrative}</p>
                      {item.report.percentComplete !== null && item.report.percentComplete !== undefined && <p className="muted">{t('percentDone', { percent: item.report.percentComplete })}</p>}
                      {item.report.attachments.map((a) => <p key={a.id}>{a.url ? <a href={a.url}>{a.fileName}</a> : a.fileName}</p>)}
                      <label>{t('note')}
                        <textarea className="short" value={notes[item.report.id] ?? ''} placeholder={t('returnNotePlaceholder')} onChange={(e) => setNotes({ ...notes, [item.report.id]: e.target.value })} />
                      </label>
                      <FieldErrors errors={errors[item.report.id] ?? []} />
                      <div className="row-actions">
                        <button type="button" onClick={() => void approveMany([item.report.id])}>{t('approve')}</button>
                        <button type="button" className="secondary" onClick={() => void returnOne(item.report.id, item.report.version)}>{t('returnIt')}</button>
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <ActualsQueue queue={actualsQueue} onChanged={async (m) => { setMessage(m); await refetch(); }} />
          <section className="block">
            <h2>{t('roundMatrix', { period: formatPeriod(data.reportingRound.period, lang) })}</h2>
            <button type="button" className="secondary" onClick={() => downloadCsv(`${data.reportingRound!.period}-round.csv`, matrixRows(data.reportingRound!, t))}>{t('exportCsv')}</button>
            <div className="table-wrap">
              <table className="matrix">
                <thead>
                  <tr><td /><th scope="colgroup" colSpan={5}>{t('reportsGroup')}</th><th scope="colgroup" colSpan={5}>{t('actualsTitle')}</th></tr>
                  <tr><th scope="col">{t('agency')}</th>{[...COUNTS, ...COUNTS].map((k, i) => <th scope="col" key={i}>{t(k)}</th>)}</tr>
                </thead>
                <tbody>
                  {data.reportingRound.agencies.map((a) => (
                    <tr key={a.agency.id}><th scope="row">{a.agency.name}</th>{COUNTS.map((k) => <td key={`r${k}`}>{formatNumber(a.reports[k])}</td>)}{COUNTS.map((k) => <td key={`a${k}`}>{formatNumber(a.actuals[k])}</td>)}</tr>
                  ))}
                  <tr className="total"><th scope="row">Σ</th>{COUNTS.map((k) => <td key={`r${k}`}>{formatNumber(data.reportingRound!.reports[k])}</td>)}{COUNTS.map((k) => <td key={`a${k}`}>{formatNumber(data.reportingRound!.actuals[k])}</td>)}</tr>
                </tbody>
              </table>
            </div>
          </section>
          {round.plan && <OverdueList plan={round.plan.id} />}
        </>
      )}
    </section>
  );
};

export default ReviewPage;
