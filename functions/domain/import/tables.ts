/**
 * Tables as the parser meets them: a header row naming columns, then rows, some of
 * them group rows ("I. Đến năm 2030", a bold "Nhóm nhiệm vụ …"), some continuation
 * rows (an empty TT) that go on the row above.
 */
import { fold } from '../text/vietnamese';
import type { TableBlock, TableRow } from './lines';

export type ColumnRole =
  | 'code'
  | 'name'
  | 'task'
  | 'unit'
  | 'milestone'
  | 'result'
  | 'baseline'
  | 'lead'
  | 'coordinating'
  | 'output'
  | 'timeline'
  | 'note'
  | 'other';

export interface Column {
  readonly role: ColumnRole;
  readonly index: number;
  readonly header: string;
  /** The milestone year a column names ("Đến hết năm 2030" → 2030). */
  readonly year: number | null;
}

function yearOf(h: string): number | null {
  const ys = [...h.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  return ys.length > 0 ? (ys[ys.length - 1] as number) : null;
}

/** What a header cell names. */
function columnRole(header: string): { role: ColumnRole; year: number | null } {
  const f = fold(header);
  const year = yearOf(header);
  if (/^(stt|tt|so tt|so thu tu|ma|ma so)$/.test(f)) return { role: 'code', year: null };
  if (/(chu tri|dau moi)/.test(f)) return { role: 'lead', year: null };
  if (/phoi hop/.test(f)) return { role: 'coordinating', year: null };
  if (/^(don vi tinh|dvt|don vi do)/.test(f)) return { role: 'unit', year: null };
  if (/(hien trang|co so|hien nay|thuc hien nam|uoc thuc hien)/.test(f)) return { role: 'baseline', year };
  if (/^(thoi gian|thoi han|tien do)/.test(f)) return { role: 'timeline', year: null };
  if (/^(san pham|ket qua dau ra|hinh thuc san pham|ket qua du kien)/.test(f)) return { role: 'output', year: null };
  if (/^(ghi chu)/.test(f)) return { role: 'note', year: null };
  if (/^(nhiem vu|noi dung nhiem vu|ten nhiem vu|noi dung cong viec|hoat dong|nhiem vu, giai phap|noi dung)$|^(nhiem vu|noi dung cong viec|ten nhiem vu)/.test(f)) return { role: 'task', year: null };
  if (/^(chi tieu|ten chi tieu|noi dung chi tieu|cac chi tieu)$/.test(f)) return { role: 'name', year: null };
  if (year !== null) return { role: 'milestone', year };
  if (/^(ket qua|muc tieu|gia tri|chi tieu (can |phai )?dat|ket qua can dat|muc tieu can dat)/.test(f)) return { role: 'result', year: null };
  if (/chi tieu/.test(f)) return { role: 'name', year: null };
  return { role: 'other', year: null };
}

export interface ReadTable {
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
}

/** Finds the header row (the first naming at least two known columns) and maps its columns. */
export function readTable(t: TableBlock): ReadTable | null {
  for (let h = 0; h < Math.min(t.rows.length, 4); h += 1) {
    const row = t.rows[h] as TableRow;
    const cols = row.cells.map((c, index) => ({ index, header: c, ...columnRole(c) }));
    const known = cols.filter((c) => c.role !== 'other').length;
    if (known >= 2) return { columns: cols, rows: t.rows.slice(h + 1) };
  }
  return null;
}

export function col(t: ReadTable, role: ColumnRole): Column | undefined {
  return t.columns.find((c) => c.role === role);
}

export function cell(row: TableRow, c: Column | undefined): string {
  if (!c) return '';
  return (row.cells[c.index] ?? '').trim();
}

const CODE = /^(\d+(?:\.\d+)*)\.?$/;
const GROUP_CODE = /^([IVXLC]+|[A-Z])\.?$/;

export type RowKind = 'row' | 'group' | 'continuation' | 'empty';

/** What a row is: a numbered row, a group row, a continuation of the row above. */
export function rowKind(t: ReadTable, row: TableRow): { kind: RowKind; code: string; label: string } {
  const codeCol = col(t, 'code');
  const nonEmpty = row.cells.map((c, i) => ({ c: c.trim(), i })).filter((x) => x.c !== '');
  if (nonEmpty.length === 0) return { kind: 'empty', code: '', label: '' };
  const first = codeCol ? cell(row, codeCol) : '';
  const rest = nonEmpty.filter((x) => !codeCol || x.i !== codeCol.index);
  if (first && GROUP_CODE.test(first)) {
    return { kind: 'group', code: first.replace(/\.$/, ''), label: rest.map((x) => x.c).join(' ') };
  }
  const groupText = /^([IVXLC]+|[A-Z])\s*[.)]\s*(.+)$/u.exec(nonEmpty[0]?.c ?? '');
  if ((!first || !CODE.test(first)) && (row.cells.length === 1 || nonEmpty.length === 1) && (groupText || row.bold || nonEmpty.length === 1)) {
    if (groupText) return { kind: 'group', code: groupText[1] ?? '', label: (groupText[2] ?? '').trim() };
    if (!first) return row.bold || row.cells.length === 1 ? { kind: 'group', code: '', label: nonEmpty[0]?.c ?? '' } : { kind: 'continuation', code: '', label: '' };
  }
  if (first && CODE.test(first)) return { kind: 'row', code: first.replace(/\.$/, ''), label: '' };
  if (!first && row.bold && rest.length <= 2) return { kind: 'group', code: '', label: rest.map((x) => x.c).join(' ') };
  if (!first) return { kind: 'continuation', code: '', label: '' };
  return { kind: 'row', code: first, label: '' };
}
