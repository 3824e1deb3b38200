import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { useSession } from '../session';

const DraftQuery = graphql(`
  query ConsoleImportDraft($id: ID!) {
    node(id: $id) {
      ... on Plan {
        id number title issuer issuedOn status version
        tasks(first: 100) { nodes { id code title leadAgencies { id name } } }
        importReview { confidence { field confidence } unplaced warnings proposedAgencies { id name } indicators { code name unit targets stored } }
      }
    }
  }
`);
const Import = graphql(`
  mutation ConsolePlanImport($input: PlanImportInput!) {
    planImport(input: $input) { plan { id } userErrors { field message code } }
  }
`);
const Update = graphql(`
  mutation ConsolePlanUpdate($input: PlanUpdateInput!) {
    planUpdate(input: $input) { plan { id number title version } userErrors { field message code } }
  }
`);
const Publish = graphql(`
  mutation ConsolePlanPublish($input: WorkflowInput!) {
    planPublish(input: $input) { plan { id status version } userErrors { field message code } }
  }
`);

const SOURCE_KEY = (id: string) => `eg.import.source.${id}`;

/**
 * Import a plan document: upload its text, and review the DRAFT the parser made beside the
 * source — its confidence per field group (lowest first), the lines it could not place, its
 * warnings, the agencies it created, the annex indicators — correct the header, publish.
 * The source text is kept in the browser (by plan) so the review survives a reload.
 */
const ImportPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  const { data, loading, error, refetch } = useQuery(DraftQuery, { variables: { id: planId ?? '' }, skip: !planId });
  const [runImport] = useMutation(Import);
  const [update] = useMutation(Update);
  const [publish] = useMutation(Publish);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);
  const [edit, setEdit] = useState<{ number: string; title: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('importTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  const plan = data?.node && 'importReview' in data.node ? data.node : null;
  const source = planId ? localStorage.getItem(SOURCE_KEY(planId)) : null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try { await action(); } catch (e) { setErrors([{ message: (e as Error).message, code: 'INVALID' }]); } finally { setBusy(false); }
  };
  const onFile = (file: File | undefined) => file && void run(async () => {
    const text = await file.text();
    const key = `${file.name}.${file.size}.${file.lastModified}`;
    const r = (await runImport({ variables: { input: { text, jurisdiction: session.jurisdictions[0] ?? null, idempotencyKey: key } } })).data?.planImport;
    setErrors(r?.userErrors ?? []);
    if (!r?.plan) return;
    localStorage.setItem(SOURCE_KEY(r.plan.id), text);
    setMessage(null);
    setParams({ plan: r.plan.id });
  });
  const onSave = () => plan && edit && void run(async () => {
    const r = (await update({ variables: { input: { id: plan.id, expectedVersion: plan.version, number: edit.number, title: edit.title } } })).data?.planUpdate;
    setErrors(r?.userErrors ?? []);
    if (!r?.plan) return;
    setEdit(null);
    setMessage(t('headerSaved'));
    await refetch();
  });
  const onPublish = () => plan && void run(async () => {
    const r = (await publish({ variables: { input: { id: plan.id, expectedVersion: plan.version } } })).data?.planPublish;
    setErrors(r?.userErrors ?? []);
    if (!r?.plan) return;
    localStorage.removeItem(SOURCE_KEY(plan.id));
    setMessage(t('importPublished'));
    await refetch();
  });

  const review = plan?.importReview;
  const confidence = [...(review?.confidence ?? [])].sort((a, b) => a.confidence - b.confidence);
  return (
    <section>
      <h1>{t('importTitle')}</h1>
      <p className="lead">{t('importIntro')}</p>
      <label>{t('importFile')}
        <input type="file" accept=".txt,.md,text/plain,text/markdown" disabled={busy} onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      {busy && <Loading />}
      <FieldErrors errors={errors} />
      <ErrorNote error={error} />
      {message && <p role="status" className="notice">{message} {plan && plan.status !== 'DRAFT' && <Link to={`/plans/${encodeURIComponent(plan.id)}`}>{plan.number}</Link>}</p>}
      {loading && !data && <Loading />}
      {plan && (
        <div className="import-review">
          <section className="source" aria-labelledby="import-source">
            <h2 id="import-source">{t('importSource')}</h2>
            {source ? <pre tabIndex={0}>{source.normalize('NFC')}</pre> : <p className="muted">{t('importSourceGone')}</p>}
          </section>
          <section aria-labelledby="import-draft">
            <h2 id="import-draft">{t('importDraft')} · <span className={`badge status-${plan.status}`}>{t(enumKey('planStatus', plan.status))}</span></h2>
            {edit ? (
              <div className="report-form">
                <label>{t('planNumber')}<input name="number" value={edit.number} onChange={(e) => setEdit({ ...edit, number: e.target.value })} /></label>
                <FieldErrors errors={errors} field="number" />
                <label>{t('planTitle')}<textarea className="short" name="title" value={edit.title} onChange={(e) => setEdit({ ...edit, title: e.target.value })} /></label>
                <FieldErrors errors={errors} field="title" />
                <div className="row-actions">
                  <button type="button" disabled={busy} onClick={onSave}>{t('save')}</button>
                  <button type="button" className="secondary" onClick={() => setEdit(null)}>{t('cancel')}</button>
                </div>
              </div>
            ) : (
              <div className="card">
                <p className="eyebrow">{plan.number} · {plan.issuer} · {formatDate(plan.issuedOn)}</p>
                <h3 data-plan-title>{plan.title}</h3>
                {plan.status === 'DRAFT' && (
                  <div className="row-actions">
                    <button type="button" className="secondary" onClick={() => setEdit({ number: plan.number, title: plan.title })}>{t('importEditHeader')}</button>
                    <button type="button" disabled={busy} onClick={onPublish}>{t('publish')}</button>
                  </div>
                )}
              </div>
            )}
            {review && (
              <>
                <h3>{t('importConfidence')}</h3>
                <ul className="confidence">
                  {confidence.map((c) => (
                    <li key={c.field} data-field={c.field}>
                      <span className="conf-label">{t(enumKey('confField', c.field))}</span>
                      <meter min={0} max={1} low={0.6} high={0.9} optimum={1} value={c.confidence} aria-label={`${t(enumKey('confField', c.field))}: ${Math.round(c.confidence * 100)} %`} />
                      <span>{Math.round(c.confidence * 100)} %</span>
                    </li>
                  ))}
                </ul>
                {review.warnings.length > 0 && <><h3>{t('importWarnings')} ({review.warnings.length})</h3><ul>{review.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul></>}
                <h3>{t('importUnplaced')} ({review.unplaced.length})</h3>
                {review.unplaced.length === 0 ? <p className="muted">{t('none')}</p> : <ul className="unplaced">{review.unplaced.map((line, i) => <li key={i}>{line}</li>)}</ul>}
                {review.proposedAgencies.length > 0 && <><h3>{t('importAgencies')} ({review.proposedAgencies.length})</h3><ul>{review.proposedAgencies.map((a) => <li key={a.id}>{a.name}</li>)}</ul></>}
              </>
            )}
            <h3>{t('tasks')} ({plan.tasks.nodes.length})</h3>
            <ol className="draft-tasks">
              {plan.tasks.nodes.map((task) => <li key={task.id} data-task={task.code}><strong>{task.code}.</strong> {task.title} <span className="muted">{task.leadAgencies.map((a) => a.name).join(', ') || t('unassigned')}</span></li>)}
            </ol>
            {review && review.indicators.length > 0 && (
              <>
                <h3>{t('indicators')} ({review.indicators.length})</h3>
                <ul>{review.indicators.map((i) => <li key={i.code}><strong>{i.code}.</strong> {i.name}{i.unit ? ` (${i.unit})` : ''} — {i.targets.join('; ')}{!i.stored && <span className="badge"> {t('importNotStored')}</span>}</li>)}</ul>
              </>
            )}
          </section>
        </div>
      )}
    </section>
  );
};

export default ImportPage;
