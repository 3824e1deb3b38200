/**
 * The line an indicator is expected to follow: straight from its starting point to each
 * milestone target in turn. Time is measured in years, with the end of year Y at Y, because
 * the annexes date every target "Đến hết năm Y" (by the end of year Y).
 */
import type { IsoDate } from '../plan/model';
import type { Accumulation, Measure, Target } from './target';

export interface TrajectoryPoint {
  /** Years, the end of year Y being Y: 2028-12-31 is 2028, 2028-07-01 is about 2027.5. */
  readonly at: number;
  readonly value: number;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Where a date sits on the trajectory's time axis. */
export function yearPosition(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const dayOfYear = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return year - 1 + dayOfYear / (isLeap(year) ? 366 : 365);
}

/** Comparators whose number a trajectory can be drawn to; RANGE is drawn to its low end. */
export const NUMERIC = new Set(['AT_LEAST', 'AT_MOST', 'EXACTLY', 'RANGE', 'RANK_TOP']);

/**
 * The points of the line for one scope: the baseline (at the end of its year), then each
 * numeric target of that scope. With no baseline, a STOCK count or amount starts at 0 at the
 * start of its first milestone's year, taken as the plan's start (a province that counts
 * from the plan has none before it); any other indicator has no start, and so no expected
 * value before its first milestone: we do not invent a starting level for a percent or a rank.
 */
export function trajectoryPoints(
  targets: readonly Target[],
  scope: string | null,
  baseline: { readonly year: number; readonly value: number } | null,
  accumulation: Accumulation,
  measure: Measure,
): TrajectoryPoint[] {
  const milestones = targets
    .filter((t) => t.scope === scope && NUMERIC.has(t.comparator) && t.value !== null)
    .map((t) => ({ at: t.year, value: t.value ?? 0 }))
    .sort((a, b) => a.at - b.at);
  const first = milestones[0];
  if (baseline) return [{ at: baseline.year, value: baseline.value }, ...milestones.filter((m) => m.at > baseline.year)];
  if (first && accumulation === 'STOCK' && (measure === 'COUNT' || measure === 'AMOUNT')) {
    return [{ at: first.at - 1, value: 0 }, ...milestones];
  }
  return milestones;
}

/** The line's value at a time; null before its first point, the last target after its last. */
export function valueAt(points: readonly TrajectoryPoint[], at: number): number | null {
  const first = points[0];
  if (!first || at < first.at) return null;
  let from = first;
  for (const to of points) {
    if (to.at <= at) {
      from = to;
      continue;
    }
    // Multiply before dividing so whole-year positions give whole results (110, not 110.00000000000001).
    return round(from.value + ((to.value - from.value) * (at - from.at)) / (to.at - from.at));
  }
  return from.value;
}

/** Six decimals, and never -0: reports compare and print these numbers. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6 + 0;
}
