/**
 * Progress of an indicator toward its milestone targets, as of a date. The rule, with a
 * worked example per comparator, is in docs/indicators.md ("How progress is judged"); each
 * example is a unit test. Only APPROVED observations come in: the caller filters.
 */
import type { IsoDate } from '../plan/model';
import type { Accumulation, Measure, Target } from './target';
import { NUMERIC, round, trajectoryPoints, valueAt, yearPosition, type TrajectoryPoint } from './trajectory';

export type Status = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'NEEDS_REVIEW' | 'NOT_DUE';

export interface Observation {
  readonly periodYear: number;
  readonly periodEnd: IsoDate;
  readonly value: number | null;
  readonly text?: string | null;
  /** When a milestone ("Hình thành BNIC") was done. */
  readonly doneOn?: IsoDate | null;
}

export interface ProgressInput {
  readonly asOf: IsoDate;
  readonly accumulation: Accumulation;
  readonly measure: Measure;
  readonly baseline: { readonly year: number; readonly value: number } | null;
  readonly targets: readonly Target[];
  readonly observations: readonly Observation[];
}

interface MilestoneProgress {
  readonly year: number;
  readonly target: Target;
  readonly status: Status;
  /** On the trajectory at the actual's date before the year ends; the target's number after. */
  readonly expected: number | null;
  /** The value judged: a level, a year's flow, or a growth rate in percent. */
  readonly actual: number | null;
  readonly actualYear: number | null;
  /** How far the actual is better (+) or worse (−) than `expected`, in the indicator's unit. */
  readonly gap: number | null;
  readonly reason: string;
}

export interface ProgressResult {
  /** The status of the first milestone whose year has not ended at asOf, else of the last. */
  readonly overall: Status;
  /** The milestone `overall` is taken from; null when there are no targets. */
  readonly overallYear: number | null;
  readonly milestones: MilestoneProgress[];
}

/** AT_RISK is within 10% of the expected value on the wrong side; further is OFF_TRACK. */
export const TOLERANCE = 0.1;

type Judged = Omit<MilestoneProgress, 'year' | 'target'>;

const endOf = (year: number): IsoDate => `${year}-12-31`;
const fmt = (n: number): string => String(round(n));

function judged(status: Status, reason: string, rest: Partial<Judged> = {}): Judged {
  return { status, expected: null, actual: null, actualYear: null, gap: null, reason, ...rest };
}

/** The last observation of each year that has a number: a year's level, or its year-to-date flow. */
function yearlyValues(observations: readonly Observation[]): Map<number, Observation & { value: number }> {
  const byYear = new Map<number, Observation & { value: number }>();
  for (const o of observations) {
    if (o.value === null) continue;
    const seen = byYear.get(o.periodYear);
    if (!seen || o.periodEnd >= seen.periodEnd) byYear.set(o.periodYear, { ...o, value: o.value });
  }
  return new Map([...byYear].sort(([a], [b]) => a - b));
}

function lowerIsBetter(target: Target, expected: number): boolean {
  if (target.comparator === 'AT_MOST' || target.comparator === 'RANK_TOP') return true;
  // An exact target is approached from where the line comes from: falling if it comes from above.
  return target.comparator === 'EXACTLY' && target.value !== null && expected > target.value;
}

function satisfies(target: Target, actual: number): boolean {
  const v = target.value ?? NaN;
  switch (target.comparator) {
    case 'AT_LEAST':
      return actual >= v;
    case 'AT_MOST':
    case 'RANK_TOP':
      return actual <= v;
    case 'EXACTLY':
      return Math.abs(actual - v) <= 1e-9 * Math.max(1, Math.abs(v));
    case 'RANGE':
      return actual >= v && actual <= (target.valueMax ?? v);
    default:
      return false;
  }
}

