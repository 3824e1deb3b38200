/**
 * Vietnamese number and date formats whatever the UI language: officials read `1.800`,
 * `0,7` and `31/12/2026` in every document they file, so the English switch changes words,
 * not figures.
 */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : numberFormat.format(value));

/** `2026-12-31` or an ISO date-time → `31/12/2026`. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

/** An ISO date-time → `31/12/2026 14:05` in Vietnam's time zone. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
};

/** A reporting period as officials write it: `2026-Q3` → `Quý III/2026`, `2026-H1` → `6 tháng đầu năm 2026`. */
export const formatPeriod = (period: string, lang: 'vi' | 'en' = 'vi'): string => {
  const roman = ['I', 'II', 'III', 'IV'];
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return lang === 'vi' ? `Quý ${roman[Number(q[2]) - 1]}/${q[1]}` : `Q${q[2]} ${q[1]}`;
  const h = /^(\d{4})-H([12])$/.exec(period);
  if (h) return lang === 'vi' ? `${h[2] === '1' ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${h[1]}` : `${h[2] === '1' ? 'First' : 'Second'} half ${h[1]}`;
  const mo = /^(\d{4})-(\d{2})$/.exec(period);
  if (mo) return lang === 'vi' ? `Tháng ${Number(mo[2])}/${mo[1]}` : `${mo[2]}/${mo[1]}`;
  return lang === 'vi' && /^\d{4}$/.test(period) ? `Năm ${period}` : period;
};

/** Lower-case, no diacritics, đ → d: the same folding the API's search uses, for filtering a loaded list. */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();

/**
 * A number as an official types it: `1.800` (dots group thousands), `0,7` (comma is the
 * decimal mark), `1 800`, or a plain `0.7` when the dot is not followed by groups of three.
 * Null when the text is not a number, so the form can say so before asking the API.
 */
export const parseNumber = (text: string): number | null => {
  const s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  let normal: string;
  if (s.includes(',')) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
  else normal = s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
};

/** `31/12/2026` (or `31-12-2026`, `31.12.2026`) → `2026-12-31`; null when it is not a real day. Browsers' own date fields follow the browser's locale, not the page's. */
export const parseDate = (text: string): string | null => {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
