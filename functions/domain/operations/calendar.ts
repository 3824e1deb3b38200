/**
 * Reporting calendars: the rounds of a plan over its period and their due dates, and the
 * date arithmetic shared by rounds, statuses and reminders. Dates are ISO `YYYY-MM-DD`
 * calendar days (Asia/Ho_Chi_Minh); arithmetic is on UTC midnights, so no time zone shifts.
 */
import type { IsoDate } from '../plan/model';

export type ReportingFrequency = 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY';

export interface RoundSchedule {
  readonly period: string;
  readonly frequency: ReportingFrequency;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly dueOn: IsoDate;
}

export const DEFAULT_DUE_AFTER_DAYS = 10;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): IsoDate => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

export const addDays = (date: IsoDate, days: number): IsoDate => {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((parse(b).getTime() - parse(a).getTime()) / 86_400_000);

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const todayInVietnam = (now: Date = new Date()): IsoDate => iso(new Date(now.getTime() + 7 * 3_600_000));

/** First and last day of a reporting period (`2026`, `2026-H1`, `2026-Q3`, `2026-09`). */
export const periodRange = (period: string): { start: IsoDate; end: IsoDate } => {
  const year = Number(period.slice(0, 4));
  const part = period.slice(5);
  let first = 1;
  let last = 12;
  if (part === 'H1') last = 6;
  else if (part === 'H2') first = 7;
  else if (part.startsWith('Q')) {
    last = Number(part.slice(1)) * 3;
    first = last - 2;
  } else if (part !== '') first = last = Number(part);
  const end = new Date(Date.UTC(year, last, 0));
  return { start: `${year}-${pad(first)}-01`, end: iso(end) };
};

const periodsOf = (frequency: ReportingFrequency, year: number): string[] => {
  switch (frequency) {
    case 'MONTHLY':
      return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
    case 'QUARTERLY':
      return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    case 'HALF_YEARLY':
      return [`${year}-H1`, `${year}-H2`];
    case 'YEARLY':
      return [String(year)];
  }
};

/** Every round of every frequency over the years `from`–`to`, in due-date order (then period). */
export const generateRounds = (
  from: number,
  to: number,
  frequencies: readonly ReportingFrequency[],
  dueAfterDays: number,
): RoundSchedule[] => {
  const rounds: RoundSchedule[] = [];
  for (const frequency of new Set(frequencies)) {
    for (let year = from; year <= to; year += 1) {
      for (const period of periodsOf(frequency, year)) {
        const { start, end } = periodRange(period);
        rounds.push({ period, frequency, start, end, dueOn: addDays(end, dueAfterDays) });
      }
    }
  }
  return rounds.sort((a, b) => (a.dueOn === b.dueOn ? a.period.localeCompare(b.period) : a.dueOn < b.dueOn ? -1 : 1));
};

/** True when the ranges [aStart, aEnd] and [bStart, bEnd] share a day; a null bound is open. */
export const overlaps = (aStart: IsoDate | null, aEnd: IsoDate | null, bStart: IsoDate, bEnd: IsoDate): boolean =>
  (aStart === null || aStart <= bEnd) && (aEnd === null || aEnd >= bStart);
