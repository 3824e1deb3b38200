/**
 * Reads a plan's "Thời gian thực hiện" into a date range and a recurrence, keeping the
 * text as written. The forms are those of the plans we hold (Cao Bằng 523/KH-UBND,
 * Bắc Ninh 151/KH-UBND) and DESIGN.md §3; text we cannot read keeps null dates rather
 * than a guess, so a person sees it and fixes it.
 */
import type { IsoDate, Recurrence, Timeline } from '../plan/model';
import { fold } from '../text/vietnamese';

export type Quarter = 1 | 2 | 3 | 4;

/** A period the text names, with where it sits in the folded text. */
interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly from: number;
  readonly to: number;
}

type Span = { readonly start: IsoDate; readonly end: IsoDate };

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthSpan(year: number, first: number, last: number): Span | null {
  if (first < 1 || last > 12 || first > last) return null;
  return { start: isoDate(year, first, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}

// Plans are dated within a working lifetime; a four-digit number outside it is not a year.
function isYear(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

function yearSpan(first: number, last: number): Span | null {
  if (!isYear(first) || !isYear(last) || first > last) return null;
  return { start: isoDate(first, 1, 1), end: isoDate(last, 12, 31) };
}

function daySpan(year: number, month: number, day: number): Span | null {
  if (!isYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = isoDate(year, month, day);
  return { start: date, end: date };
}

const ROMAN: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The first and last day of a quarter. */
export function quarterSpan(year: number, quarter: Quarter): Span {
  const last = quarter * 3;
  return { start: isoDate(year, last - 2, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}

// "/2026", ", năm 2026", " năm 2026" and " 2026" all tie a month or quarter to its year.
const YEAR_OF = String.raw`\s*(?:\/|,)?\s*(?:nam\s*)?(\d{4})`;
const DASH = String.raw`(?:[-–—]|den|toi)`;
// Quarters named together share the year written after the last: "Quý I và quý II/2027",
// "Quý I, II/2027" run from the first to the last.
const QUARTER_JOIN = String.raw`(?:[-–—]|den|toi|va|,)`;

/**
 * Period forms, most specific first: at each word the first that matches wins, so
 * "Quý III/2026" is a quarter before "2026" can be read as a year.
 */
const FORMS: readonly { readonly re: RegExp; readonly span: (m: RegExpExecArray) => Span | null }[] = [
  {
    // "Từ tháng 01 - 03, năm 2027"
    re: new RegExp(String.raw`(?:tu\s+)?thang\s+(\d{1,2})\s*${DASH}\s*(?:thang\s+)?(\d{1,2})${YEAR_OF}`, 'y'),
    span: (m) => monthSpan(Number(m[3]), Number(m[1]), Number(m[2])),
  },
  {
    // "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"
    re: /(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam\s*(\d{4})/y,
    span: (m) => {
      const months = Number(m[1]);
      if (months < 1 || months > 12) return null;
      return m[2] === 'dau'
        ? monthSpan(Number(m[3]), 1, months)
        : monthSpan(Number(m[3]), 13 - months, 12);
    },
  },
  {
    // "nửa đầu năm 2026": the same as six months
    re: /nua\s+(dau|cuoi)\s+nam\s*(\d{4})/y,
    span: (m) => (m[1] === 'dau' ? monthSpan(Number(m[2]), 1, 6) : monthSpan(Number(m[2]), 7, 12)),
  },
  {
    // "15/10/2026", "02/12/2025"
    re: /(\d{1,2})\/(\d{1,2})\/(\d{4})/y,
    span: (m) => daySpan(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // "ngày 02 tháng 3 năm 2026", as plans date themselves
    re: /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})/y,
    span: (m) => daySpan(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // "Tháng 6/2026", "tháng 6 năm 2026"
    re: new RegExp(String.raw`thang\s+(\d{1,2})${YEAR_OF}`, 'y'),
    span: (m) => (isYear(Number(m[2])) ? monthSpan(Number(m[2]), Number(m[1]), Number(m[1])) : null),
  },
  {
    // "6/2026"
    re: /(\d{1,2})\/(\d{4})/y,
    span: (m) => (isYear(Number(m[2])) ? monthSpan(Number(m[2]), Number(m[1]), Number(m[1])) : null),
  },
  {
    // "Quý III - Quý IV/2026", "quý 1 – 2 năm 2027", "Quý I và quý II/2027": a quarter range
    // whose year is written once, after the second end. A range that runs backwards ("Quý IV -
    // Quý I/2027") is a mistake to show, not a guess at which year was meant.
    re: new RegExp(String.raw`quy\s+(iv|i{1,3}|[1-4])\s*${QUARTER_JOIN}\s*(?:quy\s+)?(iv|i{1,3}|[1-4])(?![a-z0-9])${YEAR_OF}`, 'y'),
    span: (m) => {
      const first = ROMAN[m[1] ?? ''];
      const last = ROMAN[m[2] ?? ''];
      const year = Number(m[3]);
      if (first === undefined || last === undefined || first > last || !isYear(year)) return null;
      return { start: quarterSpan(year, first).start, end: quarterSpan(year, last).end };
    },
  },
  {
    // "Quý III/2026", "Quý I, năm 2027", "Quý IV năm 2026", "quý 3/2026"
    re: new RegExp(String.raw`quy\s+(iv|i{1,3}|[1-4])(?![a-z0-9])${YEAR_OF}`, 'y'),
    span: (m) => {
      const quarter = ROMAN[m[1] ?? ''];
      const year = Number(m[2]);
      return quarter !== undefined && isYear(year) ? quarterSpan(year, quarter) : null;
    },
  },
  {
    // "Giai đoạn 2025 - 2030", "2025-2030", "từ năm 2025 đến năm 2030"
    re: new RegExp(
      String.raw`(?:giai\s+doan\s+)?(?:tu\s+)?(?:nam\s+)?(\d{4})\s*${DASH}\s*(?:het\s+)?(?:nam\s+)?(\d{4})(?!\d)`,
      'y',
    ),
    span: (m) => yearSpan(Number(m[1]), Number(m[2])),
  },
  {
    // "Năm 2027", "Trong năm 2026", "2026"
    re: /(?:nam\s+)?(\d{4})(?![\d/])/y,
    span: (m) => yearSpan(Number(m[1]), Number(m[1])),
  },
];

function findPeriods(text: string): Period[] {
  const periods: Period[] = [];
  let i = 0;
  while (i < text.length) {
    const atWordStart = i === 0 || !/[a-z0-9]/.test(text[i - 1] ?? '');
    const found = atWordStart ? matchAt(text, i) : null;
    if (found) {
      if (found.span) periods.push({ ...found.span, from: i, to: found.to });
      i = found.to;
    } else {
      i += 1;
    }
  }
  return periods;
}

/**
 * The first form that matches decides, even when its numbers are impossible: "Tháng
 * 13/2026" is a mistake to show, not the year 2026 read from its tail.
 */
function matchAt(text: string, at: number): { span: Span | null; to: number } | null {
  for (const form of FORMS) {
    form.re.lastIndex = at;
    const m = form.re.exec(text);
    if (m) return { span: form.span(m), to: at + m[0].length };
  }
  return null;
}

// What the words just before a period say about it.
const BEFORE = /(?:^|[^a-z0-9])truoc(?:\s+ngay)?\s*$/;
const UNTIL = /(?:^|[^a-z0-9])(?:den|toi|cham\s+nhat|muon\s+nhat)(?:\s+het)?(?:\s+ngay)?\s*$/;
const FROM = /(?:^|[^a-z0-9])(?:tu|ke\s+tu|bat\s+dau(?:\s+tu)?)(?:\s+ngay)?\s*$/;
const AFTER = /(?:^|[^a-z0-9])sau(?:\s+ngay)?\s*$/;
const JOINED = /^\s*,?\s*(?:[-–—]|den|toi)(?:\s+het)?(?:\s+ngay)?\s*$/;

function dateRange(text: string): { start: IsoDate | null; end: IsoDate | null } {
  const [first, second] = findPeriods(text);
  if (!first) return { start: null, end: null };
  const lead = text.slice(0, first.from);
  // "trước ngày 15/10/2026" is literal: the last day inside is the 14th.
  if (BEFORE.test(lead)) return { start: null, end: addDays(first.start, -1) };
  // "đến năm 2030, định hướng đến năm 2045": the first deadline is the plan's; the rest is orientation.
  if (UNTIL.test(lead)) return { start: null, end: first.end };
  if (second && JOINED.test(text.slice(first.to, second.from)) && second.end >= first.start) {
    return { start: first.start, end: second.end };
  }
  if (FROM.test(lead)) return { start: first.start, end: null };
  if (AFTER.test(lead)) return { start: addDays(first.end, 1), end: null };
  return { start: first.start, end: first.end };
}

// Folding makes "mới năm" (new … year) read as "mỗi năm" (each year): "đổi mới" is excluded by
// name, and a number right after is a date ("mới năm 2026"), not a recurrence.
const RECURRENCES: readonly [Recurrence, RegExp][] = [
  ['CONTINUOUS', /(?<![a-z])(?:thuong\s+xuyen|lien\s+tuc)(?![a-z])/],
  ['ANNUAL', /(?<![a-z])(?:(?:hang|(?<!doi\s)moi)\s+nam(?!\s*\d)|thuong\s+nien)(?![a-z])/],
  ['QUARTERLY', /(?<![a-z])(?:hang|(?<!doi\s)moi)\s+quy(?![a-z]|\s+(?:iv|i{1,3}|\d))/],
  ['MONTHLY', /(?<![a-z])(?:hang|(?<!doi\s)moi)\s+thang(?![a-z]|\s*\d)/],
];

function recurrence(text: string): Recurrence | null {
  for (const [kind, re] of RECURRENCES) if (re.test(text)) return kind;
  return null;
}

/**
 * Parses a timeline as written. A parenthesis is context, not the timeline: "Trong năm
 * 2026 (Dự án kéo dài thực hiện từ 2025 - 2027)" is 2026. An open side ("Bắt đầu từ quý
 * III/2026", "đến năm 2030") is null. A null timeline (the plan gives none) has text ''.
 */
export function parseTimeline(text: string | null): Timeline {
  const written = text ?? '';
  const folded = fold(written.replace(/\([^)]*\)/g, ' '));
  return { text: written, ...dateRange(folded), recurring: recurrence(folded) };
}

/**
 * Whether a date falls in a timeline, both ends included. An open side is unbounded; a
 * timeline with neither date contains nothing, since we do not know when it runs.
 */
export function timelineContains(t: Timeline, date: IsoDate): boolean {
  if (t.start === null && t.end === null) return false;
  if (t.start !== null && date < t.start) return false;
  if (t.end !== null && date > t.end) return false;
  return true;
}

/** The calendar quarter (1–4) of an ISO date. */
export function quarterOf(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}
