/**
 * Counts kept on write instead of recounted on read (issue 13.4). A record contributes
 * dated marks to named series; the data layer adds each mark to a bucket item of its
 * series and year (a total, and one number per day), so a count over any window is the
 * sum of at most one bucket per year — its cost grows with the years counted, never with
 * the registry. These functions are the one definition of what is counted: the write path,
 * the rebuild and the readers all use them, and counts.ts stays the rule a count obeys.
 */
import type { IsoDate } from '../plan/model';
import { eligibleUntil } from './eligibility';
import type { CountKind } from './counts';
import type { EventData, IncubatorData, InvestmentData, StartupData, SupportGrantData } from './model';

export type Series =
  /** Every live record of a type (nationalSummary's totals), undated. */
  | 'startups'
  | 'incubators'
  | 'mentors'
  /** Investments and support grants by date, with their VND amounts. */
  | 'investments'
  | 'grants'
  /** Startups that can be innovative startups, by first registration date. */
  | 'registered'
  /** Recognised incubators by recognition (else establishment) date; undated when neither. */
  | 'recognised'
  | 'products'
  | 'patents'
  | 'trainings'
  /** Provincially funded beneficiaries at their first such grant, overall … */
  | 'budgetFirst'
  /** … and at their first such grant of each year. */
  | 'budgetYearFirst';

export interface Mark {
  readonly series: Series;
  readonly date: IsoDate | null;
  /** VND, for series that sum money. */
  readonly amount?: number;
}

const vnd = (m: { amount: string; currency: string }): number => (m.currency === 'VND' ? Number(m.amount) || 0 : 0);

/** The marks one live record makes (budget beneficiaries apart: see beneficiaryMarks). */
export const marksOf = (type: string, data: unknown): Mark[] => {
  switch (type) {
    case 'Startup': {
      const d = data as StartupData;
      const canBeInnovative = d.firstRegisteredOn !== null && d.stage !== 'PROJECT' && d.stage !== 'INACTIVE' && d.stage !== 'GRADUATED';
      return [
        { series: 'startups', date: null },
        ...(canBeInnovative ? [{ series: 'registered' as const, date: d.firstRegisteredOn }] : []),
        ...d.products.flatMap((p) => (p.commercialisedOn ? [{ series: 'products' as const, date: p.commercialisedOn }] : [])),
        ...d.intellectualProperty.flatMap((p) => (p.grantedOn ? [{ series: 'patents' as const, date: p.grantedOn }] : [])),
      ];
    }
    case 'Incubator': {
      const d = data as IncubatorData;
      return [{ series: 'incubators', date: null }, ...(d.recognitionLevel !== 'NONE' ? [{ series: 'recognised' as const, date: d.recognisedOn ?? d.establishedOn }] : [])];
    }
    case 'Mentor':
      return [{ series: 'mentors', date: null }];
    case 'Investment': {
      const d = data as InvestmentData;
      return [{ series: 'investments', date: d.date, amount: vnd(d.amount) }];
    }
    case 'SupportGrant': {
      const d = data as SupportGrantData;
      return [{ series: 'grants', date: d.date, amount: vnd(d.amount) }];
    }
    case 'Event': {
      const d = data as EventData;
      return d.kind === 'TRAINING' ? [{ series: 'trainings', date: d.endsOn }] : [];
    }
    default:
      return [];
  }
};

/** The beneficiary a provincially funded grant counts for (counts.ts: the startup, else the name), or null. */
export const budgetBeneficiary = (data: SupportGrantData): string | null =>
  data.source === 'PROVINCIAL_BUDGET' ? (data.startupId ? `s:${data.startupId}` : `n:${data.nameKey}`) : null;

/** The marks of one beneficiary from the dates of its provincially funded grants. */
export const beneficiaryMarks = (dates: readonly IsoDate[]): Mark[] => {
  if (!dates.length) return [];
  const sorted = [...dates].sort();
  const firstOfYear = new Map<string, IsoDate>();
  for (const d of sorted) if (!firstOfYear.has(d.slice(0, 4))) firstOfYear.set(d.slice(0, 4), d);
  return [{ series: 'budgetFirst', date: sorted[0]! }, ...[...firstOfYear.values()].map((date) => ({ series: 'budgetYearFirst' as const, date }))];
};

