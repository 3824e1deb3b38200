/**
 * The plan domain as plain data: what the services store and the resolvers map.
 * No I/O and no imports from the data layer.
 */

/** ISO date `YYYY-MM-DD`, in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

export type PlanStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';

export type AgencyRole = 'LEAD' | 'COORDINATING' | 'ADVISORY';

export type AgencyKind =
  | 'PEOPLES_COMMITTEE'
  | 'DEPARTMENT'
  | 'MASS_ORGANISATION'
  | 'COMMUNE_COMMITTEE'
  | 'MEDIA'
  | 'ASSOCIATION'
  | 'UNIVERSITY'
  | 'ENTERPRISE'
  | 'MINISTRY'
  | 'OTHER';

export type LegalDocumentKind =
  | 'LAW'
  | 'DECREE'
  | 'RESOLUTION'
  | 'PARTY_RESOLUTION'
  | 'DECISION'
  | 'PLAN'
  | 'CIRCULAR'
  | 'DIRECTIVE'
  | 'OTHER';

export type FundingSourceKind = 'STATE_BUDGET' | 'DONOR' | 'OTHER';

/** How a timeline repeats: "Thường xuyên" is CONTINUOUS, "hằng năm" ANNUAL. */
export type Recurrence = 'CONTINUOUS' | 'ANNUAL' | 'QUARTERLY' | 'MONTHLY';

export interface Timeline {
  /** Exactly as the plan writes it. */
  readonly text: string;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly recurring: Recurrence | null;
}

export interface LegalDocument {
  readonly kind: LegalDocumentKind;
  /** `93/2025/QH15`, `268/2025/NĐ-CP`; null where the plan cites a document without a number. */
  readonly number: string | null;
  readonly issuedOn: IsoDate | null;
  readonly issuer: string | null;
  readonly title: string;
}

export interface FundingSource {
  readonly kind: FundingSourceKind;
  readonly name: string;
  readonly note: string | null;
}

/** A quantified output a task promises, such as "02 lớp tập huấn". */
export interface TaskOutput {
  readonly text: string;
  readonly quantity: number | null;
  readonly unit: string | null;
}

/** A dated step of a task, such as the phases of Cao Bằng's contest (3.1). */
export interface TaskPhase {
  readonly name: string;
  readonly timeline: Timeline;
}

export interface Responsibility {
  /** Agency name as the plan writes it. */
  readonly agency: string;
  readonly duties: readonly string[];
}
