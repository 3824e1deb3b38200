import { useId, useState, type FormEvent } from 'react';
import { useFocusFirst } from '../components/useFocusFirst';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatNumber, parseNumber } from '../i18n/format';
import type { AgencyLink, OutputLine, Role, TaskFieldsDraft } from './amendment';

const ROLES: readonly Role[] = ['LEAD', 'COORDINATING', 'ADVISORY'];

/**
 * One task's editable fields: title, timeline as written ("Quý III/2026"), agencies by role and
 * expected outputs. It only collects them; the page decides whether a save writes at once
 * (a draft) or joins the pending amendment (a published plan).
 */
export const TaskEditor = ({
  initial,
  agencies,
  errors,
  code,
  onCode,
  onSave,
  onCancel,
  saveLabel,
}: {
  initial: TaskFieldsDraft;
  agencies: readonly { id: string; name: string }[];
  errors: readonly UserErrorLike[];
  /** Given for a new task: its code, editable. */
  code?: string;
  onCode?: (code: string) => void;
  onSave: (fields: TaskFieldsDraft) => void | Promise<void>;
  onCancel: () => void;
  saveLabel: string;
}) => {
  const { t } = useI18n();
  const [title, setTitle] = useState(initial.title);
  const [timeline, setTimeline] = useState(initial.timeline);
  const [links, setLinks] = useState<AgencyLink[]>([...initial.agencies]);
  const [outputs, setOutputs] = useState<{ text: string; quantity: string; unit: string }[]>(
    initial.outputs.map((o) => ({ text: o.text, quantity: o.quantity === null ? '' : formatNumber(o.quantity), unit: o.unit ?? '' })),
  );
  const [local, setLocal] = useState<readonly UserErrorLike[]>([]);
  // Selects get their label by id, not by nesting, so their name is not read with every option.
  const uid = useId();
  const form = useFocusFirst();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: UserErrorLike[] = [];
    if (!title.trim()) problems.push({ field: ['input', 'title'], message: t('required'), code: 'INVALID' });
    const parsed: OutputLine[] = outputs.map((o, i) => {
      const quantity = o.quantity.trim() === '' ? null : parseNumber(o.quantity);
      if (o.quantity.trim() !== '' && quantity === null) problems.push({ field: ['input', 'outputs', String(i), 'quantity'], message: t('notANumber'), code: 'INVALID' });
      return { text: o.text, quantity, unit: o.unit.trim() || null };
    });
    setLocal(problems);
    if (problems.length) return;
    void onSave({ title, timeline, agencies: links, outputs: parsed });
  };
  const all = [...local, ...errors];
  const others = all.filter((e) => !['title', 'timeline', 'agencies', 'outputs', 'code'].some((f) => e.field?.includes(f)));

  return (
    <form className="report-form task-editor" onSubmit={submit} ref={form}>
      {code !== undefined && (
        <>
          <label>{t('taskCode')}<input name="code" required value={code} onChange={(e) => onCode?.(e.target.value)} /></label>
          <FieldErrors errors={all} field="code" />
        </>
      )}
      <label>{t('taskTitle')}<textarea name="title" rows={2} value={title} onChange={(e) => setTitle(e.target.value)} /></label>
      <FieldErrors errors={all} field="title" />
      <label>{t('timeline')} <span className="muted">{t('timelineHint')}</span><input name="timeline" value={timeline} onChange={(e) => setTimeline(e.target.value)} /></label>
      <FieldErrors errors={all} field="timeline" />

      <fieldset>
        <legend>{t('taskAgencies')}</legend>
        {links.length === 0 && <p className="muted">{t('unassigned')}</p>}
        {links.map((link, i) => (
          <div className="inline-form" key={i} data-agency-row={i}>
            <label htmlFor={`${uid}-agency-${i}`}>{t('agencyN', { n: String(i + 1) })}</label>
              <select id={`${uid}-agency-${i}`} value={link.agency} onChange={(e) => setLinks(links.map((l, j) => (j === i ? { ...l, agency: e.target.value } : l)))}>
                <option value="">{t('chooseAgency')}</option>
                {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            <label htmlFor={`${uid}-role-${i}`}>{t('roleN', { n: String(i + 1) })}</label>
              <select id={`${uid}-role-${i}`} value={link.role} onChange={(e) => setLinks(links.map((l, j) => (j === i ? { ...l, role: e.target.value as Role } : l)))}>
                {ROLES.map((r) => <option key={r} value={r}>{t(enumKey('agencyRole', r))}</option>)}
              </select>
            <button type="button" className="secondary" onClick={() => setLinks(links.filter((_, j) => j !== i))}>{t('removeAgencyN', { n: String(i + 1) })}</button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setLinks([...links, { agency: '', role: links.some((l) => l.role === 'LEAD') ? 'COORDINATING' : 'LEAD' }])}>{t('addAgency')}</button>
        <FieldErrors errors={all} field="agencies" />
      </fieldset>

      <fieldset>
        <legend>{t('taskOutputs')}</legend>
        {outputs.map((o, i) => (
          <div className="inline-form" key={i}>
            <label>{t('outputN', { n: String(i + 1) })}<input value={o.text} onChange={(e) => setOutputs(outputs.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} /></label>
            <label>{t('outputQuantity')}<input inputMode="decimal" size={6} value={o.quantity} onChange={(e) => setOutputs(outputs.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))} /></label>
            <label>{t('outputUnit')}<input size={8} value={o.unit} onChange={(e) => setOutputs(outputs.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)))} /></label>
            <button type="button" className="secondary" onClick={() => setOutputs(outputs.filter((_, j) => j !== i))}>{t('removeOutputN', { n: String(i + 1) })}</button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setOutputs([...outputs, { text: '', quantity: '', unit: '' }])}>{t('addOutput')}</button>
        <FieldErrors errors={all} field="outputs" />
      </fieldset>
      <FieldErrors errors={others} />
      <div className="row-actions">
        <button type="submit">{saveLabel}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
};
