import { useMutation } from '@apollo/client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatPeriod } from '../i18n/format';
import { uploadEvidence } from './upload';

const Create = graphql(`
  mutation ConsoleReportCreate($input: TaskReportCreateInput!) {
    taskReportCreate(input: $input) { taskReport { id version status narrative percentComplete } userErrors { field message code } }
  }
`);
const Update = graphql(`
  mutation ConsoleReportUpdate($input: TaskReportUpdateInput!) {
    taskReportUpdate(input: $input) { taskReport { id version status narrative percentComplete } userErrors { field message code } }
  }
`);
const Submit = graphql(`
  mutation ConsoleReportSubmit($input: WorkflowInput!) {
    taskReportSubmit(input: $input) { taskReport { id version status submittedAt } userErrors { field message code } }
  }
`);

export interface ReportDraftTarget {
  readonly taskId: string;
  readonly taskLabel: string;
  readonly period: string;
  readonly report: { id: string; version: number; narrative: string; percentComplete?: number | null; reviewNote?: string | null; attachments: readonly { id: string; fileName: string }[] } | null;
}

interface Draft { narrative: string; percent: string; idempotencyKey: string }

/** The text being typed is kept in localStorage until the report is submitted: a closed tab or a lost connection loses nothing. */
const draftKey = (t: ReportDraftTarget) => `eg.draft.${t.taskId}.${t.period}`;
const loadDraft = (t: ReportDraftTarget): Draft => {
  try {
    const saved = localStorage.getItem(draftKey(t));
    if (saved) return JSON.parse(saved) as Draft;
  } catch { /* a corrupt draft starts from the stored report */ }
  return { narrative: t.report?.narrative ?? '', percent: t.report?.percentComplete?.toString() ?? '', idempotencyKey: crypto.randomUUID() };
};

/** File a task report: write, save a draft, attach evidence, submit; or correct a returned one and resubmit. */
export const ReportForm = ({ target, onDone, onCancel }: { target: ReportDraftTarget; onDone: (message: string) => void; onCancel: () => void }) => {
  const { t, lang } = useI18n();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(target));
  const [report, setReport] = useState(target.report);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);
  const [upload, setUpload] = useState<{ name: string; percent: number; done: boolean } | null>(null);
  const [create] = useMutation(Create);
  const [update] = useMutation(Update);
  const [submit] = useMutation(Submit);

  useEffect(() => localStorage.setItem(draftKey(target), JSON.stringify(draft)), [draft, target]);
  // The form opens below the table: take the keyboard there, or a keyboard user would tab through every row to reach it.
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const percentComplete = draft.percent.trim() === '' ? null : Number(draft.percent);
  const save = async (): Promise<{ id: string; version: number } | null> => {
    if (report) {
      const r = (await update({ variables: { input: { id: report.id, expectedVersion: report.version, narrative: draft.narrative, percentComplete } } })).data?.taskReportUpdate;
      setErrors(r?.userErrors ?? []);
      if (!r?.taskReport) return null;
      setReport({ ...report, ...r.taskReport });
      return r.taskReport;
    }
    const r = (await create({ variables: { input: { task: target.taskId, period: target.period, narrative: draft.narrative, percentComplete, idempotencyKey: draft.idempotencyKey } } })).data?.taskReportCreate;
    setErrors(r?.userErrors ?? []);
    if (!r?.taskReport) return null;
    setReport({ ...r.taskReport, attachments: [] });
    return r.taskReport;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try { await action(); } catch (e) { setErrors([{ message: (e as Error).message, code: 'INVALID' }]); } finally { setBusy(false); }
  };

  const onSave = () => run(async () => { if (await save()) onDone(t('saved')); });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const saved = await save();
      if (!saved) return;
      const r = (await submit({ variables: { input: { id: saved.id, expectedVersion: saved.version } } })).data?.taskReportSubmit;
      setErrors(r?.userErrors ?? []);
      if (!r?.taskReport) return;
      localStorage.removeItem(draftKey(target));
      onDone(t('submitted'));
    });
  };
  const onFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      const saved = report ?? (await save());
      if (!saved) return;
      setUpload({ name: file.name, percent: 0, done: false });
      const result = await uploadEvidence(saved.id, file, (percent) => setUpload({ name: file.name, percent, done: false }));
      if (result.errors.length) { setErrors(result.errors); setUpload(null); return; }
      setUpload({ name: file.name, percent: 100, done: true });
    });
  };

  const conflict = errors.some((e) => e.code === 'CONFLICT');
  const general = errors.filter((e) => !e.field?.includes('narrative') && !e.field?.includes('percentComplete'));
  return (
    <form className="report-form" onSubmit={onSubmit} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{target.taskLabel} · {formatPeriod(target.period, lang)}</h3>
      {report?.reviewNote && <p className="notice">{t('returnedNote', { note: report.reviewNote })}</p>}
      <label>{t('narrative')}
        <textarea ref={(el) => { first.current = el; }} name="narrative" required value={draft.narrative} aria-describedby={`${ids}-narrative`} aria-invalid={errors.some((e) => e.field?.includes('narrative'))}
          onChange={(e) => setDraft({ ...draft, narrative: e.target.value })} />
      </label>
      <FieldErrors errors={errors} field="narrative" id={`${ids}-narrative`} />
      <label>{t('percentComplete')}
        <input name="percentComplete" type="number" min={0} max={100} step={1} inputMode="numeric" value={draft.percent} aria-describedby={`${ids}-percent`}
          onChange={(e) => setDraft({ ...draft, percent: e.target.value })} />
      </label>
      <FieldErrors errors={errors} field="percentComplete" id={`${ids}-percent`} />
      <label>{t('evidence')}
        <input name="evidence" type="file" accept=".pdf,.doc,.docx,.xlsx,.jpg,.jpeg,.png" onChange={(e) => onFile(e.target.files?.[0])} />
      </label>
      {upload && (upload.done
        ? <p role="status">{t('uploaded', { name: upload.name })}</p>
        : <label>{t('uploading', { percent: upload.percent })}<progress max={100} value={upload.percent} /></label>)}
      {report?.attachments.map((a) => <p key={a.id} className="muted">{t('uploaded', { name: a.fileName })}</p>)}
      <FieldErrors errors={general} />
      {conflict && <p className="notice">{t('conflict')} <button type="button" className="secondary" onClick={onCancel}>{t('reload')}</button></p>}
      <p className="muted">{t('draftKept')}</p>
      <div className="row-actions">
        <button type="submit" disabled={busy}>{t('submit')}</button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void onSave()}>{t('saveDraft')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
};
