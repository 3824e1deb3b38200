/**
 * An indicator can have two series: approved actuals and, when bound to the registry, a live
 * count. One is its source of truth and is judged; the other is shown beside it, and years
 * where they differ by more than the tolerance are flagged for a person to reconcile — a count
 * never silently replaces approved data (Bắc Ninh row 2: approved 120 for 2028, registry 2).
 */
import type { IsoDate } from '../plan/model';
import type { Derivation } from './entities';
import type { Observation } from './progress';
import { TOLERANCE } from './progress';
import { round } from './trajectory';

export type IndicatorSource = 'APPROVED' | 'REGISTRY';

/** Declared, else REGISTRY for an indicator bound to a count (as before the declaration existed), else APPROVED. */
export const sourceOfTruth = (d: { readonly derivedFrom: Derivation | null; readonly sourceOfTruth?: IndicatorSource | null }): IndicatorSource =>
  d.derivedFrom === null ? 'APPROVED' : (d.sourceOfTruth ?? 'REGISTRY');

export interface SeriesValue {
  readonly year: number;
  readonly periodEnd: IsoDate;
  readonly value: number;
}

/** The latest numeric value of each year known at asOf, by year. */
export const yearlySeries = (observations: readonly Observation[], asOf: IsoDate): SeriesValue[] => {
  const byYear = new Map<number, SeriesValue>();
  for (const o of observations) {
    if (o.value === null || o.periodEnd > asOf) continue;
    const seen = byYear.get(o.periodYear);
    if (!seen || seen.periodEnd <= o.periodEnd) byYear.set(o.periodYear, { year: o.periodYear, periodEnd: o.periodEnd, value: o.value });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
};

export interface Disagreement {
  readonly year: number;
  readonly approved: number;
  readonly registry: number;
  readonly difference: number;
  readonly relativePercent: number;
}

/**
 * Years with both values that differ by more than `tolerance` of the larger magnitude
 * (symmetric: neither series is presumed right).
 */
export const disagreements = (approved: readonly SeriesValue[], registry: readonly SeriesValue[], tolerance = TOLERANCE): Disagreement[] => {
  const counted = new Map(registry.map((v) => [v.year, v.value]));
  return approved.flatMap((a) => {
    const r = counted.get(a.year);
    if (r === undefined) return [];
    const scale = Math.max(Math.abs(a.value), Math.abs(r));
    const relative = scale === 0 ? 0 : Math.abs(r - a.value) / scale;
    return relative > tolerance ? [{ year: a.year, approved: a.value, registry: r, difference: round(r - a.value), relativePercent: Math.round(relative * 10_000) / 100 }] : [];
  });
};
