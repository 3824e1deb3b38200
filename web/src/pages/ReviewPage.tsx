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

const RoundQuery = graphql(`
  query ConsoleReviewRound($plan: ID!, $period: String!) {
    reportingRound(plan: $plan, period: $period) {
      period
      dueOn
      reports { expected received approved returned missing }
      agencies {
        agency { id name }
        reports { expected received approved returned missing }
        tasks {
          state
          task { id code title }
          report { id version status narrative percentComplete submittedAt attachments { id fileName url } }
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
          <section className="block">
            <h2>{t('roundMatrix', { period: formatPeriod(data.reportingRound.period, lang) })}</h2>
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t('agency')}</th><th scope="col">{t('expected')}</th><th scope="col">{t('received')}</th><th scope="col">{t('approved')}</th><th scope="col">{t('returned')}</th><th scope="col">{t('missing')}</th></tr></thead>
                <tbody>
                  {data.reportingRound.agencies.map((a) => (
                    <tr key={a.agency.id}><th scope="row">{a.agency.name}</th>{(['expected', 'received', 'approved', 'returned', 'missing'] as const).map((k) => <td key={k}>{formatNumber(a.reports[k])}</td>)}</tr>
                  ))}
                  <tr className="total"><th scope="row">Σ</th>{(['expected', 'received', 'approved', 'returned', 'missing'] as const).map((k) => <td key={k}>{formatNumber(data.reportingRound!.reports[k])}</td>)}</tr>
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </section>
  );
};

export default ReviewPage;