/** Signed distance to the target's bound, positive when better: 0 inside a range. */
function gapToTarget(target: Target, actual: number): number {
  const v = target.value ?? 0;
  switch (target.comparator) {
    case 'AT_MOST':
    case 'RANK_TOP':
      return round(v - actual);
    case 'EXACTLY':
      return round(-Math.abs(actual - v));
    case 'RANGE': {
      const max = target.valueMax ?? v;
      return actual < v ? round(actual - v) : actual > max ? round(max - actual) : 0;
    }
    default:
      return round(actual - v);
  }
}

function judgeAgainstLine(actual: number, expected: number, lower: boolean): Status {
  const ahead = lower ? expected - actual : actual - expected;
  if (ahead >= 0) return 'ON_TRACK';
  return -ahead <= TOLERANCE * Math.abs(expected) ? 'AT_RISK' : 'OFF_TRACK';
}

function numeric(target: Target, input: ProgressInput, points: readonly TrajectoryPoint[], ended: boolean): Judged {
  if (target.value === null) return judged('NEEDS_REVIEW', `The target "${target.text}" has no number to compare with.`);
  const yearly = yearlyValues(input.observations);

  if (ended) {
    const own = yearly.get(target.year);
    if (!own) return judged('NO_DATA', `${target.year} has ended with no approved value for it.`);
    const met = satisfies(target, own.value);
    const rest = { expected: target.value, actual: own.value, actualYear: target.year, gap: gapToTarget(target, own.value) };
    const verdict = met ? 'meets' : 'does not meet';
    const partial = own.periodEnd < endOf(target.year) ? ` (reported to ${own.periodEnd})` : '';
    return judged(met ? 'MET' : 'OFF_TRACK', `${target.year} has ended: ${fmt(own.value)}${partial} ${verdict} "${target.text}".`, rest);
  }

  // A FLOW is judged on its last full year: a year in progress holds only part of its flow.
  const latest =
    input.accumulation === 'STOCK'
      ? [...yearly.values()].at(-1)
      : [...yearly.values()].filter((o) => o.periodEnd === endOf(o.periodYear)).at(-1);
  if (!latest) {
    const what = input.accumulation === 'STOCK' ? 'approved value' : 'approved value for a full year';
    return judged('NO_DATA', `No ${what} up to ${input.asOf}.`);
  }
  const actual = latest.value;
  const base = { actual, actualYear: latest.periodYear };

  if (input.accumulation === 'STOCK' && target.comparator === 'AT_LEAST' && actual >= target.value) {
    return judged('MET', `Already ${fmt(actual)} (${latest.periodYear}) ≥ ${fmt(target.value)} before ${target.year} ends.`, {
      ...base,
      expected: target.value,
      gap: round(actual - target.value),
    });
  }

  // A stock is compared at the date it was measured, a flow at the end of its year: a report
  // that arrives late is not held to a point further along the line than it describes.
  const position = input.accumulation === 'STOCK' ? yearPosition(latest.periodEnd) : latest.periodYear;
  const expected = valueAt(points, position);
  const when = input.accumulation === 'STOCK' ? latest.periodEnd : `the year ${latest.periodYear}`;
  if (expected === null) {
    return judged(
      'NEEDS_REVIEW',
      `No trajectory reaches ${when}: enter a baseline so ${fmt(actual)} can be compared; until then a person judges.`,
      base,
    );
  }

  if (target.comparator === 'RANGE' && actual >= target.value && actual <= (target.valueMax ?? target.value)) {
    return judged('ON_TRACK', `${fmt(actual)} is already inside "${target.text}".`, { ...base, expected, gap: 0 });
  }
  if (target.comparator === 'RANGE' && actual > (target.valueMax ?? target.value)) {
    const gap = round((target.valueMax ?? target.value) - actual);
    return judged('AT_RISK', `${fmt(actual)} is above the range "${target.text}".`, { ...base, expected, gap });
  }

  const lower = lowerIsBetter(target, expected);
  const status = judgeAgainstLine(actual, expected, lower);
  const gap = round(lower ? expected - actual : actual - expected);
  const better = lower ? 'lower is better' : 'higher is better';
  const reason = `Expected ${fmt(expected)} at ${when} on the plan's line through its milestones (toward "${target.text}" by the end of ${target.year}); actual ${fmt(actual)} (${better}; AT_RISK within ${TOLERANCE * 100}%).`;
  return judged(status, reason, {
    ...base,
    expected,
    gap,
  });
}

