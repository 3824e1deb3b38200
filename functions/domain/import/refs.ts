/**
 * Document numbers and dates as Vietnamese administrative documents write them:
 * `523/KH-UBND`, `93/2025/QH15`, `268/2025/NĐ-CP`, `57-NQ/TW`, `844/QĐ-TTg`;
 * "ngày 02 tháng 3 năm 2026", "ngày 14/10/2025", "02/12/2025".
 */
import type { IsoDate, LegalDocumentKind } from '../plan/model';
import { fold } from '../text/vietnamese';

const SYMBOL = '[A-ZĐ][A-ZĐa-zđ]{0,5}\\d{0,2}';
/** number[/year](/|-)SYMBOL[(-|/)SYMBOL…] — spaces around the separators allowed. */
const DOC_NUMBER = new RegExp(
  `(?<![\\p{L}\\d/])(\\d{1,5}[a-z]?)\\s*(?:\\/\\s*((?:19|20)\\d{2}))?\\s*([\\/-])\\s*(${SYMBOL}(?:\\s*[\\/-]\\s*${SYMBOL}){0,3})(?![\\p{L}\\d])`,
  'gu',
);

export interface DocNumberHit {
  readonly number: string;
  readonly index: number;
  readonly end: number;
}

/** Every document number in `s`, spaces removed (`57- NQ/TW` → `57-NQ/TW`). */
export function findDocNumbers(s: string): DocNumberHit[] {
  const out: DocNumberHit[] = [];
  for (const m of s.matchAll(DOC_NUMBER)) {
    const [, n, year, sep, symbol] = m;
    const sym = (symbol ?? '').replace(/\s+/g, '');
    if (!/[A-ZĐ]{2}|QH\d|TW/.test(sym)) continue;
    const number = `${n}${year ? `/${year}` : ''}${sep}${sym}`;
    out.push({ number, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The symbol's first part says what a document is: KH → PLAN, QĐ → DECISION … */
export function kindFromNumber(number: string): LegalDocumentKind {
  const f = fold(number).toUpperCase();
  if (/-?NQ\/TW$|NQ\/TU$|NQ\/TW|NQ-TW/.test(f)) return 'PARTY_RESOLUTION';
  if (/(^|[\/-])KH([\/-]|$)/.test(f)) return 'PLAN';
  if (/(^|[\/-])QD([\/-]|$)/.test(f)) return 'DECISION';
  if (/(^|[\/-])ND([\/-]|$)/.test(f)) return 'DECREE';
  if (/(^|[\/-])NQ([\/-]|$)/.test(f)) return 'RESOLUTION';
  if (/(^|[\/-])TT([\/-]|$)/.test(f)) return 'CIRCULAR';
  if (/(^|[\/-])CT([\/-]|$)/.test(f)) return 'DIRECTIVE';
  if (/\/QH\d*$/.test(f)) return 'LAW';
  return 'OTHER';
}

/** The word before a number names the kind: "Luật", "Nghị định", "Nghị quyết" … */
export function kindFromWord(s: string): LegalDocumentKind | null {
  const f = fold(s);
  if (/^(bo )?luat\b/.test(f)) return 'LAW';
  if (/^nghi dinh\b/.test(f)) return 'DECREE';
  if (/^nghi quyet\b/.test(f)) return 'RESOLUTION';
  if (/^quyet dinh\b/.test(f)) return 'DECISION';
  if (/^ke hoach\b/.test(f)) return 'PLAN';
  if (/^thong tu\b/.test(f)) return 'CIRCULAR';
  if (/^chi thi\b/.test(f)) return 'DIRECTIVE';
  if (/^(chuong trinh|de an|ket luan|cong van|van ban|thong bao|huong dan)\b/.test(f)) return 'OTHER';
  return null;
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WORD_DATE = /ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/iu;
const SLASH_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;

/** The first date in `s`, as ISO, or null. */
export function findDate(s: string): { date: IsoDate; index: number } | null {
  const a = WORD_DATE.exec(s);
  const b = SLASH_DATE.exec(s);
  const cands: { date: IsoDate; index: number }[] = [];
  if (a) {
    const d = iso(Number(a[3]), Number(a[2]), Number(a[1]));
    if (d) cands.push({ date: d, index: a.index });
  }
  if (b) {
    const d = iso(Number(b[3]), Number(b[2]), Number(b[1]));
    if (d) cands.push({ date: d, index: b.index });
  }
  cands.sort((x, y) => x.index - y.index);
  return cands[0] ?? null;
}

/** A date cell ("02/12/2025", "2025-12-02", "ngày 02 tháng 12 năm 2025"). */
export function parseDateCell(s: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return findDate(s)?.date ?? null;
}
