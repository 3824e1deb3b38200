import type {
  AgencyKind,
  AgencyRole,
  FundingSource,
  IsoDate,
  LegalDocument,
  PlanStatus,
  TaskOutput,
  TaskPhase,
  Timeline,
} from './model';
import type { ReviewStatus } from '../report/workflow';

/** What each entity stores as its `data` (system attributes live beside it). */

export interface AgencyData {
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: AgencyKind;
  /** Folded name, for diacritic-insensitive matching and search. */
  readonly nameKey: string;
  /**
   * False for a body a plan names as lead but that does not file progress reports itself
   * ("Ủy ban nhân dân tỉnh"): reporting rounds expect nothing of it. Absent on records
   * written before the flag existed, which read as true.
   */
  readonly reportsProgress?: boolean;
  /** Set when the agency was deleted: it leaves lists and cannot be linked again, but the reports and actuals it filed still show its name. */
  readonly removedAt?: string | null;
  readonly removedNote?: string | null;
}

/** An agency that files its own reports (the default). */
export const reportsProgress = (agency: AgencyData): boolean => agency.reportsProgress !== false;

/** An agency new links may point at: it exists and was not deleted. */
export const isLinkableAgency = (agency: { data: AgencyData } | null | undefined): boolean => Boolean(agency && !agency.data.removedAt);

export interface PlanData {
  readonly number: string;
  readonly title: string;
  readonly issuer: string | null;
  readonly place: string | null;
  readonly issuedOn: IsoDate | null;
  readonly effectiveOn: IsoDate | null;
  readonly signer: string | null;
  readonly signerTitle: string | null;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly orientationYear: number | null;
  readonly legalBases: readonly LegalDocument[];
  readonly purposes: readonly string[];
  readonly requirements: readonly string[];
  readonly objectives: readonly string[];
  readonly fundingSources: readonly FundingSource[];
  readonly responsibilities: readonly { readonly agencyId: string; readonly duties: readonly string[] }[];
  readonly status: PlanStatus;
  readonly publishedAt: string | null;
}

/** Where a piece of a plan's text comes from: the plan itself, or whoever entered it. */
export type TextSource = 'PLAN' | 'EDITOR';

export interface TaskAgencyLink {
  readonly agencyId: string;
  readonly role: AgencyRole;
  readonly note: string | null;
}

export interface TaskData {
  readonly planId: string;
  readonly code: string;
  readonly parentId: string | null;
  readonly title: string;
  /** EDITOR when the title is not the plan's wording (the text we hold lacks it); absent is PLAN. */
  readonly titleSource?: TextSource;
  readonly content: readonly string[];
  readonly agencies: readonly TaskAgencyLink[];
  readonly timeline: Timeline | null;
  readonly phases: readonly TaskPhase[];
  readonly outputs: readonly TaskOutput[];
}

export interface TaskReportData {
  readonly planId: string;
  readonly taskId: string;
  readonly agencyId: string;
  readonly period: string;
  readonly narrative: string;
  readonly percentComplete: number | null;
  readonly evidence: readonly string[];
  readonly status: ReviewStatus;
  readonly submittedAt: string | null;
  readonly reviewedAt: string | null;
  readonly reviewedBy: string | null;
  readonly reviewNote: string | null;
}

export const PLAN = 'Plan';
export const TASK = 'Task';
export const AGENCY = 'Agency';
export const TASK_REPORT = 'TaskReport';
