import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { graphql } from '../gql';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { useI18n } from '../i18n/i18n';
import { formatDateTime, formatNumber } from '../i18n/format';

const Approve = graphql(`
  mutation ConsoleObservationApprove($input: WorkflowInput!) {
    observationApprove(input: $input) { observation { id status version } userErrors { field message code } }
  }
`);
const Return = graphql(`
  mutation ConsoleObservationReturn($input: WorkflowInput!) {
    observationReturn(input: $input) { observation { id status version reviewNote } userErrors { field message code } }
  }
`);

export interface QueuedActual {
  readonly agency: { id: string; name: string };
  readonly indicator: { id: string; code: string; name: string; unit?: string | null };
  readonly observation: { id: string; version: number; value?: number | null; text?: string | null; note?: string | null; submittedAt?: string | null };
}

/** Submitted actuals of the round, oldest first: approve (one or selected) or return with a note. Approval locks the agency's value for the period. */
export const ActualsQueue = ({ queue, onChanged }: { queue: readonly QueuedActual[]; onChanged: (message: string) => Promise<unknown> }) => {
  const { t } = useI18n();
  const [approve] = useMutation(Approve);
  const [giveBack] = useMutation(Return);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, readonly UserErrorLike[]>>({});

  const approveMany = async (ids: readonly string[]) => {
    let done = 0;
    const failed: Record<string, readonly UserErrorLike[]> = {};
    for (const item of queue.filter((q) => ids.includes(q.observation.id))) {
      const r = (await approve({ variables: { input: { id: item.observation.id, expectedVersion: item.observation.version } } })).data?.observationApprove;
      if (r?.observation) done += 1; else failed[item.observation.id] = r?.userErrors ?? [];
    }
    setErrors(failed);
    setSelected(new Set());
    await onChanged(t('approvedActualsCount', { count: done }));
  };
  const returnOne = async (id: string, version: number) => {
    const note = (notes[id] ?? '').trim();
    if (!note) return setErrors({ ...errors, [id]: [{ field: ['input', 'note'], message: t('noteRequired'), code: 'INVALID' }] });
    const r = (await giveBack({ variables: { input: { id, expectedVersion: version, note } } })).data?.observationReturn;
    if (!r?.observation) return setErrors({ ...errors, [id]: r?.userErrors ?? [] });
    await onChanged(t('returnedDone'));
  };
  const all = queue.map((q) => q.observation.id);

  return (
    <section className="block" aria-labelledby="actuals-queue">
      <h2 id="actuals-queue">{t('actualsQueue')} ({queue.length})</h2>
      {queue.length === 0 ? <p className="muted">{t('nothingToReview')}</p> : (
        <>
          <div className="row-actions">
            <button type="button" className="secondary" onClick={() => setSelected(selected.size === all.length ? new Set() : new Set(all))}>{selected.size === all.length ? t('selectNone') : t('selectAll')}</button>
            <button type="button" disabled={selected.size === 0} onClick={() => void approveMany([...selected])}>{t('approveSelectedActuals', { count: selected.size })}</button>
          </div>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col"><span className="sr-only">{t('select')}</span></th><th scope="col">{t('indicators')}</th><th scope="col">{t('agency')}</th><th scope="col">{t('actualValue')}</th><th scope="col">{t('submittedAt')}</th><th scope="col">{t('note')}</th><th scope="col"><span className="sr-only">{t('approve')}</span></th></tr></thead>
              <tbody>
                {queue.map((item) => (
                  <tr key={item.observation.id} data-actual={`${item.indicator.code}:${item.agency.name}`}>
                    <td><input type="checkbox" aria-label={`${t('select')}: ${item.indicator.code} · ${item.agency.name}`} checked={selected.has(item.observation.id)}
                      onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(item.observation.id); else next.delete(item.observation.id); setSelected(next); }} /></td>
                    <th scope="row">{item.indicator.code}. {item.indicator.name}{item.observation.note && <p className="muted">{item.observation.note}</p>}</th>
                    <td>{item.agency.name}</td>
                    <td>{item.observation.value !== null && item.observation.value !== undefined ? `${formatNumber(item.observation.value)}${item.indicator.unit ? ` ${item.indicator.unit}` : ''}` : item.observation.text ?? '—'}</td>
                    <td>{formatDateTime(item.observation.submittedAt)}</td>
                    <td>
                      <label><span className="sr-only">{t('note')}: {item.indicator.code} · {item.agency.name}</span>
                        <input value={notes[item.observation.id] ?? ''} placeholder={t('returnNotePlaceholder')} onChange={(e) => setNotes({ ...notes, [item.observation.id]: e.target.value })} />
                      </label>
                      <FieldErrors errors={errors[item.observation.id] ?? []} />
                    </td>
                    <td className="row-actions">
                      <button type="button" onClick={() => void approveMany([item.observation.id])}>{t('approve')}</button>
                      <button type="button" className="secondary" onClick={() => void returnOne(item.observation.id, item.observation.version)}>{t('returnIt')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
};
