/**
 * What indicator and observation records store as their `data`. Targets are kept both as
 * the cells entered (text, year, the plan's direction, a note) and as read by
 * `parseTargetCell`, so a changed measure can re-read them and a reader can check a reading.
 */
import type { IndicatorSource } from './sources';
import type { AgencyRole, IsoDate } from '../plan/model';
import type { ReviewStatus } from '../report/workflow';
import { parseTargetCell, type Accumulation, type Direction, type Measure, type Target } from './target';

export const INDICATOR = 'Indicator';
export const OBSERVATION = 'Observation';

/**
 * Registry counts an indicator may be derived from instead of manual entry. Reserved for
 * the next issue: nothing sets it yet, and progress reads approved observations only.
 */
export type Derivation = 'INNOVATIVE_STARTUPS' | 'INCUBATORS' | 'COMMERCIALISED_PRODUCTS' | 'BUDGET_SUPPORTED_PROJECTS' | 'PATENTS' | 'TRAININGS';

export interface TargetCell {
  readonly year: number;
  /** Exactly as written. */
  readonly text: string;
  readonly direction: Direction | null;
  /** Where the reading came from (the plan's text, the annex). */
  readonly note: string | null;
}

export interface IndicatorAgencyLink {
  readonly agencyId: string;
  readonly role: AgencyRole;
}

export interface IndicatorData {
  readonly planId: string;
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly measure: Measure;
  readonly accumulation: Accumulation;
  readonly baseline: { readonly year: number; readonly value: number } | null;
  readonly cells: readonly TargetCell[];
  readonly targets: readonly Target[];
  readonly agencies: readonly IndicatorAgencyLink[];
  readonly taskIds: readonly string[];
  readonly note: string | null;
  readonly derivedFrom: Derivation | null;
  /** The series progress is judged on; absent reads as sources.ts `sourceOfTruth` says. */
  readonly sourceOfTruth?: IndicatorSource | null;
}

export interface ObservationData {
  readonly planId: string;
  readonly indicatorId: string;
  /** `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  readonly period: string;
  readonly periodYear: number;
  readonly periodEnd: IsoDate;
  /** A count, a percent, a rank, an index, a rate, an amount; null for words or a done date. */
  readonly value: number | null;
  /** The actual in words (qualitative indicators). */
  readonly text: string | null;
  /** When a milestone was done. */
  readonly doneOn: IsoDate | null;
  readonly sourceAgencyId: string | null;
  readonly note: string | null;
  readonly evidence: readonly string[];
  readonly status: ReviewStatus;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
  readonly reviewedAt: string | null;
  readonly reviewedBy: string | null;
  readonly reviewNote: string | null;
}

/** The last day of a reporting period (`2028` → 2028-12-31, `2028-Q3` → 2028-09-30, `2028-02` → 2028-02-29). */
export const periodEnd = (period: string): IsoDate => {
  const year = Number(period.slice(0, 4));
  const part = period.slice(5);
  const month = part === '' || part === 'H2' ? 12 : part === 'H1' ? 6 : part.startsWith('Q') ? Number(part.slice(1)) * 3 : Number(part);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
};

/**
 * Reads entered cells into targets, milestone years in order. The cell's note (where the
 * reading came from) follows the parser's own note (why a bare number got a direction).
 */
export const readTargets = (cells: readonly TargetCell[], measure: Measure): Target[] =>
  [...cells]
    .sort((a, b) => a.year - b.year)
    .flatMap((cell) =>
      parseTargetCell(cell.text, { year: cell.year, measure, ...(cell.direction ? { direction: cell.direction } : {}) }).map((t) => ({
        ...t,
        note: [t.note, cell.note].filter((n): n is string => Boolean(n)).join(' ') || null,
      })),
    );
