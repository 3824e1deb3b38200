/**
 * Progress of an indicator toward its milestone targets, as of a date. The rule, with a
 * worked example per comparator, is in docs/indicators.md ("How progress is judged"); each
 * example is a unit test. Only APPROVED observations come in: the caller filters.
 */
import type { IsoDate } from '../plan/model';
import type { Accumulation, Measure, Target } from './target';
import { NUMERIC, round, trajectoryPoints, valueAt, yearPosition, type TrajectoryPoint } from './trajectory';
import { code, date, explain, explanation as why, num, text, year, type Explanation } from '../text/explanations';

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
  /** Why, as a catalogue code with its parameters (domain/text/explanations.ts). */
  readonly explanation: Explanation;
  /** The same in English. */
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
const n = (value: number) => num(round(value));

function judged(status: Status, reason: Explanation, rest: Partial<Judged> = {}): Judged {
  return { status, expected: null, actual: null, actualYear: null, gap: null, explanation: reason, reason: explain(reason, 'EN'), ...rest };
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
  if (target.value === null) return judged('NEEDS_REVIEW', why('TARGET_NOT_NUMERIC', { target: text(target.text) }));
  const yearly = yearlyValues(input.observations);

  if (ended) {
    const own = yearly.get(target.year);
    if (!own) return judged('NO_DATA', why('YEAR_ENDED_NO_VALUE', { year: year(target.year) }));
    const met = satisfies(target, own.value);
    const rest = { expected: target.value, actual: own.value, actualYear: target.year, gap: gapToTarget(target, own.value) };
    const params = {
      year: year(target.year),
      actual: n(own.value),
      reportedTo: own.periodEnd < endOf(target.year) ? date(own.periodEnd) : null,
      target: text(target.text),
    };
    return judged(met ? 'MET' : 'OFF_TRACK', why(met ? 'YEAR_ENDED_MEETS' : 'YEAR_ENDED_MISSES', params), rest);
  }

  // A FLOW is judged on its last full year: a year in progress holds only part of its flow.
  const latest =
    input.accumulation === 'STOCK'
      ? [...yearly.values()].at(-1)
      : [...yearly.values()].filter((o) => o.periodEnd === endOf(o.periodYear)).at(-1);
  if (!latest) {
    return judged('NO_DATA', why(input.accumulation === 'STOCK' ? 'NO_VALUE_YET' : 'NO_FULL_YEAR_VALUE_YET', { asOf: date(input.asOf) }));
  }
  const actual = latest.value;
  const base = { actual, actualYear: latest.periodYear };

  if (input.accumulation === 'STOCK' && target.comparator === 'AT_LEAST' && actual >= target.value) {
    return judged('MET', why('ALREADY_MET', { actual: n(actual), actualYear: year(latest.periodYear), target: n(target.value), year: year(target.year) }), {
      ...base,
      expected: target.value,
      gap: round(actual - target.value),
    });
  }

  // A stock is compared at the date it was measured, a flow at the end of its year: a report
  // that arrives late is not held to a point further along the line than it describes.
  const position = input.accumulation === 'STOCK' ? yearPosition(latest.periodEnd) : latest.periodYear;
  const expected = valueAt(points, position);
  const when = input.accumulation === 'STOCK' ? { date: date(latest.periodEnd) } : { inYear: year(latest.periodYear) };
  if (expected === null) {
    return judged(
      'NEEDS_REVIEW',
      why('NO_TRAJECTORY', { ...when, actual: n(actual) }),
      base,
    );
  }

  if (target.comparator === 'RANGE' && actual >= target.value && actual <= (target.valueMax ?? target.value)) {
    return judged('ON_TRACK', why('INSIDE_RANGE', { actual: n(actual), target: text(target.text) }), { ...base, expected, gap: 0 });
  }
  if (target.comparator === 'RANGE' && actual > (target.valueMax ?? target.value)) {
    const gap = round((target.valueMax ?? target.value) - actual);
    return judged('AT_RISK', why('ABOVE_RANGE', { actual: n(actual), target: text(target.text) }), { ...base, expected, gap });
  }

  const lower = lowerIsBetter(target, expected);
  const status = judgeAgainstLine(actual, expected, lower);
  const gap = round(lower ? expected - actual : actual - expected);
  const reason = why('AGAINST_TRAJECTORY', {
    expected: n(expected),
    ...when,
    target: text(target.text),
    year: year(target.year),
    actual: n(actual),
    better: code(lower ? 'LOWER' : 'HIGHER'),
    tolerance: n(TOLERANCE * 100),
  });
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
  if (target.value === null) return judged('NEEDS_REVIEW', why('TARGET_HAS_NO_RATE', { target: text(target.text) }));
  const yearly = yearlyValues(input.observations);
  const last = [...yearly.values()].filter((o) => o.periodYear <= target.year).at(-1);
  if (!last) return judged('NO_DATA', why('NO_VALUE_YET', { asOf: date(input.asOf) }));
  if (ended && last.periodYear !== target.year) return judged('NO_DATA', why('YEAR_ENDED_NO_VALUE', { year: year(target.year) }));
  const start = periodStart(target, input, yearly, last.periodYear);
  if (!start) return judged('NO_DATA', why('GROWTH_TOO_FEW_YEARS', { year: year(last.periodYear) }));
  if (start.value <= 0) return judged('NEEDS_REVIEW', why('GROWTH_FROM_ZERO', { from: n(start.value), fromYear: year(start.year) }));
  const years = last.periodYear - start.year;
  const rate = round((Math.pow(last.value / start.value, 1 / years) - 1) * 100);
  const rest = { expected: target.value, actual: rate, actualYear: last.periodYear, gap: round(rate - target.value) };
  const how = {
    rate: n(rate),
    from: n(start.value),
    fromYear: year(start.year),
    to: n(last.value),
    toYear: year(last.periodYear),
    target: n(target.value),
  };
  if (rate >= target.value) return judged(ended ? 'MET' : 'ON_TRACK', why('GROWTH_AT_TARGET', how), rest);
  if (ended) return judged('OFF_TRACK', why('GROWTH_BELOW_TARGET_ENDED', { ...how, year: year(target.year) }), rest);
  return judged(judgeAgainstLine(rate, target.value, false), why('GROWTH_BELOW_TARGET', { ...how, tolerance: n(TOLERANCE * 100) }), rest);
}

