/**
 * Vietnamese text as the plans write it: one spelling for comparison and search,
 * and the plans' number format (`1.800`, `0,7`, `16,5%`).
 */

/** Input pasted from Word or a web page may be decomposed (NFD); stored text is NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * C0 and C1 control characters except tab and line feed, and the invisible characters that
 * make two names look alike (zero-width space, word joiner, byte-order mark).
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g;

/**
 * Text as it is stored: NFC, without control or zero-width characters. "Hội\u200b Nông dân"
 * and "Hội Nông dân" are the same agency; a NUL never reaches a record.
 */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '');
}

/**
 * The key two spellings of the same words share: agencies and search compare on it, so
 * "Sở Khoa học và Công nghệ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and "So Khoa hoc va Cong nghe" meet.
 * 'đ' is a letter of its own, not 'd' plus a mark, so NFD leaves it: it is mapped by hand.
 */
export function fold(s: string): string {
  return nfc(s)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words in text order, repeats kept: what the search index files phrases by. */
export function searchWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Folded words, each once, in first-seen order. */
export function searchTokens(s: string): string[] {
  return [...new Set(searchWords(s))];
}

/**
 * True when every query word starts some word of the haystack ("khoi ngh" finds
 * "Khởi nghiệp"), or the whole folded query occurs in it (a phrase cut mid-word).
 * An empty query matches everything: a blank search box filters nothing.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const queryTokens = searchTokens(query);
  if (queryTokens.length === 0) return true;
  const hay = searchTokens(haystack);
  if (queryTokens.every((q) => hay.some((h) => h.startsWith(q)))) return true;
  return fold(haystack).includes(fold(query));
}

// A dot then groups of exactly three digits is a thousands separator; the first group must
// not be a bare 0, since "0.750" is a decimal however many digits follow.
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^[+-]?\d+\.\d+$/;

/**
 * Reads a number as Vietnamese documents write it: `1.800` → 1800, `1.200.000` → 1200000,
 * `0,7` → 0.7, `16,5%` → 16.5 (the percent sign is dropped, the value is in percent),
 * `02` → 2. The plans also write `0.7` (HDI "trên 0.7"): a dot not followed by exactly
 * three-digit groups is a decimal point. Anything else is null, never a guess.
 */
export function parseVnNumber(s: string): number | null {
  const t = nfc(s).trim().replace(/\s*%$/, '');
  if (GROUPED.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  if (DOT_DECIMAL.test(t)) return Number(t);
  return null;
}

/**
 * Writes a number the Vietnamese way: `.` between thousands, `,` before decimals.
 * Without `fractionDigits` it prints as many decimals as the number needs (up to 10),
 * so 0.7 is "0,7" and 1800 is "1.800".
 */
export function formatVnNumber(n: number, fractionDigits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(fractionDigits ?? 10);
  const [intPart = '0', rawFraction = ''] = fixed.split('.');
  const fraction = fractionDigits === undefined ? rawFraction.replace(/0+$/, '') : rawFraction;
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction.length > 0 ? ',' + fraction : '');
}
