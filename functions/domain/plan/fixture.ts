import type {
  AgencyKind,
  AgencyRole,
  FundingSource,
  IsoDate,
  LegalDocument,
  Responsibility,
  TaskOutput,
} from './model';

/**
 * A plan written down as structured data: the shape of the seed fixtures
 * (`scripts/seed/`) and of the import parser's drafts. Agencies are named, not
 * referenced: the loader matches names to Agency records diacritic-insensitively.
 * Timelines are given as written; the loader parses them with `parseTimeline`.
 */
export interface PlanFixture {
  /** Province code from Decision 19/2025/QĐ-TTg (`04` Cao Bằng, `24` Bắc Ninh) or `VN`. */
  readonly jurisdiction: string;
  readonly number: string;
  readonly title: string;
  readonly issuer: string;
  readonly place: string;
  readonly issuedOn: IsoDate;
  readonly effectiveOn: IsoDate | null;
  readonly signer: string;
  readonly signerTitle: string | null;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly orientationYear: number | null;
  readonly legalBases: readonly LegalDocument[];
  readonly purposes: readonly string[];
  readonly requirements: readonly string[];
  readonly objectives: readonly string[];
  readonly agencies: readonly AgencyFixture[];
  readonly tasks: readonly TaskFixture[];
  readonly fundingSources: readonly FundingSource[];
  readonly responsibilities: readonly Responsibility[];
}

export interface AgencyFixture {
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: AgencyKind;
}

export interface TaskFixture {
  /** `1`, `3.1` …; the parent is the code without its last part. */
  readonly code: string;
  readonly title: string;
  /** EDITOR when the title is not in the text we hold and was supplied by whoever entered it. */
  readonly titleSource?: 'EDITOR';
  /** The content paragraphs, as written. */
  readonly content: readonly string[];
  readonly agencies: readonly { readonly role: AgencyRole; readonly name: string; readonly note?: string }[];
  /** The timeline as written ("Quý III/2026"); null where the plan gives none. */
  readonly timeline: string | null;
  readonly phases: readonly { readonly name: string; readonly timeline: string }[];
  readonly outputs: readonly TaskOutput[];
}

/** STOCK: a level as of a date ("Số doanh nghiệp …"); FLOW: an amount per year ("… mỗi năm"). */
type Accumulation = 'STOCK' | 'FLOW';

/**
 * An indicator (chỉ tiêu) as an annex writes it. Targets keep their cell text; the
 * loader reads comparator and values from it with the domain's target parser, then
 * applies `direction` where the plan's text gives one the cell lacks (HDI "0,7" is
 * "trên 0.7" in the text).
 */
export interface IndicatorFixture {
  /** The annex's row number (`1` … `15`), or `O1` … for objectives stated outside the annex. */
  readonly code: string;
  readonly name: string;
  /** As written ("Doanh nghiệp", "%", "Thứ bậc"); null where the annex leaves it empty. */
  readonly unit: string | null;
  readonly accumulation: Accumulation;
  readonly targets: readonly {
    readonly year: number;
    /** The cell exactly as written: "≥ 150", "Top 10", "50 - 60", "16,5%", "Tăng dần theo mỗi năm". */
    readonly text: string;
    /** A direction the plan's text gives for a bare number ("trên" → AT_LEAST). */
    readonly direction?: 'AT_LEAST' | 'AT_MOST';
    readonly scope?: string;
    /** Where this reading came from, and any disagreement between annex and text. */
    readonly note?: string;
  }[];
  readonly leadAgencies: readonly string[];
  readonly coordinatingAgencies: readonly string[];
  /** Task codes the indicator measures. */
  readonly tasks: readonly string[];
  readonly note?: string;
}
