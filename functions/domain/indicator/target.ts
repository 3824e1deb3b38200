/**
 * An indicator's targets as an annex writes them ("≥ 150", "Top 10", "50 - 60", "16,5%",
 * "Tăng dần theo mỗi năm"), read into a comparator and numbers. The cell text is kept
 * exactly, so a reader can always check the reading against the plan.
 */
import { fold, nfc, parseVnNumber } from '../text/vietnamese';

/** What the indicator measures, which decides how a bare number in a cell is read. */
export type Measure =
  | 'COUNT'
  | 'PERCENT'
  | 'RANK'
  | 'INDEX'
  | 'GROWTH_RATE'
  | 'AMOUNT'
  | 'MILESTONE'
  | 'QUALITATIVE';

export type Comparator =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACTLY'
  | 'RANGE'
  | 'RANK_TOP'
  | 'GROWTH_RATE'
  | 'INCREASING'
  | 'DONE_BY'
  | 'QUALITATIVE';

export type Direction = 'AT_LEAST' | 'AT_MOST';

export type Accumulation = 'STOCK' | 'FLOW';

export interface Target {
  /** The milestone year: the target holds at the end of it ("Đến hết năm 2030"). */
  readonly year: number;
  /** The whole cell exactly as written, even when it holds several targets. */
  readonly text: string;
  readonly comparator: Comparator;
  /** The bound, the rank, the rate in percent, or the low end of a range; null for words. */
  readonly value: number | null;
  /** The high end of a RANGE; null otherwise. */
  readonly valueMax: number | null;
  /** What the target is counted within when a cell holds several ("Đông Nam Á", "Thế giới"). */
  readonly scope: string | null;
  /** How a reading was reached when the cell alone does not say it. */
  readonly note: string | null;
}

export interface TargetCellOptions {
  /** A direction the plan's text gives for a bare number (HDI: "trên 0.7"). */
  readonly direction?: Direction;
  readonly measure?: Measure;
  readonly year: number;
}

// Lower-cases and strips marks one character at a time, so positions in the folded text are
// positions in the original and a scope can be cut from the text as written.
function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.length === 1 ? ' ' : ch;
  }
  return out;
}

const NUM = String.raw`([+-]?\d+(?:[.,]\d+)*)`;
const AT_LEAST_WORDS = String.raw`>=|≥|>|tren|hon|tu|toi thieu|it nhat|khong duoi`;
const AT_MOST_WORDS = String.raw`<=|≤|<|duoi|toi da|khong qua|khong vuot qua`;
const MILESTONE_WORDS = /^(?:hinh thanh|thanh lap|hoan thanh|dat|xay dung|ban hanh|dua vao)(?![a-z])/;

const INCREASING = /(?:^|[^a-z])tang dan(?![a-z])/;
const TOP = /^top\s*(\d+)(.*)$/;
const RANGE = new RegExp(String.raw`^(?:tu\s+)?${NUM}\s*%?\s*(?:[-–—]|den)\s*${NUM}\s*(%?)(.*)$`);
const BOUND = new RegExp(
  String.raw`^(?:(${AT_LEAST_WORDS})|(${AT_MOST_WORDS})|dat)?\s*${NUM}\s*(%?)\s*(?:\/\s*nam(?![a-z]))?(.*)$`,
);

/** The words after the number, as written; punctuation around them is not part of the scope. */
function scopeOf(original: string, folded: string, rest: string | undefined): string | null {
  if (rest === undefined) return null;
  const cut = original.slice(folded.length - rest.length).replace(/^[\s:,(–—-]+|[\s.,)]+$/g, '');
  return cut.length > 0 ? cut : null;
}

