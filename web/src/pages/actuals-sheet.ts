/**
 * The round's actuals as a spreadsheet, both ways: the pre-filled template an agency
 * downloads (one row per indicator it owes this round) and the reading of what it uploads
 * back, row by row, with the errors a clerk can fix in the sheet. Pure: the page sends the
 * good rows to observationBatchSubmit and shows the API's own row errors beside these.
 */
import { fold, parseNumber } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';

export const SHEET_HEADER = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị', 'Kỳ báo cáo', 'Giá trị', 'Kết quả bằng lời', 'Ghi chú'] as const;
const COLUMN_NAMES: Record<string, readonly string[]> = {
  code: ['ma chi tieu', 'ma', 'code', 'indicator code'],
  period: ['ky bao cao', 'ky', 'period'],
  value: ['gia tri', 'gia tri thuc hien', 'value', 'actual'],
  text: ['ket qua bang loi', 'text'],
  note: ['ghi chu', 'note'],
};

export interface SheetIndicator {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly unit?: string | null;
  /** Where the round's actual stands: only MISSING rows are entered from a sheet. */
  readonly state: string;
  readonly value?: number | null;
}

interface SheetError { readonly column: 'code' | 'period' | 'value' | 'text' | 'note' | 'row'; readonly key: MessageKey; readonly vars?: Record<string, string | number> }

export interface SheetLine {
  /** The row number a spreadsheet shows (the header is row 1). */
  readonly line: number;
  readonly code: string;
  readonly indicatorId: string | null;
  readonly period: string;
  readonly value: number | null;
  readonly text: string | null;
  readonly note: string | null;
  readonly errors: readonly SheetError[];
}

/** Header and one row per indicator owed, the period filled in, values left for the agency. */
export const templateRows = (period: string, indicators: readonly SheetIndicator[]): (string | number | null)[][] => [
  [...SHEET_HEADER],
  ...indicators.map((i) => [i.code, i.name, i.unit ?? '', period, null, null, null]),
];

/** Reads the uploaded rows against the round's indicators. Blank rows are skipped; a row with neither value nor text is an error (delete it instead). */
export const readSheet = (rows: readonly (readonly string[])[], period: string, indicators: readonly SheetIndicator[]): { lines: SheetLine[]; missingColumns: string[] } => {
  const header = (rows[0] ?? []).map((h) => fold(h).trim());
  const col = (name: keyof typeof COLUMN_NAMES) => header.findIndex((h) => COLUMN_NAMES[name]!.includes(h));
  const at = { code: col('code'), period: col('period'), value: col('value'), text: col('text'), note: col('note') };
  const missingColumns = (['code', 'value'] as const).filter((k) => at[k] === -1).map((k) => SHEET_HEADER[k === 'code' ? 0 : 4]);
  if (missingColumns.length) return { lines: [], missingColumns };
  const byCode = new Map(indicators.map((i) => [fold(i.code).trim(), i]));
  const seen = new Set<string>();
  const lines = rows.slice(1).map((cells, index): SheetLine => {
    const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? '').trim());
    const code = cell(at.code);
    const rowPeriod = cell(at.period) || period;
    const rawValue = cell(at.value);
    const text = cell(at.text) || null;
    const errors: SheetError[] = [];
    const indicator = byCode.get(fold(code));
    if (!indicator) errors.push({ column: 'code', key: 'sheetUnknownCode', vars: { code } });
    else if (seen.has(indicator.id)) errors.push({ column: 'code', key: 'sheetDuplicateCode', vars: { code } });
    else if (indicator.state !== 'MISSING') errors.push({ column: 'row', key: 'sheetAlreadyEntered' });
    if (indicator) seen.add(indicator.id);
    if (rowPeriod !== period) errors.push({ column: 'period', key: 'sheetWrongPeriod', vars: { period } });
    const value = rawValue === '' ? null : parseNumber(rawValue);
    if (rawValue !== '' && value === null) errors.push({ column: 'value', key: 'notANumber' });
    if (rawValue === '' && !text) errors.push({ column: 'value', key: 'sheetNoValue' });
    return { line: index + 2, code, indicatorId: indicator?.id ?? null, period: rowPeriod, value, text, note: cell(at.note) || null, errors };
  });
  return { lines, missingColumns: [] };
};