/** The value a period starts from: the previous milestone's year, else the baseline, else the earliest. */
function periodStart(
  target: Target,
  input: ProgressInput,
  yearly: Map<number, { value: number }>,
  before: number,
): { year: number; value: number } | null {
  const previous = input.targets
    .filter((t) => t.scope === target.scope && t.year < target.year)
    .map((t) => t.year)
    .sort((a, b) => b - a)[0];
  const atPrevious = previous === undefined ? undefined : yearly.get(previous);
  if (previous !== undefined && atPrevious && previous < before) return { year: previous, value: atPrevious.value };
  if (input.baseline && input.baseline.year < before) return input.baseline;
  const [earliestYear, earliest] = [...yearly][0] ?? [];
  return earliestYear !== undefined && earliest && earliestYear < before ? { year: earliestYear, value: earliest.value } : null;
}

function growthRate(target: Target, input: ProgressInput, ended: boolean): Judged {
  if (target.value === null) return judged('NEEDS_REVIEW', `The target "${target.text}" has no rate.`);
  const yearly = yearlyValues(input.observations);
  const last = [...yearly.values()].filter((o) => o.periodYear <= target.year).at(-1);
  if (!last) return judged('NO_DATA', `No approved value up to ${input.asOf}.`);
  if (ended && last.periodYear !== target.year) return judged('NO_DATA', `${target.year} has ended with no approved value for it.`);
  const start = periodStart(target, input, yearly, last.periodYear);
  if (!start) return judged('NO_DATA', `A growth rate needs two years; only ${last.periodYear} is approved.`);
  if (start.value <= 0) return judged('NEEDS_REVIEW', `Growth from ${fmt(start.value)} (${start.year}) has no rate.`);
  const years = last.periodYear - start.year;
  const rate = round((Math.pow(last.value / start.value, 1 / years) - 1) * 100);
  const rest = { expected: target.value, actual: rate, actualYear: last.periodYear, gap: round(rate - target.value) };
  const how = `Average growth ${fmt(rate)}%/year from ${fmt(start.value)} (${start.year}) to ${fmt(last.value)} (${last.periodYear}) against ${fmt(target.value)}%`;
  if (rate >= target.value) return judged(ended ? 'MET' : 'ON_TRACK', `${how}.`, rest);
  if (ended) return judged('OFF_TRACK', `${how}; ${target.year} has ended.`, rest);
  return judged(judgeAgainstLine(rate, target.value, false), `${how} (${TOLERANCE * 100}% tolerance).`, rest);
}

function increasing(target: Target, input: ProgressInput, ended: boolean): Judged {
  const yearly = new Map([...yearlyValues(input.observations)].map(([y, o]) => [y, o.value]));
  if (input.baseline && !yearly.has(input.baseline.year)) yearly.set(input.baseline.year, input.baseline.value);
  // Each milestone's "each year" starts at the milestone before it (HDI: 0,7 in 2030, then rising).
  const previous = input.targets.filter((t) => t.scope === target.scope && t.year < target.year).map((t) => t.year);
  const from = previous.length > 0 ? Math.max(...previous) : -Infinity;
  const series = [...yearly].filter(([y]) => y >= from && y <= target.year).sort(([a], [b]) => a - b);
  const last = series.at(-1);
  if (!last || series.length < 2) return judged('NO_DATA', 'Rising each year needs two approved yearly values.');
  const rest = { actual: last[1], actualYear: last[0] };
  for (let i = 1; i < series.length; i++) {
    const [y0, v0] = series[i - 1] ?? [0, 0];
    const [y1, v1] = series[i] ?? [0, 0];
    if (v1 <= v0) return judged('OFF_TRACK', `${fmt(v1)} (${y1}) is not above ${fmt(v0)} (${y0}).`, rest);
  }
  if (ended && last[0] !== target.year) return judged('NO_DATA', `${target.year} has ended with no approved value for it.`, rest);
  const span = `Rose every year from ${series[0]?.[0]} to ${last[0]}`;
  return judged(ended ? 'MET' : 'ON_TRACK', ended ? `${span}.` : `${span} so far.`, rest);
}