function parsePart(text: string, opts: TargetCellOptions | undefined): Target {
  const year = opts?.year ?? 0;
  const base = { year, text, value: null, valueMax: null, scope: null, note: null } as const;
  const original = nfc(text).trim().replace(/\s+/g, ' ');
  const folded = foldAligned(original);

  if (INCREASING.test(folded)) return { ...base, comparator: 'INCREASING' };

  const top = TOP.exec(folded);
  if (top) {
    return { ...base, comparator: 'RANK_TOP', value: Number(top[1]), scope: scopeOf(original, folded, top[2]) };
  }

  const range = RANGE.exec(folded);
  const low = range ? parseVnNumber(range[1] ?? '') : null;
  const high = range ? parseVnNumber(range[2] ?? '') : null;
  if (range && low !== null && high !== null && low <= high) {
    return { ...base, comparator: 'RANGE', value: low, valueMax: high, scope: scopeOf(original, folded, range[4]) };
  }

  const bound = BOUND.exec(folded);
  const value = bound ? parseVnNumber(bound[3] ?? '') : null;
  if (bound && value !== null) {
    const scope = scopeOf(original, folded, bound[5]);
    if (opts?.measure === 'GROWTH_RATE') return { ...base, comparator: 'GROWTH_RATE', value, scope };
    if (bound[1] !== undefined) return { ...base, comparator: 'AT_LEAST', value, scope };
    if (bound[2] !== undefined) return { ...base, comparator: 'AT_MOST', value, scope };
    if (opts?.direction) {
      const note = `The cell gives a bare number; the plan's text reads it as ${opts.direction}.`;
      return { ...base, comparator: opts.direction, value, scope, note };
    }
    return { ...base, comparator: 'EXACTLY', value, scope };
  }

  if (opts?.measure === 'MILESTONE' && MILESTONE_WORDS.test(folded)) return { ...base, comparator: 'DONE_BY' };
  return { ...base, comparator: 'QUALITATIVE' };
}

/**
 * Reads one annex cell into its targets: "≤ 3 Đông Nam Á; ≤ 50 Thế giới" is two, scoped.
 * An empty cell has none. A bare number is EXACTLY unless `direction` says otherwise (and
 * the note says so); with measure GROWTH_RATE, "16%" is the yearly rate. `year` is the
 * milestone the cell sits under (0 when a caller has none).
 */
export function parseTargetCell(text: string, opts?: TargetCellOptions): Target[] {
  return text
    .split(/[;\n]+/)
    .filter((part) => part.trim().length > 0)
    .map((part) => ({ ...parsePart(part, opts), text }));
}

const RANK_UNIT = /(?:^|[^a-z])(?:thu bac|thu hang|xep hang)(?![a-z])/;
// "Đạt" opens qualitative cells too ("Đạt mức trên trung bình …"), so it alone does not make a milestone row.
const MILESTONE_ROW = /^(?:hinh thanh|thanh lap|hoan thanh|xay dung|ban hanh|dua vao)(?![a-z])/;
const AMOUNT_UNIT = /(?:^|[^a-z])(?:vnd|dong|usd)(?![a-z])/;

/**
 * The measure an annex row implies, from its name, unit and cells. Cells win over the unit
 * where they disagree: Bắc Ninh row 11 is "Tỷ lệ …" with unit "Doanh nghiệp" and cells "≥ 10%".
 */
export function inferMeasure(name: string, unit: string | null, cells: readonly string[]): Measure {
  const n = fold(name);
  const u = fold(unit ?? '');
  const filled = cells.map((c) => fold(c)).filter((c) => c.length > 0);
  if (RANK_UNIT.test(u) || /(?:^|[^a-z])xep hang(?![a-z])/.test(n) || filled.some((c) => TOP.test(c))) return 'RANK';
  // "tăng trung bình …%/năm", "Tốc độ tăng …", "Tăng trưởng …" in %, or a cell written "12%/năm".
  const percent = n.includes('%') || u.includes('%') || filled.some((c) => c.includes('%'));
  if (percent && (/tang trung binh|toc do tang|tang truong/.test(n) || filled.some((c) => /%\s*\/\s*nam/.test(c)))) return 'GROWTH_RATE';
  if (u.includes('%') || filled.some((c) => c.includes('%'))) return 'PERCENT';
  if (/(?:^|[^a-z])chi so(?![a-z])/.test(n)) return 'INDEX';
  if (AMOUNT_UNIT.test(u)) return 'AMOUNT';
  if (filled.length > 0 && filled.every((c) => !/\d/.test(c))) {
    return filled.every((c) => MILESTONE_ROW.test(c)) ? 'MILESTONE' : 'QUALITATIVE';
  }
  return 'COUNT';
}

/**
 * "… mỗi năm" and "hằng năm" count per year (FLOW); any other indicator is a level (STOCK).
 * Folded, "đổi mới năm …" reads as "mỗi năm", so "đổi mới" is excluded by name.
 */
export function inferAccumulation(name: string): Accumulation {
  return /(?:^|[^a-z])(?:hang|(?<!doi )moi) nam(?![a-z])/.test(fold(name)) ? 'FLOW' : 'STOCK';
}
