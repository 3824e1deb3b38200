import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import { graphql } from '../gql';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { parseCsv } from '../components/csv';
import { downloadCsv } from '../components/download';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatNumber, formatPeriod } from '../i18n/format';
import { readSheet, templateRows, type SheetIndicator, type SheetLine } from './actuals-sheet';

const Batch = graphql(`
  mutation ConsoleObservationBatch($input: ObservationBatchSubmitInput!) {
    observationBatchSubmit(input: $input) {
      rows { row observation { id status } }
      submittedCount
      userErrors { field message code }
    }
  }
`);

interface Preview { fileName: string; lines: readonly SheetLine[]; server: Record<number, readonly UserErrorLike[]>; key: string; sent: boolean }

/** The round's actuals by spreadsheet: download the pre-filled CSV, upload it filled, see each row's errors (ours and the API's, in Vietnamese), submit the valid rows as one idempotent batch. */
export const SheetUpload = ({ period, indicators, onDone }: { period: string; indicators: readonly SheetIndicator[]; onDone: (message: string) => void }) => {
  const { t, lang } = useI18n();
  const ids = useId();
  const [batch] = useMutation(Batch);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);

  const valid = (p: Preview) => p.lines.filter((l) => l.errors.length === 0 && !(p.server[l.line]?.length));
  const rowsOf = (lines: readonly SheetLine[]) => lines.map((l) => ({ indicator: l.indicatorId!, period: l.period, value: l.value, text: l.text, note: l.note }));
  /** Server errors by sheet line, from the row index in each error's field path. */
  const byLine = (lines: readonly SheetLine[], userErrors: readonly UserErrorLike[]) => {
    const out: Record<number, UserErrorLike[]> = {};
    for (const e of userErrors) {
      const index = e.field?.[0] === 'input' && e.field[1] === 'rows' ? Number(e.field[2]) : NaN;
      const line = lines[index]?.line;
      if (line !== undefined) (out[line] ??= []).push(e);
    }
    return out;
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    setBusy(true);
    try {
      const { lines, missingColumns } = readSheet(parseCsv(await file.text()), period, indicators);
      if (missingColumns.length) { setPreview(null); setErrors([{ code: 'INVALID', message: t('sheetMissingColumns', { columns: missingColumns.join(', ') }) }]); return; }
      const key = crypto.randomUUID();
      const locallyValid = lines.filter((l) => l.errors.length === 0);
      let server: Record<number, readonly UserErrorLike[]> = {};
      if (locallyValid.length > 0) {
        const r = (await batch({ variables: { input: { rows: rowsOf(locallyValid), idempotencyKey: key, validateOnly: true } } })).data?.observationBatchSubmit;
        server = byLine(locallyValid, r?.userErrors ?? []);
        if (r && r.userErrors.some((e) => e.field?.length === 2 || !e.field)) setErrors(r.userErrors.filter((e) => !e.field || e.field.length === 2));
      }
      setPreview({ fileName: file.name, lines, server, key, sent: false });
    } catch (e) {
      setErrors([{ code: 'INVALID', message: (e as Error).message }]);
    } finally { setBusy(false); }
  };

  const onSubmit = async () => {
    if (!preview) return;
    const good = valid(preview);
    setBusy(true);
    try {
      const r = (await batch({ variables: { input: { rows: rowsOf(good), idempotencyKey: preview.key } } })).data?.observationBatchSubmit;
      if (!r) return;
      setPreview({ ...preview, server: { ...preview.server, ...byLine(good, r.userErrors) }, sent: true });
      onDone(t('sheetSubmitted', { count: r.submittedCount }));
    } catch (e) {
      // The same key is kept: sending again after a lost answer enters nothing twice.
      setErrors([{ code: 'INVALID', message: (e as Error).message }]);
    } finally { setBusy(false); }
  };

  const good = preview ? valid(preview) : [];
  return (
    <section className="block sheet" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('sheetTitle', { period: formatPeriod(period, lang) })}</h3>
      <p className="muted">{t('sheetIntro')}</p>
      <div className="row-actions">
        <button type="button" className="secondary" onClick={() => downloadCsv(`so-lieu-${period}.csv`, templateRows(period, indicators.filter((i) => i.state === 'MISSING')))}>{t('sheetTemplate')}</button>
        <label className="inline">{t('sheetUpload')}
          <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      </div>
      <FieldErrors errors={errors} />
      {preview && (
        <>
          <p role="status">{t('sheetSummary', { file: preview.fileName, rows: preview.lines.length, good: good.length })}</p>
          <div className="table-wrap">
            <table className="sheet-preview">
              <thead><tr><th scope="col">{t('sheetLine')}</th><th scope="col">{t('code')}</th><th scope="col">{t('actualValue')}</th><th scope="col">{t('status')}</th></tr></thead>
              <tbody>
                {preview.lines.map((l) => {
                  const server = preview.server[l.line] ?? [];
                  const ok = l.errors.length === 0 && server.length === 0;
                  return (
                    <tr key={l.line} data-line={l.line} className={ok ? '' : 'row-error'}>
                      <td>{l.line}</td>
                      <td>{l.code}</td>
                      <td>{l.value !== null ? formatNumber(l.value) : l.text ?? '—'}</td>
                      <td>
                        {ok ? <span className="badge state-APPROVED">{preview.sent ? t('state_SUBMITTED') : t('sheetRowOk')}</span> : (
                          <ul className="field-errors">
                            {l.errors.map((e, i) => <li key={i}>{t(e.key, e.vars)}</li>)}
                            {server.map((e, i) => <li key={`s${i}`}><strong>{t(enumKey('code', e.code))}:</strong> {e.message}</li>)}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {!preview.sent && <button type="button" disabled={busy || good.length === 0} onClick={() => void onSubmit()}>{t('sheetSubmit', { count: good.length })}</button>}
        </>
      )}
    </section>
  );
};