function increasing(target: Target, input: ProgressInput, ended: boolean): Judged {
  const yearly = new Map([...yearlyValues(input.observations)].map(([y, o]) => [y, o.value]));
  if (input.baseline && !yearly.has(input.baseline.year)) yearly.set(input.baseline.year, input.baseline.value);
  // Each milestone's "each year" starts at the milestone before it (HDI: 0,7 in 2030, then rising).
  const previous = input.targets.filter((t) => t.scope === target.scope && t.year < target.year).map((t) => t.year);
  const from = previous.length > 0 ? Math.max(...previous) : -Infinity;
  const series = [...yearly].filter(([y]) => y >= from && y <= target.year).sort(([a], [b]) => a - b);
  const last = series.at(-1);
  if (!last || series.length < 2) return judged('NO_DATA', why('RISING_TOO_FEW_YEARS'));
  const rest = { actual: last[1], actualYear: last[0] };
  for (let i = 1; i < series.length; i++) {
    const [y0, v0] = series[i - 1] ?? [0, 0];
    const [y1, v1] = series[i] ?? [0, 0];
    if (v1 <= v0) return judged('OFF_TRACK', why('NOT_RISING', { value: n(v1), valueYear: year(y1), previous: n(v0), previousYear: year(y0) }), rest);
  }
  if (ended && last[0] !== target.year) return judged('NO_DATA', why('YEAR_ENDED_NO_VALUE', { year: year(target.year) }), rest);
  const span = { from: year(series[0]?.[0] ?? last[0]), to: year(last[0]) };
  return judged(ended ? 'MET' : 'ON_TRACK', why(ended ? 'ROSE_EVERY_YEAR' : 'ROSE_SO_FAR', span), rest);
}

function doneBy(target: Target, input: ProgressInput, ended: boolean): Judged {
  const done = input.observations
    .map((o) => o.doneOn)
    .filter((d): d is IsoDate => typeof d === 'string' && d <= input.asOf)
    .sort()[0];
  const deadline = endOf(target.year);
  const due = { deadline: date(deadline) };
  if (done && done <= deadline) return judged('MET', why('DONE_IN_TIME', { doneOn: date(done), ...due }));
  if (ended) return judged('OFF_TRACK', done ? why('DONE_LATE', { doneOn: date(done), ...due }) : why('NOT_DONE_BY_DEADLINE', due));
  return judged('ON_TRACK', why('NOT_DONE_YET', due));
}

function qualitative(target: Target, input: ProgressInput): Judged {
  const latest = input.observations
    .filter((o) => o.periodYear <= target.year)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .at(-1);
  if (!latest) return judged('NO_DATA', why('NO_OBSERVATION'));
  return judged('NEEDS_REVIEW', why('JUDGED_BY_PERSON', { target: text(target.text), latest: date(latest.periodEnd) }), {
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

function notDue(next: number, judgedYear: number): Pick<Judged, 'explanation' | 'reason'> {
  const reason = why('MILESTONE_NOT_DUE', { next: year(next), year: year(judgedYear) });
  return { explanation: reason, reason: explain(reason, 'EN') };
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
      ...notDue(next.year, target.year),
    };
  });
  const current = milestones.find((m) => input.asOf < endOf(m.year)) ?? milestones.at(-1);
  return { overall: current?.status ?? 'NO_DATA', overallYear: current?.year ?? null, milestones };
}
