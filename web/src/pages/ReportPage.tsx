import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, Loading } from '../components/Feedback';
import { downloadText } from '../components/download';
import { useI18n } from '../i18n/i18n';
import { formatDate, parseDate } from '../i18n/format';
import { useSession } from '../session';
import { today } from './rounds';

const ReportPlansQuery = graphql(`
  query ConsoleReportPlans($jurisdiction: String) {
    plans(first: 20, filter: { jurisdiction: $jurisdiction }) { nodes { id number title status } }
  }
`);
const ReportQuery = graphql(`
  query ConsolePlanReport($plan: ID!, $asOf: Date) {
    planReport(plan: $plan, asOf: $asOf) { asOf html markdown plan { id number } }
  }
`);

/**
 * The yearly report on a plan (planReport) as of a day: shown as the API renders it, in a
 * sandboxed frame (no scripts run from it), and downloadable as HTML or Markdown. Budget lines
 * appear only for callers the API shows them to (the province's admins). Plan and day are in the URL.
 */
const ReportPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const plans = useQuery(ReportPlansQuery, { variables: { jurisdiction: session?.jurisdictions[0] ?? null } });
  const published = (plans.data?.plans.nodes ?? []).filter((p) => p.status !== 'DRAFT');
  const plan = published.find((p) => p.id === params.get('plan')) ?? published[0];
  const asOf = params.get('asOf') ?? today();
  const [dayText, setDayText] = useState(() => formatDate(asOf));
  const { data, loading, error } = useQuery(ReportQuery, { variables: { plan: plan?.id ?? '', asOf }, skip: !plan });
  const set = (key: string, value: string) => { const next = new URLSearchParams(params); next.set(key, value); setParams(next); };
  const report = data?.planReport;
  const base = report ? `bao-cao-${report.plan.number.replace(/[^\p{L}\p{N}]+/gu, '-')}-${report.asOf}` : '';

  return (
    <section>
      <h1>{t('reportTitle')}</h1>
      <p className="lead">{t('reportIntro')}</p>
      <ErrorNote error={plans.error ?? error} />
      <div className="search">
        <label>{t('plan')}
          <select value={plan?.id ?? ''} onChange={(e) => set('plan', e.target.value)}>
            {published.map((p) => <option key={p.id} value={p.id}>{p.number} — {p.title.slice(0, 80)}</option>)}
          </select>
        </label>
        <label>{t('reportAsOf')}
          <input value={dayText} placeholder="dd/mm/yyyy" inputMode="numeric" aria-invalid={parseDate(dayText) === null} aria-describedby="report-day-help"
            onChange={(e) => { setDayText(e.target.value); const day = parseDate(e.target.value); if (day) set('asOf', day); }} />
        </label>
        <span id="report-day-help" className="muted">{parseDate(dayText) === null ? t('dateHelp') : ''}</span>
      </div>
      {(loading || plans.loading) && !report && <Loading />}
      {report && (
        <>
          <p role="status" className="muted">{t('reportMadeAsOf', { date: formatDate(report.asOf) })}</p>
          <div className="row-actions">
            <button type="button" className="secondary" onClick={() => downloadText(`${base}.html`, 'text/html;charset=utf-8', report.html)}>{t('downloadHtml')}</button>
            <button type="button" className="secondary" onClick={() => downloadText(`${base}.md`, 'text/markdown;charset=utf-8', report.markdown)}>{t('downloadMarkdown')}</button>
          </div>
          <iframe className="report-frame" title={t('reportFrame', { number: report.plan.number })} sandbox="" srcDoc={report.html} />
        </>
      )}
    </section>
  );
};

export default ReportPage;