/** One bucket: a series' marks of one year (year null: undated), in total and per day (`MMDD`). */
export interface Bucket {
  readonly year: number | null;
  readonly n: number;
  readonly amount: number;
  readonly days: ReadonlyMap<string, { n: number; amount: number }>;
}

export interface Delta {
  readonly series: Series;
  readonly year: number | null;
  readonly day: string | null;
  readonly n: number;
  readonly amount: number;
}

const keyOf = (m: Mark) => `${m.series}|${m.date ?? ''}`;

/** What changes in the buckets when a record's marks go from `before` to `after`; nothing for equal multisets. */
export const markDeltas = (before: readonly Mark[], after: readonly Mark[]): Delta[] => {
  const sums = new Map<string, { mark: Mark; n: number; amount: number }>();
  const add = (m: Mark, sign: number) => {
    const k = keyOf(m);
    const cur = sums.get(k) ?? { mark: m, n: 0, amount: 0 };
    sums.set(k, { mark: m, n: cur.n + sign, amount: cur.amount + sign * (m.amount ?? 0) });
  };
  before.forEach((m) => add(m, -1));
  after.forEach((m) => add(m, 1));
  return [...sums.values()]
    .filter((s) => s.n !== 0 || s.amount !== 0)
    .map(({ mark, n, amount }) => ({
      series: mark.series,
      year: mark.date ? Number(mark.date.slice(0, 4)) : null,
      day: mark.date ? mark.date.slice(5, 7) + mark.date.slice(8, 10) : null,
      n,
      amount,
    }));
};

export interface Window {
  /** Inclusive; null counts from the beginning, undated marks included. */
  readonly from: IsoDate | null;
  readonly to: IsoDate;
}

/** The marks of `buckets` in the window: their number and their amount. */
export const sumWindow = (buckets: readonly Bucket[], w: Window): { n: number; amount: number } => {
  let n = 0;
  let amount = 0;
  const toYear = Number(w.to.slice(0, 4));
  const fromYear = w.from ? Number(w.from.slice(0, 4)) : null;
  const md = (d: IsoDate) => d.slice(5, 7) + d.slice(8, 10);
  for (const b of buckets) {
    if (b.year === null) {
      if (w.from === null) {
        n += b.n;
        amount += b.amount;
      }
      continue;
    }
    if (b.year > toYear || (fromYear !== null && b.year < fromYear)) continue;
    const whole = b.year < toYear && (fromYear === null || b.year > fromYear);
    if (whole) {
      n += b.n;
      amount += b.amount;
      continue;
    }
    for (const [day, v] of b.days) {
      if (b.year === toYear && day > md(w.to)) continue;
      if (fromYear !== null && b.year === fromYear && day < md(w.from!)) continue;
      n += v.n;
      amount += v.amount;
    }
  }
  return { n, amount };
};

const DAY_MS = 86_400_000;
const shift = (d: IsoDate, days: number): IsoDate => new Date(Date.parse(`${d}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The earliest first registration that is still eligible on `day` (eligibility.ts counts the period). */
export const earliestEligible = (day: IsoDate): IsoDate => {
  let d = `${String(Number(day.slice(0, 4)) - 5).padStart(4, '0')}${day.slice(4, 8)}01`;
  while (eligibleUntil(d) < day) d = shift(d, 1);
  while (eligibleUntil(shift(d, -1)) >= day) d = shift(d, -1);
  return d;
};

/** The series, and the window within it, that a registry count reads (counts.ts says what each counts). */
export const countWindow = (kind: CountKind, w: Window): { series: Series; window: Window } => {
  switch (kind) {
    case 'INNOVATIVE_STARTUPS':
      return { series: 'registered', window: { from: earliestEligible(w.to), to: w.to } };
    case 'INCUBATORS':
      return { series: 'recognised', window: w };
    case 'COMMERCIALISED_PRODUCTS':
      return { series: 'products', window: w };
    case 'PATENTS':
      return { series: 'patents', window: w };
    case 'TRAININGS':
      return { series: 'trainings', window: w };
    case 'BUDGET_SUPPORTED_PROJECTS':
      return { series: w.from === null ? 'budgetFirst' : 'budgetYearFirst', window: w };
  }
};
