import { useMutation } from '@apollo/client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatPeriod, parseNumber } from '../i18n/format';

const Create = graphql(`
  mutation ConsoleObservationCreate($input: ObservationCreateInput!) {
    observationCreate(input: $input) { observation { id version status value text note } userErrors { field message code } }
  }
`);
const Update = graphql(`
  mutation ConsoleObservationUpdate($input: ObservationUpdateInput!) {
    observationUpdate(input: $input) { observation { id version status value text note } userErrors { field message code } }
  }
`);
const Submit = graphql(`
  mutation ConsoleObservationSubmit($input: WorkflowInput!) {
    observationSubmit(input: $input) { observation { id version status submittedAt } userErrors { field message code } }
  }
`);

export interface ActualDraftTarget {
  readonly indicatorId: string;
  readonly indicatorLabel: string;
  readonly unit: string | null;
  readonly period: string;
  readonly observation: { id: string; version: number; value?: number | null; text?: string | null; note?: string | null; reviewNote?: string | null } | null;
}

interface Draft { value: string; text: string; note: string; idempotencyKey: string }

/** Typed figures stay in localStorage until submitted, like a report's text. */
const draftKey = (t: ActualDraftTarget) => `eg.actual.${t.indicatorId}.${t.period}`;
const loadDraft = (t: ActualDraftTarget): Draft => {
  try {
    const saved = localStorage.getItem(draftKey(t));
    if (saved) return JSON.parse(saved) as Draft;
  } catch { /* a corrupt draft starts from the stored actual */ }
  const value = t.observation?.value;
  return { value: value === null || value === undefined ? '' : String(value).replace('.', ','), text: t.observation?.text ?? '', note: t.observation?.note ?? '', idempotencyKey: crypto.randomUUID() };
};

/** Enter an indicator's actual for the round (a number typed the Vietnamese way, or words), save a draft, submit; or correct a returned one. */
export const ActualForm = ({ target, onDone, onCancel }: { target: ActualDraftTarget; onDone: (message: string, submitted: boolean) => void; onCancel: () => void }) => {
  const { t, lang } = useI18n();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(target));
  const [observation, setObservation] = useState(target.observation);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(Create);
  const [update] = useMutation(Update);
  const [submit] = useMutation(Submit);

  useEffect(() => localStorage.setItem(draftKey(target), JSON.stringify(draft)), [draft, target]);
  // The form opens below the table: take the keyboard there, or a keyboard user would tab through every row to reach it.
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const save = async (): Promise<{ id: string; version: number } | null> => {
    const value = parseNumber(draft.value);
    if (draft.value.trim() !== '' && value === null) {
      setErrors([{ field: ['input', 'value'], message: t('notANumber'), code: 'INVALID' }]);
      return null;
    }
    const fields = { value, text: draft.text.trim() || null, note: draft.note.trim() || null };
    if (observation) {
      const r = (await update({ variables: { input: { id: observation.id, expectedVersion: observation.version, ...fields } } })).data?.observationUpdate;
      setErrors(r?.userErrors ?? []);
      if (!r?.observation) return null;
      setObservation({ ...observation, ...r.observation });
      return r.observation;
    }
    const r = (await create({ variables: { input: { indicator: target.indicatorId, period: target.period, ...fields, idempotencyKey: draft.idempotencyKey } } })).data?.observationCreate;
    setErrors(r?.userErrors ?? []);
    if (!r?.observation) return null;
    setObservation(r.observation);
    return r.observation;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try { await action(); } catch (e) { setErrors([{ message: (e as Error).message, code: 'INVALID' }]); } finally { setBusy(false); }
  };
  const onSave = () => run(async () => { if (await save()) onDone(t('saved'), false); });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const saved = await save();
      if (!saved) return;
      const r = (await submit({ variables: { input: { id: saved.id, expectedVersion: saved.version } } })).data?.observationSubmit;
      setErrors(r?.userErrors ?? []);
      if (!r?.observation) return;
      localStorage.removeItem(draftKey(target));
      onDone(t('actualSubmitted'), true);
    });
  };

  const conflict = errors.some((e) => e.code === 'CONFLICT');
  const general = errors.filter((e) => !['value', 'text', 'note'].some((f) => e.field?.includes(f)));
  return (
    <form className="report-form" onSubmit={onSubmit} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{target.indicatorLabel} · {formatPeriod(target.period, lang)}</h3>
      {target.observation?.reviewNote && <p className="notice">{t('returnedNote', { note: target.observation.reviewNote })}</p>}
      <label>{t('actualValue')}{target.unit ? ` (${target.unit})` : ''}
        <input ref={(el) => { first.current = el; }} name="value" inputMode="decimal" value={draft.value} aria-describedby={`${ids}-value-help ${ids}-value`} aria-invalid={errors.some((e) => e.field?.includes('value'))}
          onChange={(e) => setDraft({ ...draft, value: e.target.value })} />
      </label>
      <p className="muted" id={`${ids}-value-help`}>{t('numberHelp')}</p>
      <FieldErrors errors={errors} field="value" id={`${ids}-value`} />
      <label>{t('actualText')}
        <input name="text" value={draft.text} aria-describedby={`${ids}-text`} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
      </label>
      <FieldErrors errors={errors} field="text" id={`${ids}-text`} />
      <label>{t('note')}
        <textarea className="short" name="note" value={draft.note} aria-describedby={`${ids}-note`} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
      </label>
      <FieldErrors errors={errors} field="note" id={`${ids}-note`} />
      <FieldErrors errors={general} />
      {conflict && <p className="notice">{t('conflict')} <button type="button" className="secondary" onClick={onCancel}>{t('reload')}</button></p>}
      <p className="muted">{t('draftKept')}</p>
      <div className="row-actions">
        <button type="submit" disabled={busy}>{t('submitActual')}</button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void onSave()}>{t('saveDraft')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
};