function doneBy(target: Target, input: ProgressInput, ended: boolean): Judged {
  const done = input.observations
    .map((o) => o.doneOn)
    .filter((d): d is IsoDate => typeof d === 'string' && d <= input.asOf)
    .sort()[0];
  const deadline = endOf(target.year);
  if (done && done <= deadline) return judged('MET', `Done on ${done}, by ${deadline}.`);
  if (ended) return judged('OFF_TRACK', done ? `Done on ${done}, after ${deadline}.` : `Not done by ${deadline}.`);
  return judged('ON_TRACK', `Not done yet; due by ${deadline}.`);
}

function qualitative(target: Target, input: ProgressInput): Judged {
  const latest = input.observations
    .filter((o) => o.periodYear <= target.year)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .at(-1);
  if (!latest) return judged('NO_DATA', 'No approved observation to judge.');
  return judged('NEEDS_REVIEW', `"${target.text}" is judged by a person; latest observation ${latest.periodEnd}.`, {
    actual: latest.value,
    actualYear: latest.periodYear,
  });
}

function milestone(target: Target, input: ProgressInput): Judged {
  const ended = input.asOf >= endOf(target.year);
  switch (target.comparator) {
    case 'GROWTH_RATE':
      return growthRate(target, input, ended);
    case 'INCREASING':
      return increasing(target, input, ended);
    case 'DONE_BY':
      return doneBy(target, input, ended);
    case 'QUALITATIVE':
      return qualitative(target, input);
    default: {
      const points = trajectoryPoints(input.targets, target.scope, input.baseline, input.accumulation, input.measure);
      return NUMERIC.has(target.comparator) ? numeric(target, input, points, ended) : qualitative(target, input);
    }
  }
}

/**
 * Judges every milestone as of `asOf`. Observations dated after `asOf` are ignored (a done
 * date counts from that day), so a report can be recomputed as it stood on any day. A
 * milestone after the next one of its scope is NOT_DUE unless already MET.
 */
export function evaluateProgress(input: ProgressInput): ProgressResult {
  // A milestone done within a period still running ("2027", done 2027-05-20) is known from
  // the day it was done; its period's number, if any, only once the period has ended.
  const observations = input.observations.flatMap((o) => {
    if (o.periodEnd <= input.asOf) return [o];
    return o.doneOn && o.doneOn <= input.asOf ? [{ ...o, value: null, text: null }] : [];
  });
  const known = { ...input, observations };
  const sorted = [...input.targets].sort((a, b) => a.year - b.year);
  const milestones = sorted.map((target) => {
    const result = { year: target.year, target, ...milestone(target, known) };
    // Only the next milestone (per scope) is held to the line; a later one is not late yet
    // (Bắc Ninh's 2035–2045 in 2026), unless it is already met.
    const next = sorted.find((t) => t.scope === target.scope && input.asOf < endOf(t.year));
    if (!next || next.year >= target.year || result.status === 'MET') return result;
    return {
      ...result,
      status: 'NOT_DUE' as const,
      expected: null,
      gap: null,
      reason: `Not due: the ${next.year} milestone comes first; ${target.year} is judged once ${next.year} has ended.`,
    };
  });
  const current = milestones.find((m) => input.asOf < endOf(m.year)) ?? milestones.at(-1);
  return { overall: current?.status ?? 'NO_DATA', overallYear: current?.year ?? null, milestones };
}
