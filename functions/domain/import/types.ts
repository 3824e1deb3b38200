/**
 * What the import parser produces: a draft plan in the seed-fixture shape, plus
 * indicators, per-field confidence and the lines it could not place.
 */
import type { IndicatorFixture, PlanFixture, TaskFixture } from '../plan/fixture';
import type { IsoDate, LegalDocumentKind, Timeline } from '../plan/model';

/** The kind of the document itself (a covering decision that issues a plan is a DECISION). */
export type DraftKind = Extract<LegalDocumentKind, 'PLAN' | 'DECISION' | 'RESOLUTION' | 'DIRECTIVE' | 'OTHER'>;

export interface TaskDraft extends TaskFixture {
  /** The parent task's code, or null for a top-level task. */
  readonly parent: string | null;
  /** The timeline read from `timeline` (or, for a task with phases only, from its phases). */
  readonly parsedTimeline: Timeline | null;
}

export interface TargetDraft {
  readonly year: number;
  readonly text: string;
  readonly comparator: string;
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly scope: string | null;
  readonly direction?: 'AT_LEAST' | 'AT_MOST';
  readonly note?: string;
}

export interface IndicatorDraft extends Omit<IndicatorFixture, 'targets'> {
  readonly targets: readonly TargetDraft[];
  /** The baseline column ("Hiện trạng năm 2024") where the table gives one. */
  readonly baseline: { readonly year: number | null; readonly text: string } | null;
}

export type ConfidenceField =
  | 'header'
  | 'legalBases'
  | 'structure'
  | 'tasks'
  | 'agencies'
  | 'timelines'
  | 'indicators'
  | 'funding'
  | 'responsibilities';

export interface PlanDraft extends Omit<PlanFixture, 'tasks' | 'issuedOn'> {
  /** The issuing document's kind: PLAN, or DECISION / RESOLUTION for a covering document. */
  readonly kind: DraftKind;
  /** What the covering document issues ("PLAN", "PROGRAMME") where it is a decision or resolution. */
  readonly attachedKind: 'PLAN' | 'PROGRAMME' | null;
  readonly issuedOn: IsoDate | null;
  readonly tasks: readonly TaskDraft[];
  readonly indicators: readonly IndicatorDraft[];
  /** 0–1 per field group: how sure the parser is of what it read. */
  readonly confidence: Readonly<Record<ConfidenceField, number>>;
  /** Lines the parser read but could not place. */
  readonly unplaced: readonly string[];
  /** Remarks on what was inferred or missing (a lost heading, a parent task not found). */
  readonly warnings: readonly string[];
}

export type ParseResult =
  | { readonly ok: true; readonly draft: PlanDraft }
  | { readonly ok: false; readonly reason: string };
