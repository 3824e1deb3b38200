import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgencyMapper, JurisdictionMapper } from './../mappers/jurisdiction.mappers.js';
import type { AgencyResponsibilityMapper, LegalDocumentMapper, PlanMapper, TaskMapper, TaskAgencyMapper, TaskReportMapper } from './../mappers/plan.mappers.js';
import type { ImportedIndicatorMapper, PlanImportPayloadMapper, PlanImportReviewMapper } from './../mappers/import.mappers.js';
import type { IndicatorMapper, IndicatorAgencyMapper, IndicatorProgressMapper, ObservationMapper } from './../mappers/indicator.mappers.js';
import type { ViewerMapper } from './../mappers/base.mappers.js';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`, in Asia/Ho_Chi_Minh (ngày). */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with offset (thời điểm). */
  DateTime: { input: string; output: string; }
  /** A decimal number carried as a string, so VND amounts past 2³¹ keep every digit. */
  Decimal: { input: string; output: string; }
  /** An e-mail address. */
  EmailAddress: { input: string; output: string; }
  /** An absolute http(s) URL. */
  URL: { input: string; output: string; }
};

/** Whether an indicator is a level or an amount per period. */
export type Accumulation =
  /** An amount per year ("… mỗi năm"): each year's total counts. */
  | 'FLOW'
  /** A level as of a date ("Số doanh nghiệp …"): the latest value counts. */
  | 'STOCK';

/** A body that leads, coordinates or advises on tasks and reports on them (cơ quan, đơn vị). */
export type Agency = Node & {
  __typename?: 'Agency';
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction it belongs to. */
  jurisdiction: Jurisdiction;
  /** What kind of body it is. */
  kind: AgencyKind;
  /** Full name (tên cơ quan), as plans write it. */
  name: Scalars['String']['output'];
  /** Short name or abbreviation, if any (tên viết tắt). */
  shortName: Maybe<Scalars['String']['output']>;
  /** Optimistic-locking version; pass it as `expectedVersion` to change the agency. */
  version: Scalars['Int']['output'];
};

/** A page of agencies. */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The agencies with their cursors. */
  edges: Array<AgencyEdge>;
  /** The agencies of this page. */
  nodes: Array<Agency>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new agency. */
export type AgencyCreateInput = {
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code it belongs to. */
  jurisdiction: Scalars['String']['input'];
  /** Kind of body. */
  kind: AgencyKind;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Short name or abbreviation. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** An agency in a page. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Position of this agency, for `after`. */
  cursor: Scalars['String']['output'];
  /** The agency. */
  node: Agency;
};

/** Which agencies to list. */
export type AgencyFilter = {
  /** Only this jurisdiction's agencies (code). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Words to find in the name or short name, ignoring case and diacritics ("so khoa hoc" finds "Sở Khoa học"). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body an agency is (loại cơ quan). */
export type AgencyKind =
  /** An association (Hiệp hội, Hội Doanh nhân trẻ, Liên minh HTX). */
  | 'ASSOCIATION'
  /** A commune or ward People's Committee (UBND xã, phường). */
  | 'COMMUNE_COMMITTEE'
  /** A provincial department (Sở, ban, ngành). */
  | 'DEPARTMENT'
  /** An enterprise (doanh nghiệp). */
  | 'ENTERPRISE'
  /** A mass organisation (Tỉnh Đoàn, Hội LHPN, Hội Nông dân …). */
  | 'MASS_ORGANISATION'
  /** A newspaper, radio or television (Báo, Phát thanh, Truyền hình). */
  | 'MEDIA'
  /** A ministry or national body (Bộ). */
  | 'MINISTRY'
  /** A group of bodies or anything else ("các sở, ban, ngành"). */
  | 'OTHER'
  /** A People's Committee (Ủy ban nhân dân tỉnh). */
  | 'PEOPLES_COMMITTEE'
  /** A university, college or institute (trường, viện). */
  | 'UNIVERSITY';

/** The result of creating an agency. */
export type AgencyPayload = {
  __typename?: 'AgencyPayload';
  /** The agency, when the change succeeded. */
  agency: Maybe<Agency>;
  /** Why it did not, if it did not. */
  userErrors: Array<UserError>;
};

/** What the plan asks of one agency (section \"Tổ chức thực hiện\"). */
export type AgencyResponsibility = {
  __typename?: 'AgencyResponsibility';
  /** The agency. */
  agency: Agency;
  /** Its duties, as written. */
  duties: Array<Scalars['String']['output']>;
};

/** The part an agency plays in a task. */
export type AgencyRole =
  /** Advises the lead and prepares the work (cơ quan tham mưu), as in Cao Bằng 3.1. */
  | 'ADVISORY'
  /** Coordinates with the lead (cơ quan phối hợp). */
  | 'COORDINATING'
  /** Leads the task (cơ quan chủ trì). */
  | 'LEAD';

/** The value an indicator starts from (hiện trạng). */
export type Baseline = {
  __typename?: 'Baseline';
  /** The value. */
  value: Scalars['Float']['output'];
  /** The year it was measured (at the end of that year). */
  year: Scalars['Int']['output'];
};

/** A baseline to set. */
export type BaselineInput = {
  /** The value. */
  value: Scalars['Float']['input'];
  /** The year measured. */
  year: Scalars['Int']['input'];
};

/** How sure the import parser is of one group of fields it read (0 = it found nothing, 1 = it is sure). */
export type FieldConfidence = {
  __typename?: 'FieldConfidence';
  /** 0–1: for `agencies` and `timelines`, the share of tasks that got one; for the others, the parser's own estimate. */
  confidence: Scalars['Float']['output'];
  /** The field group: `header`, `legalBases`, `structure`, `tasks`, `agencies`, `timelines`, `indicators`, `funding` or `responsibilities`. */
  field: Scalars['String']['output'];
};

/** A source of money for the plan. */
export type FundingSource = {
  __typename?: 'FundingSource';
  /** Kind of source. */
  kind: FundingSourceKind;
  /** The source as the plan names it. */
  name: Scalars['String']['output'];
  /** Details the plan gives. */
  note: Maybe<Scalars['String']['output']>;
};

/** A source of money. */
export type FundingSourceInput = {
  /** Kind of source. */
  kind: FundingSourceKind;
  /** Name as the plan gives it. */
  name: Scalars['String']['input'];
  /** Details. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Where money for a plan comes from (nguồn kinh phí). */
export type FundingSourceKind =
  /** A donor, such as CARE International (nhà tài trợ). */
  | 'DONOR'
  /** Other lawful sources (nguồn hợp pháp khác). */
  | 'OTHER'
  /** The state budget, such as the science and technology budget (ngân sách nhà nước). */
  | 'STATE_BUDGET';

/** An indicator (chỉ tiêu) the parser read from the document's annex tables. */
export type ImportedIndicator = {
  __typename?: 'ImportedIndicator';
  /** The annex's row number (`1` … `15`), or `O1` … for a target stated in the objectives. */
  code: Scalars['String']['output'];
  /** The indicator as written. */
  name: Scalars['String']['output'];
  /** True when it was stored with the plan as an Indicator; false when it is only listed here, for a reviewer to enter. */
  stored: Scalars['Boolean']['output'];
  /** Each target as `year: cell as written` ("2030: ≥ 150"). */
  targets: Array<Scalars['String']['output']>;
  /** Unit as written ("Doanh nghiệp", "%"), if the annex gives one. */
  unit: Maybe<Scalars['String']['output']>;
};

/** A plan's indicator (chỉ tiêu) with its milestone targets, actuals and progress. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** A level (STOCK) or an amount per year (FLOW). */
  accumulation: Accumulation;
  /** Lead and coordinating agencies; they may submit actuals. */
  agencies: Array<IndicatorAgency>;
  /** Where it starts from, if known. */
  baseline: Maybe<Baseline>;
  /** Its row in the annex (`1` … `15`), or `O1` … for objectives stated outside an annex. */
  code: Scalars['String']['output'];
  /** The registry count it is derived from. Not yet implemented: always null until the registry exists. */
  derivedFrom: Maybe<IndicatorDerivation>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What it measures. */
  measure: IndicatorMeasure;
  /** Name, as written. */
  name: Scalars['String']['output'];
  /** Remarks on how the plan states it. */
  note: Maybe<Scalars['String']['output']>;
  /** Actuals, newest period first; drafts only for their agency and admins. */
  observations: ObservationConnection;
  /** The plan it belongs to. */
  plan: Plan;
  /** Progress per milestone from approved actuals, as of a date (default: today in Asia/Ho_Chi_Minh). */
  progress: IndicatorProgress;
  /** Milestone targets by year. */
  targets: Array<IndicatorTarget>;
  /** The tasks it measures. */
  tasks: Array<Task>;
  /** Unit (đơn vị tính), as written; null where the plan leaves it empty. */
  unit: Maybe<Scalars['String']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A plan's indicator (chỉ tiêu) with its milestone targets, actuals and progress. */
export type IndicatorobservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A plan's indicator (chỉ tiêu) with its milestone targets, actuals and progress. */
export type IndicatorprogressArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** An agency and the part it plays for an indicator. */
export type IndicatorAgency = {
  __typename?: 'IndicatorAgency';
  /** The agency. */
  agency: Agency;
  /** Lead (chủ trì) or coordinating (phối hợp). */
  role: AgencyRole;
};

/** An agency's part for an indicator. */
export type IndicatorAgencyInput = {
  /** The agency (global ID). */
  agency: Scalars['ID']['input'];
  /** Lead or coordinating. */
  role: AgencyRole;
};

/** A page of indicators. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The indicators with their cursors. */
  edges: Array<IndicatorEdge>;
  /** The indicators of this page. */
  nodes: Array<Indicator>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new indicator of a plan. */
export type IndicatorCreateInput = {
  /** STOCK or FLOW; FLOW when the name says "mỗi năm" or "hằng năm" and it is left out. */
  accumulation?: InputMaybe<Accumulation>;
  /** Lead and coordinating agencies. */
  agencies?: InputMaybe<Array<IndicatorAgencyInput>>;
  /** Where it starts from. */
  baseline?: InputMaybe<BaselineInput>;
  /** Its code; unique in the plan. */
  code: Scalars['String']['input'];
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What it measures; read from the name, unit and cells when left out. */
  measure?: InputMaybe<IndicatorMeasure>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The plan (global ID). */
  plan: Scalars['ID']['input'];
  /** Milestone targets. */
  targets?: InputMaybe<Array<TargetCellInput>>;
  /** The tasks it measures (global IDs, of the same plan). */
  tasks?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A registry count an indicator could be derived from instead of manual entry. Not yet implemented: reserved for the registry (next issue); always null for now. */
export type IndicatorDerivation =
  /** Projects supported by the provincial budget. */
  | 'BUDGET_SUPPORTED_PROJECTS'
  /** Commercialised products. */
  | 'COMMERCIALISED_PRODUCTS'
  /** Incubators and innovation centres. */
  | 'INCUBATORS'
  /** Innovative startups at most 5 years from first registration. */
  | 'INNOVATIVE_STARTUPS'
  /** Patents and utility solutions. */
  | 'PATENTS';

/** An indicator in a page. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The indicator. */
  node: Indicator;
};

/** What an indicator measures; it decides how a bare number in a target cell is read. */
export type IndicatorMeasure =
  /** An amount of money. */
  | 'AMOUNT'
  /** A number of things (doanh nghiệp, dự án, bài báo). */
  | 'COUNT'
  /** A yearly growth rate in percent (tăng trung bình %/năm). */
  | 'GROWTH_RATE'
  /** An index (chỉ số), such as HDI. */
  | 'INDEX'
  /** Something done by a date (hình thành, thành lập, hoàn thành). */
  | 'MILESTONE'
  /** A percentage (tỷ lệ). */
  | 'PERCENT'
  /** Words a person judges ("Đạt mức trên trung bình của thế giới"). */
  | 'QUALITATIVE'
  /** A rank, lower is better (thứ bậc, xếp hạng). */
  | 'RANK';

/** The result of a change to an indicator. */
export type IndicatorPayload = {
  __typename?: 'IndicatorPayload';
  /** The indicator as it now is. */
  indicator: Maybe<Indicator>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** An indicator's progress as of a date. */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** The day judged as of. */
  asOf: Scalars['Date']['output'];
  /** Every milestone, by year. */
  milestones: Array<MilestoneProgress>;
  /** The status of the first milestone not yet ended at asOf, else of the last. */
  overall: ProgressStatus;
  /** The milestone year `overall` is taken from; null without targets. */
  overallYear: Maybe<Scalars['Int']['output']>;
};

/** One milestone target of an indicator, as written and as read. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** How it is read. */
  comparator: TargetComparator;
  /** Where the reading came from, when the cell alone does not say it. */
  note: Maybe<Scalars['String']['output']>;
  /** What the target is counted within when a cell holds several ("Đông Nam Á"). */
  scope: Maybe<Scalars['String']['output']>;
  /** The cell exactly as written ("≥ 1.800", "Top 10", "50 - 60", "16,5%"). */
  text: Scalars['String']['output'];
  /** The bound, rank, rate in percent, or low end of a range; null for words. */
  value: Maybe<Scalars['Float']['output']>;
  /** The high end of a RANGE. */
  valueMax: Maybe<Scalars['Float']['output']>;
  /** The milestone year: the target holds by its end (đến hết năm). */
  year: Scalars['Int']['output'];
};

/** Changes to an indicator; fields left out stay as they are. */
export type IndicatorUpdateInput = {
  /** STOCK or FLOW. */
  accumulation?: InputMaybe<Accumulation>;
  /** Agencies (replaces). */
  agencies?: InputMaybe<Array<IndicatorAgencyInput>>;
  /** Where it starts from. */
  baseline?: InputMaybe<BaselineInput>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator. */
  id: Scalars['ID']['input'];
  /** What it measures; the targets are read again. */
  measure?: InputMaybe<IndicatorMeasure>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Milestone targets (replaces). */
  targets?: InputMaybe<Array<TargetCellInput>>;
  /** Tasks (replaces). */
  tasks?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A tenant: a province coded by the national list of administrative units
 * (Decision 19/2025/QĐ-TTg: Cao Bằng `04`, Bắc Ninh `24`), or the nation (`VN`).
 */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  /** The code: two digits for a province, `VN` for the nation. */
  code: Scalars['String']['output'];
  /** Province or nation. */
  kind: JurisdictionKind;
  /** The name (tên), e.g. `Cao Bằng`. */
  name: Scalars['String']['output'];
};

/** What level of government a jurisdiction is. */
export type JurisdictionKind =
  /** The nation, for national programmes (toàn quốc). */
  | 'NATION'
  /** A province or centrally-run city (tỉnh, thành phố). */
  | 'PROVINCE';

/** A document a plan rests on (căn cứ, thực hiện). */
export type LegalDocument = Node & {
  __typename?: 'LegalDocument';
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Date of issue. */
  issuedOn: Maybe<Scalars['Date']['output']>;
  /** Who issued it (Chính phủ, Quốc hội, Thủ tướng Chính phủ …). */
  issuer: Maybe<Scalars['String']['output']>;
  /** Kind of document. */
  kind: LegalDocumentKind;
  /** Number and symbol as written (`93/2025/QH15`, `268/2025/NĐ-CP`); null when the plan gives none. */
  number: Maybe<Scalars['String']['output']>;
  /** Title or subject. */
  title: Scalars['String']['output'];
};

/** A page of legal documents. */
export type LegalDocumentConnection = {
  __typename?: 'LegalDocumentConnection';
  /** The documents with their cursors. */
  edges: Array<LegalDocumentEdge>;
  /** The documents of this page. */
  nodes: Array<LegalDocument>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A legal document in a page. */
export type LegalDocumentEdge = {
  __typename?: 'LegalDocumentEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: LegalDocument;
};

/** A legal document to cite. */
export type LegalDocumentInput = {
  /** Date of issue. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Issuer. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Kind of document. */
  kind: LegalDocumentKind;
  /** Number and symbol. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Title or subject. */
  title: Scalars['String']['input'];
};

/** What kind of legal document a plan cites (loại văn bản). */
export type LegalDocumentKind =
  /** A circular (Thông tư). */
  | 'CIRCULAR'
  /** A decision (Quyết định). */
  | 'DECISION'
  /** A government decree (Nghị định). */
  | 'DECREE'
  /** A directive (Chỉ thị). */
  | 'DIRECTIVE'
  /** A law (Luật). */
  | 'LAW'
  /** Anything else. */
  | 'OTHER'
  /** A resolution of the Party (Nghị quyết …-NQ/TW). */
  | 'PARTY_RESOLUTION'
  /** A plan (Kế hoạch). */
  | 'PLAN'
  /** A resolution of the Government or a People's Council (Nghị quyết). */
  | 'RESOLUTION';

/** How one milestone target stands. */
export type MilestoneProgress = {
  __typename?: 'MilestoneProgress';
  /** The latest approved actual judged: a level, a year's flow, or a growth rate in percent. */
  actual: Maybe<Scalars['Float']['output']>;
  /** The year of that actual. */
  actualYear: Maybe<Scalars['Int']['output']>;
  /** The value expected on the trajectory at the actual's date (the target's number once the year has ended). */
  expected: Maybe<Scalars['Float']['output']>;
  /** How far the actual is better (+) or worse (−) than expected, in the indicator's unit. */
  gap: Maybe<Scalars['Float']['output']>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** Its status. */
  status: ProgressStatus;
  /** The target. */
  target: IndicatorTarget;
  /** The milestone year. */
  year: Scalars['Int']['output'];
};

/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Register an agency (province admins). */
  agencyCreate: AgencyPayload;
  /** Add an indicator to a plan (province admins). */
  indicatorCreate: IndicatorPayload;
  /** Change an indicator (province admins). */
  indicatorUpdate: IndicatorPayload;
  /** Accept a submitted actual (province admins): it counts, and locks its period. */
  observationApprove: ObservationPayload;
  /** Enter an actual as DRAFT (the indicator's agencies, or admins). Refused with LOCKED when the period has an approved actual. */
  observationCreate: ObservationPayload;
  /** Unlock an approved period (province admins): the actual goes back to RETURNED and stops counting. */
  observationReopen: ObservationPayload;
  /** Send a submitted actual back with a note (province admins). */
  observationReturn: ObservationPayload;
  /** Send an actual for review (its agency, or admins). */
  observationSubmit: ObservationPayload;
  /** Correct a draft or returned actual (its agency, or admins); LOCKED once submitted or approved. */
  observationUpdate: ObservationPayload;
  /** Start a draft plan (province admins). */
  planCreate: PlanPayload;
  /** Read a plan document (Kế hoạch, or a decision or resolution that issues one) and store it as a DRAFT plan with its tasks and agencies (province admins of its jurisdiction). */
  planImport: PlanImportPayload;
  /** Publish a draft plan: it becomes visible to everyone. */
  planPublish: PlanPayload;
  /** Change a plan (province admins); not once closed. */
  planUpdate: PlanPayload;
  /** Set one milestone's target from its cell text (province admins). */
  targetSet: IndicatorPayload;
  /** Add a task to a plan (province admins). */
  taskCreate: TaskPayload;
  /** Delete a task; it stays as a tombstone in the audit trail and the change feed. Refused while it has sub-tasks. */
  taskDelete: TaskDeletePayload;
  /** Accept a submitted report (province admins). */
  taskReportApprove: TaskReportPayload;
  /** Write a progress report as DRAFT (the task's agencies, or admins). */
  taskReportCreate: TaskReportPayload;
  /** Send a submitted report back with a note (province admins). */
  taskReportReturn: TaskReportPayload;
  /** Send a draft or returned report for review (its agency, or admins). */
  taskReportSubmit: TaskReportPayload;
  /** Change a task (province admins). */
  taskUpdate: TaskPayload;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationagencyCreateArgs = {
  input: AgencyCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationindicatorCreateArgs = {
  input: IndicatorCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationindicatorUpdateArgs = {
  input: IndicatorUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationApproveArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationCreateArgs = {
  input: ObservationCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationReopenArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationReturnArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationSubmitArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationUpdateArgs = {
  input: ObservationUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanCreateArgs = {
  input: PlanCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanImportArgs = {
  input: PlanImportInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanPublishArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanUpdateArgs = {
  input: PlanUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtargetSetArgs = {
  input: TargetSetInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskCreateArgs = {
  input: TaskCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskReportApproveArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskReportCreateArgs = {
  input: TaskReportCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskReportReturnArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskReportSubmitArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskUpdateArgs = {
  input: TaskUpdateInput;
};

/** An object with a global, opaque ID that stays stable for the object's life. */
export type Node = {
  /** The object's global ID; pass it to `node` or `nodes`. */
  id: Scalars['ID']['output'];
};

/** An actual value of an indicator for a period (số liệu thực hiện). */
export type Observation = Node & {
  __typename?: 'Observation';
  /** When it was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who entered it (token subject). */
  createdBy: Scalars['String']['output'];
  /** When a milestone was done. */
  doneOn: Maybe<Scalars['Date']['output']>;
  /** Links to evidence (minh chứng). */
  evidence: Array<Scalars['URL']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The indicator measured. */
  indicator: Indicator;
  /** Remarks by whoever entered it. */
  note: Maybe<Scalars['String']['output']>;
  /** The period: `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  period: Scalars['String']['output'];
  /** The last day of the period. */
  periodEnd: Scalars['Date']['output'];
  /** The reviewer's note (on return or reopen, what to correct). */
  reviewNote: Maybe<Scalars['String']['output']>;
  /** When it was last approved, returned or reopened. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who last approved, returned or reopened it. */
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** The agency the figure comes from. */
  sourceAgency: Maybe<Agency>;
  /** Where it is in review. */
  status: ObservationStatus;
  /** When it was last submitted. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who last submitted it. */
  submittedBy: Maybe<Scalars['String']['output']>;
  /** The actual in words (qualitative indicators). */
  text: Maybe<Scalars['String']['output']>;
  /** The number: a count, percent, rank, index, rate or amount. */
  value: Maybe<Scalars['Float']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of observations. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  /** The observations with their cursors. */
  edges: Array<ObservationEdge>;
  /** The observations of this page. */
  nodes: Array<Observation>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new actual, saved as DRAFT. */
export type ObservationCreateInput = {
  /** When a milestone was done. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** Links to evidence. */
  evidence?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The indicator (global ID). */
  indicator: Scalars['ID']['input'];
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period: `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  period: Scalars['String']['input'];
  /** The agency the figure comes from (global ID); an AGENCY caller is its own source. */
  sourceAgency?: InputMaybe<Scalars['ID']['input']>;
  /** The actual in words (qualitative indicators). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The number (a count, percent, rank …); send a plain number, not Vietnamese text. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** An observation in a page. */
export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The observation. */
  node: Observation;
};

/** The result of a change to an observation. */
export type ObservationPayload = {
  __typename?: 'ObservationPayload';
  /** The observation as it now is. */
  observation: Maybe<Observation>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** An observation moves DRAFT → SUBMITTED → APPROVED, or → RETURNED and back; only APPROVED ones count. */
export type ObservationStatus =
  /** Accepted; counts toward progress, and locks its period until reopened (đã duyệt). */
  | 'APPROVED'
  /** Being written (nháp). */
  | 'DRAFT'
  /** Sent back, or reopened, to correct and resubmit (trả lại). */
  | 'RETURNED'
  /** Sent for review (đã gửi). */
  | 'SUBMITTED';

/** Changes to a draft or returned actual; fields left out stay as they are. */
export type ObservationUpdateInput = {
  /** When a milestone was done. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** Links to evidence (replaces). */
  evidence?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The observation. */
  id: Scalars['ID']['input'];
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The actual in words. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The number. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Where a page of a connection sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to read on. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type Plan = Node & {
  __typename?: 'Plan';
  /** Date it takes effect (ngày có hiệu lực). */
  effectiveOn: Maybe<Scalars['Date']['output']>;
  /** Where the money comes from (nguồn kinh phí). */
  fundingSources: Array<FundingSource>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What the import parser was unsure of, when the plan was imported from a document (`planImport`); null otherwise, and for callers outside the plan's jurisdiction. */
  importReview: Maybe<PlanImportReview>;
  /** Indicators (chỉ tiêu), annex rows first, in code order. */
  indicators: IndicatorConnection;
  /** Date of issue (ngày ban hành). */
  issuedOn: Maybe<Scalars['Date']['output']>;
  /** Issuing body (cơ quan ban hành). */
  issuer: Maybe<Scalars['String']['output']>;
  /** The jurisdiction that issued it. */
  jurisdiction: Jurisdiction;
  /** The documents it rests on (căn cứ), in the order cited. */
  legalBases: LegalDocumentConnection;
  /** Number and symbol (số hiệu), e.g. `523/KH-UBND`. */
  number: Scalars['String']['output'];
  /** General and specific objectives (mục tiêu), one per bullet. */
  objectives: Array<Scalars['String']['output']>;
  /** The years it covers. */
  period: PlanPeriod;
  /** Place of issue (địa danh). */
  place: Maybe<Scalars['String']['output']>;
  /** When it was published here. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Purposes (mục đích), one per paragraph. */
  purposes: Array<Scalars['String']['output']>;
  /** Requirements (yêu cầu). */
  requirements: Array<Scalars['String']['output']>;
  /** Duties per agency (tổ chức thực hiện). */
  responsibilities: Array<AgencyResponsibility>;
  /** Who signed it (người ký). */
  signer: Maybe<Scalars['String']['output']>;
  /** The signer's title (chức vụ). */
  signerTitle: Maybe<Scalars['String']['output']>;
  /** Draft, published or closed. */
  status: PlanStatus;
  /** Tasks of every level, ordered by code (1, 2, 3, 3.1, 3.2, 4 …). */
  tasks: TaskConnection;
  /** Title (trích yếu). */
  title: Scalars['String']['output'];
  /** When it was last changed here. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version; pass it as `expectedVersion` to change the plan. */
  version: Scalars['Int']['output'];
};


/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type PlanindicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type PlanlegalBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type PlantasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of plans. */
export type PlanConnection = {
  __typename?: 'PlanConnection';
  /** The plans with their cursors. */
  edges: Array<PlanEdge>;
  /** The plans of this page. */
  nodes: Array<Plan>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new draft plan. */
export type PlanCreateInput = {
  /** Date it takes effect. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** Funding sources. */
  fundingSources?: InputMaybe<Array<FundingSourceInput>>;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Date of issue. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Issuing body. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code that issues it. */
  jurisdiction: Scalars['String']['input'];
  /** Legal bases in order. */
  legalBases?: InputMaybe<Array<LegalDocumentInput>>;
  /** Number and symbol; unique in the jurisdiction. */
  number: Scalars['String']['input'];
  /** Objectives. */
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Orientation year. */
  orientationYear?: InputMaybe<Scalars['Int']['input']>;
  /** First year covered. */
  periodFrom: Scalars['Int']['input'];
  /** Last year covered. */
  periodTo: Scalars['Int']['input'];
  /** Place of issue. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Purposes. */
  purposes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requirements. */
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Duties per agency. */
  responsibilities?: InputMaybe<Array<ResponsibilityInput>>;
  /** Signer. */
  signer?: InputMaybe<Scalars['String']['input']>;
  /** Signer's title. */
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
};

/** A plan in a page. */
export type PlanEdge = {
  __typename?: 'PlanEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: Plan;
};

/** Which plans to list. */
export type PlanFilter = {
  /** Only this jurisdiction's plans (code). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only plans in this status. */
  status?: InputMaybe<PlanStatus>;
  /** Only plans whose period covers this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A plan document to import as a draft plan. */
export type PlanImportInput = {
  /** A key that makes a retried import return the first result, or finish an interrupted one, instead of importing twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code to import into; by default the one the document names (its issuer or place). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** The document as plain text (UTF-8; Markdown tables and scraped pages are read too), at most 200,000 bytes. */
  text: Scalars['String']['input'];
};

/** The result of importing a plan document. */
export type PlanImportPayload = {
  __typename?: 'PlanImportPayload';
  /** How sure the parser was, per field group. */
  confidence: Array<FieldConfidence>;
  /** The indicators the parser read, and whether each was stored. */
  indicators: Array<ImportedIndicator>;
  /** The imported plan, as DRAFT: review it, correct it with `planUpdate` and `taskUpdate`, then `planPublish` it. */
  plan: Maybe<Plan>;
  /** The agencies the import created (names no existing agency of the jurisdiction had, matched without regard to case or diacritics). */
  proposedAgencies: Array<Agency>;
  /** Lines of the document the parser could not place, as written. */
  unplaced: Array<Scalars['String']['output']>;
  /** Why the import was refused or stopped. A refusal (INVALID, FORBIDDEN, DUPLICATE number) writes nothing; an import stopped part-way leaves a DRAFT plan without `importReview`, which a retry with the same `idempotencyKey` finishes. */
  userErrors: Array<UserError>;
  /** Remarks on what the parser inferred or missed. */
  warnings: Array<Scalars['String']['output']>;
};

/**
 * What the import left for a person to check: how sure the parser was and the lines it could not place.
 * Kept with the plan from the import on; visible only to the plan's jurisdiction (admins and agencies).
 */
export type PlanImportReview = {
  __typename?: 'PlanImportReview';
  /** How sure the parser was, per field group; review the low ones first. */
  confidence: Array<FieldConfidence>;
  /** When the plan was imported. */
  importedAt: Scalars['DateTime']['output'];
  /** The indicators the parser read, and whether each was stored. */
  indicators: Array<ImportedIndicator>;
  /** The agencies the import created because no existing agency of the jurisdiction had their name. */
  proposedAgencies: Array<Agency>;
  /** Lines of the document the parser read but could not place in any field, as written (at most 200, each at most 2,000 characters). */
  unplaced: Array<Scalars['String']['output']>;
  /** Remarks on what the parser inferred or missed (a lost heading, a parent task not found, no document number). */
  warnings: Array<Scalars['String']['output']>;
};

/** The result of a change to a plan. */
export type PlanPayload = {
  __typename?: 'PlanPayload';
  /** The plan as it now is. */
  plan: Maybe<Plan>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** The years a plan covers. */
export type PlanPeriod = {
  __typename?: 'PlanPeriod';
  /** First year. */
  from: Scalars['Int']['output'];
  /** The year the plan's orientation reaches (định hướng đến năm), if any. */
  orientationYear: Maybe<Scalars['Int']['output']>;
  /** Last year. */
  to: Scalars['Int']['output'];
};

/** Where a plan is in its life (trạng thái). */
export type PlanStatus =
  /** Finished and frozen (đã kết thúc). */
  | 'CLOSED'
  /** Being written; visible only to its jurisdiction's admins and agencies (dự thảo). */
  | 'DRAFT'
  /** Issued and in force; visible to everyone (đã ban hành). */
  | 'PUBLISHED';

/** Changes to a plan; fields left out stay as they are. */
export type PlanUpdateInput = {
  /** Date it takes effect. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Funding sources (replaces the list). */
  fundingSources?: InputMaybe<Array<FundingSourceInput>>;
  /** The plan. */
  id: Scalars['ID']['input'];
  /** Date of issue. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Issuing body. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Legal bases (replaces the list). */
  legalBases?: InputMaybe<Array<LegalDocumentInput>>;
  /** Number and symbol. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Objectives (replaces the list). */
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Orientation year. */
  orientationYear?: InputMaybe<Scalars['Int']['input']>;
  /** First year covered. */
  periodFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year covered. */
  periodTo?: InputMaybe<Scalars['Int']['input']>;
  /** Place of issue. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Purposes (replaces the list). */
  purposes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requirements (replaces the list). */
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Duties per agency (replaces the list). */
  responsibilities?: InputMaybe<Array<ResponsibilityInput>>;
  /** Signer. */
  signer?: InputMaybe<Scalars['String']['input']>;
  /** Signer's title. */
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** How a milestone stands as of a date; the rules are in docs/indicators.md. */
export type ProgressStatus =
  /** Behind the line by at most 10% (có nguy cơ chậm). */
  | 'AT_RISK'
  /** The target is met (đạt). */
  | 'MET'
  /** A person must judge: qualitative, or no line to compare with (cần xem xét). */
  | 'NEEDS_REVIEW'
  /** No approved actual to judge (chưa có số liệu). */
  | 'NO_DATA'
  /** Behind the line by more than 10%, or missed (chậm tiến độ). */
  | 'OFF_TRACK'
  /** On or ahead of the line toward the target (đúng tiến độ). */
  | 'ON_TRACK';

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** Agencies, ordered by name; at most 100 a page. */
  agencies: AgencyConnection;
  /** The jurisdictions this deployment holds. */
  jurisdictions: Array<Jurisdiction>;
  /** Any object by its global ID, under the same access rules as every other field. */
  node: Maybe<Node>;
  /** Several objects by global ID, in the order asked; null where one is missing or hidden. */
  nodes: Array<Maybe<Node>>;
  /** A plan by its jurisdiction and number, e.g. (`04`, `523/KH-UBND`). */
  planByNumber: Maybe<Plan>;
  /** Plans, newest issue date first; drafts only for their jurisdiction's admins and agencies. */
  plans: PlanConnection;
  /** Who is calling. */
  viewer: Viewer;
};


/** The root of every read. */
export type QueryagenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The root of every read. */
export type QueryplanByNumberArgs = {
  jurisdiction: Scalars['String']['input'];
  number: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryplansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a timeline repeats. */
export type Recurrence =
  /** Every year (hằng năm). */
  | 'ANNUAL'
  /** Ongoing throughout the period (thường xuyên). */
  | 'CONTINUOUS'
  /** Every month (hằng tháng). */
  | 'MONTHLY'
  /** Every quarter (hằng quý). */
  | 'QUARTERLY';

/** Duties of one agency. */
export type ResponsibilityInput = {
  /** The agency (global ID). */
  agency: Scalars['ID']['input'];
  /** Its duties. */
  duties: Array<Scalars['String']['input']>;
};

/** Who may do what (DESIGN.md §6). */
export type Role =
  /** A lead or coordinating agency: reports on its own tasks and indicators. */
  | 'AGENCY'
  /** A national network (the Ministry, the National Innovation Centre): reads every province. */
  | 'NATIONAL'
  /** The provincial Department of Science and Technology (Sở KH&CN): everything in its provinces. */
  | 'PROVINCE_ADMIN'
  /** No token, or a partner portal's key: published data only. */
  | 'PUBLIC';

/** A target cell as the plan writes it. */
export type TargetCellInput = {
  /** A direction the plan's text gives for a bare number. */
  direction?: InputMaybe<TargetDirection>;
  /** Where this reading comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The cell exactly as written; it is read with Vietnamese numbers (`1.800`, `0,7`, `16,5%`). */
  text: Scalars['String']['input'];
  /** The milestone year. */
  year: Scalars['Int']['input'];
};

/** How a target cell is read. */
export type TargetComparator =
  /** At least the value (≥ 150, "trên", "từ"). */
  | 'AT_LEAST'
  /** At most the value (≤ 3, "dưới", "tối đa"). */
  | 'AT_MOST'
  /** Done by the end of the milestone year (Hình thành, Thành lập). */
  | 'DONE_BY'
  /** Exactly the value (a bare number the plan gives no direction for). */
  | 'EXACTLY'
  /** Average yearly growth of at least value percent (16%/năm). */
  | 'GROWTH_RATE'
  /** Rising every year (Tăng dần theo mỗi năm). */
  | 'INCREASING'
  /** Words a person judges. */
  | 'QUALITATIVE'
  /** Between value and valueMax, both included (50 - 60). */
  | 'RANGE'
  /** A rank of value or better (Top 10); lower is better. */
  | 'RANK_TOP';

/** A direction the plan's text gives for a bare number in a cell (HDI \"0,7\" is \"trên 0.7\"). */
export type TargetDirection =
  /** Read the bare number as at least. */
  | 'AT_LEAST'
  /** Read the bare number as at most. */
  | 'AT_MOST';

/** Sets one milestone's target cell; an empty text removes the milestone. */
export type TargetSetInput = {
  /** A direction the plan's text gives for a bare number. */
  direction?: InputMaybe<TargetDirection>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator. */
  id: Scalars['ID']['input'];
  /** Where this reading comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The cell exactly as written. */
  text: Scalars['String']['input'];
  /** The milestone year. */
  year: Scalars['Int']['input'];
};

/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type Task = Node & {
  __typename?: 'Task';
  /** Advisory agencies (cơ quan tham mưu). */
  advisoryAgencies: Array<Agency>;
  /** Every agency with its role. */
  agencies: Array<TaskAgency>;
  /** Its sub-tasks, ordered by code. */
  children: TaskConnection;
  /** Its number in the plan (`1`, `3.1`). */
  code: Scalars['String']['output'];
  /** Content paragraphs (nội dung), as written. */
  content: Array<Scalars['String']['output']>;
  /** Coordinating agencies (cơ quan phối hợp). */
  coordinatingAgencies: Array<Agency>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Indicators that measure this task. */
  indicators: IndicatorConnection;
  /** Lead agencies (cơ quan chủ trì). */
  leadAgencies: Array<Agency>;
  /** Quantified outputs (kết quả, sản phẩm). */
  outputs: Array<TaskOutput>;
  /** The task it belongs under (3 for 3.1); null at the top level. */
  parent: Maybe<Task>;
  /** Dated steps, if the plan gives them. */
  phases: Array<TaskPhase>;
  /** The plan it belongs to. */
  plan: Plan;
  /** Agencies' progress reports, newest period first. Drafts only for their agency and admins. */
  reports: TaskReportConnection;
  /** When (thời gian thực hiện), as written and as dates. */
  timeline: Maybe<Timeline>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskchildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskindicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskreportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An agency and the part it plays in a task. */
export type TaskAgency = {
  __typename?: 'TaskAgency';
  /** The agency. */
  agency: Agency;
  /** A qualifier the plan adds ("chủ động tổ chức theo chủ đề …"). */
  note: Maybe<Scalars['String']['output']>;
  /** Lead, coordinating or advisory. */
  role: AgencyRole;
};

/** An agency's part in a new or changed task. */
export type TaskAgencyInput = {
  /** The agency (global ID). */
  agency: Scalars['ID']['input'];
  /** A qualifier. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Its role. */
  role: AgencyRole;
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks with their cursors. */
  edges: Array<TaskEdge>;
  /** The tasks of this page. */
  nodes: Array<Task>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new task in a plan. */
export type TaskCreateInput = {
  /** Agencies and roles. */
  agencies?: InputMaybe<Array<TaskAgencyInput>>;
  /** Its number (`3.1`); unique in the plan; its parent is the code without its last part. */
  code: Scalars['String']['input'];
  /** Content paragraphs. */
  content?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Quantified outputs. */
  outputs?: InputMaybe<Array<TaskOutputInput>>;
  /** Dated steps. */
  phases?: InputMaybe<Array<TaskPhaseInput>>;
  /** The plan (global ID). */
  plan: Scalars['ID']['input'];
  /** When, as written ("Quý III/2026"); the dates are read from it. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
};

/** The result of deleting a task. */
export type TaskDeletePayload = {
  __typename?: 'TaskDeletePayload';
  /** The ID of the deleted task (now a tombstone). */
  deletedTaskId: Maybe<Scalars['ID']['output']>;
  /** Why the delete was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A task in a page. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** A quantified output a task promises (\"02 lớp tập huấn\"). */
export type TaskOutput = {
  __typename?: 'TaskOutput';
  /** How many, when the text gives a number. */
  quantity: Maybe<Scalars['Float']['output']>;
  /** As written. */
  text: Scalars['String']['output'];
  /** Of what ("lớp"). */
  unit: Maybe<Scalars['String']['output']>;
};

/** A quantified output. */
export type TaskOutputInput = {
  /** How many. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** As written. */
  text: Scalars['String']['input'];
  /** Of what. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a change to a task. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The task as it now is. */
  task: Maybe<Task>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A dated step of a task (Cao Bằng 3.1: planning, applications, support, judging). */
export type TaskPhase = {
  __typename?: 'TaskPhase';
  /** What happens in this step. */
  name: Scalars['String']['output'];
  /** When. */
  timeline: Timeline;
};

/** A dated step of a task. */
export type TaskPhaseInput = {
  /** What happens. */
  name: Scalars['String']['input'];
  /** When, as written; the dates are read from it. */
  timeline: Scalars['String']['input'];
};

/** An agency's progress report on a task for a period (báo cáo tiến độ). */
export type TaskReport = Node & {
  __typename?: 'TaskReport';
  /** The reporting agency. */
  agency: Agency;
  /** Links to evidence (minh chứng). */
  evidence: Array<Scalars['URL']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What was done (nội dung báo cáo). */
  narrative: Scalars['String']['output'];
  /** How complete the task is, 0–100, in the agency's judgement. */
  percentComplete: Maybe<Scalars['Int']['output']>;
  /** The period: `2026`, `2026-H1`, `2026-Q3` or `2026-09`. */
  period: Scalars['String']['output'];
  /** The reviewer's note (on return, what to correct). */
  reviewNote: Maybe<Scalars['String']['output']>;
  /** When it was approved or returned. */
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in review. */
  status: TaskReportStatus;
  /** When it was last submitted. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** The task reported on. */
  task: Task;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of task reports. */
export type TaskReportConnection = {
  __typename?: 'TaskReportConnection';
  /** The reports with their cursors. */
  edges: Array<TaskReportEdge>;
  /** The reports of this page. */
  nodes: Array<TaskReport>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new progress report, saved as DRAFT. */
export type TaskReportCreateInput = {
  /** The reporting agency (global ID); an AGENCY caller may leave it out and reports as itself. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** Links to evidence. */
  evidence?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was done. */
  narrative: Scalars['String']['input'];
  /** How complete, 0–100. */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
  /** The period: `2026`, `2026-H1`, `2026-Q3` or `2026-09`. */
  period: Scalars['String']['input'];
  /** The task (global ID). */
  task: Scalars['ID']['input'];
};

/** A report in a page. */
export type TaskReportEdge = {
  __typename?: 'TaskReportEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: TaskReport;
};

/** The result of a change to a task report. */
export type TaskReportPayload = {
  __typename?: 'TaskReportPayload';
  /** The report as it now is. */
  taskReport: Maybe<TaskReport>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** An agency's progress report on a task moves DRAFT → SUBMITTED → APPROVED, or → RETURNED and back. */
export type TaskReportStatus =
  /** Accepted by the department (đã duyệt). */
  | 'APPROVED'
  /** Being written by the agency (nháp). */
  | 'DRAFT'
  /** Sent back to the agency with a note, to correct and resubmit (trả lại). */
  | 'RETURNED'
  /** Sent to the department for review (đã gửi). */
  | 'SUBMITTED';

/** Changes to a task; fields left out stay as they are. */
export type TaskUpdateInput = {
  /** Agencies and roles (replaces). */
  agencies?: InputMaybe<Array<TaskAgencyInput>>;
  /** Content paragraphs (replaces). */
  content?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The task. */
  id: Scalars['ID']['input'];
  /** Quantified outputs (replaces). */
  outputs?: InputMaybe<Array<TaskOutputInput>>;
  /** Dated steps (replaces). */
  phases?: InputMaybe<Array<TaskPhaseInput>>;
  /** When, as written. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A timeline as the plan writes it, with the date range read from it. */
export type Timeline = {
  __typename?: 'Timeline';
  /** Last day, when the text gives one. */
  end: Maybe<Scalars['Date']['output']>;
  /** How it repeats, if it does. */
  recurring: Maybe<Recurrence>;
  /** First day, when the text gives one. */
  start: Maybe<Scalars['Date']['output']>;
  /** Exactly as written ("Quý III/2026", "Thường xuyên trong năm 2026"). */
  text: Scalars['String']['output'];
};

/** One reason a mutation failed. */
export type UserError = {
  __typename?: 'UserError';
  /** What went wrong, for a program. */
  code: UserErrorCode;
  /** Path to the input field at fault, from `input` (e.g. `["input", "issuedOn"]`); null when no one field is. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** Why a mutation did not do what was asked. Business failures are data, not top-level errors. */
export type UserErrorCode =
  /** A capacity is full (a mentor's places). */
  | 'AT_CAPACITY'
  /** `expectedVersion` is stale: someone changed the object first. Nothing was written. */
  | 'CONFLICT'
  /** The input repeats something that must be unique (a plan number, an enterprise code). */
  | 'DUPLICATE'
  /** The caller is known but may not do this here (role or jurisdiction). */
  | 'FORBIDDEN'
  /** The input is malformed or breaks a rule; `field` names the input. */
  | 'INVALID'
  /** A request limit (depth, cost, page size) was exceeded. */
  | 'LIMIT_EXCEEDED'
  /** The object is in a state that forbids this change (an approved period, a closed plan). */
  | 'LOCKED'
  /** An object the input names does not exist or is not visible to the caller. */
  | 'NOT_FOUND'
  /** Too many requests; retry after the time the message gives. */
  | 'RATE_LIMITED'
  /** The request carries no valid token and this needs one. */
  | 'UNAUTHENTICATED';

/** The caller, as the API sees them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The agency an `AGENCY` caller speaks for. */
  agency: Maybe<Agency>;
  /** The jurisdictions the caller may write to (admins, agencies) or is bound to. */
  jurisdictions: Array<Jurisdiction>;
  /** The caller's role. */
  role: Role;
};

/** A workflow step on an object: publish, submit, approve, return, delete. */
export type WorkflowInput = {
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The object. */
  id: Scalars['ID']['input'];
  /** Why, for the audit trail (and, on return, for the agency). */
  note?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgencyMapper & { __typename: 'Agency' } )
    | ( IndicatorMapper & { __typename: 'Indicator' } )
    | ( LegalDocumentMapper & { __typename: 'LegalDocument' } )
    | ( ObservationMapper & { __typename: 'Observation' } )
    | ( PlanMapper & { __typename: 'Plan' } )
    | ( TaskMapper & { __typename: 'Task' } )
    | ( TaskReportMapper & { __typename: 'TaskReport' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Accumulation: ResolverTypeWrapper<'STOCK' | 'FLOW'>;
  Agency: ResolverTypeWrapper<AgencyMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgencyEdge']>, nodes: Array<ResolversTypes['Agency']> }>;
  AgencyCreateInput: AgencyCreateInput;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AgencyKind: ResolverTypeWrapper<'PEOPLES_COMMITTEE' | 'DEPARTMENT' | 'MASS_ORGANISATION' | 'COMMUNE_COMMITTEE' | 'MEDIA' | 'ASSOCIATION' | 'UNIVERSITY' | 'ENTERPRISE' | 'MINISTRY' | 'OTHER'>;
  AgencyPayload: ResolverTypeWrapper<Omit<AgencyPayload, 'agency' | 'userErrors'> & { agency?: Maybe<ResolversTypes['Agency']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AgencyResponsibility: ResolverTypeWrapper<AgencyResponsibilityMapper>;
  AgencyRole: ResolverTypeWrapper<'LEAD' | 'COORDINATING' | 'ADVISORY'>;
  Baseline: ResolverTypeWrapper<Baseline>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BaselineInput: BaselineInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FieldConfidence: ResolverTypeWrapper<FieldConfidence>;
  FundingSource: ResolverTypeWrapper<Omit<FundingSource, 'kind'> & { kind: ResolversTypes['FundingSourceKind'] }>;
  FundingSourceInput: FundingSourceInput;
  FundingSourceKind: ResolverTypeWrapper<'STATE_BUDGET' | 'DONOR' | 'OTHER'>;
  ImportedIndicator: ResolverTypeWrapper<ImportedIndicatorMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  IndicatorAgency: ResolverTypeWrapper<IndicatorAgencyMapper>;
  IndicatorAgencyInput: IndicatorAgencyInput;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IndicatorEdge']>, nodes: Array<ResolversTypes['Indicator']> }>;
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorDerivation: ResolverTypeWrapper<'INNOVATIVE_STARTUPS' | 'INCUBATORS' | 'COMMERCIALISED_PRODUCTS' | 'BUDGET_SUPPORTED_PROJECTS' | 'PATENTS'>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorMeasure: ResolverTypeWrapper<'COUNT' | 'PERCENT' | 'RANK' | 'INDEX' | 'GROWTH_RATE' | 'AMOUNT' | 'MILESTONE' | 'QUALITATIVE'>;
  IndicatorPayload: ResolverTypeWrapper<Omit<IndicatorPayload, 'indicator' | 'userErrors'> & { indicator?: Maybe<ResolversTypes['Indicator']>, userErrors: Array<ResolversTypes['UserError']> }>;
  IndicatorProgress: ResolverTypeWrapper<IndicatorProgressMapper>;
  IndicatorTarget: ResolverTypeWrapper<Omit<IndicatorTarget, 'comparator'> & { comparator: ResolversTypes['TargetComparator'] }>;
  IndicatorUpdateInput: IndicatorUpdateInput;
  Jurisdiction: ResolverTypeWrapper<JurisdictionMapper>;
  JurisdictionKind: ResolverTypeWrapper<'PROVINCE' | 'NATION'>;
  LegalDocument: ResolverTypeWrapper<LegalDocumentMapper>;
  LegalDocumentConnection: ResolverTypeWrapper<Omit<LegalDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LegalDocumentEdge']>, nodes: Array<ResolversTypes['LegalDocument']> }>;
  LegalDocumentEdge: ResolverTypeWrapper<Omit<LegalDocumentEdge, 'node'> & { node: ResolversTypes['LegalDocument'] }>;
  LegalDocumentInput: LegalDocumentInput;
  LegalDocumentKind: ResolverTypeWrapper<'LAW' | 'DECREE' | 'RESOLUTION' | 'PARTY_RESOLUTION' | 'DECISION' | 'PLAN' | 'CIRCULAR' | 'DIRECTIVE' | 'OTHER'>;
  MilestoneProgress: ResolverTypeWrapper<Omit<MilestoneProgress, 'status' | 'target'> & { status: ResolversTypes['ProgressStatus'], target: ResolversTypes['IndicatorTarget'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Observation: ResolverTypeWrapper<ObservationMapper>;
  ObservationConnection: ResolverTypeWrapper<Omit<ObservationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ObservationEdge']>, nodes: Array<ResolversTypes['Observation']> }>;
  ObservationCreateInput: ObservationCreateInput;
  ObservationEdge: ResolverTypeWrapper<Omit<ObservationEdge, 'node'> & { node: ResolversTypes['Observation'] }>;
  ObservationPayload: ResolverTypeWrapper<Omit<ObservationPayload, 'observation' | 'userErrors'> & { observation?: Maybe<ResolversTypes['Observation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ObservationStatus: ResolverTypeWrapper<'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'>;
  ObservationUpdateInput: ObservationUpdateInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plan: ResolverTypeWrapper<PlanMapper>;
  PlanConnection: ResolverTypeWrapper<Omit<PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanEdge']>, nodes: Array<ResolversTypes['Plan']> }>;
  PlanCreateInput: PlanCreateInput;
  PlanEdge: ResolverTypeWrapper<Omit<PlanEdge, 'node'> & { node: ResolversTypes['Plan'] }>;
  PlanFilter: PlanFilter;
  PlanImportInput: PlanImportInput;
  PlanImportPayload: ResolverTypeWrapper<PlanImportPayloadMapper>;
  PlanImportReview: ResolverTypeWrapper<PlanImportReviewMapper>;
  PlanPayload: ResolverTypeWrapper<Omit<PlanPayload, 'plan' | 'userErrors'> & { plan?: Maybe<ResolversTypes['Plan']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PlanPeriod: ResolverTypeWrapper<PlanPeriod>;
  PlanStatus: ResolverTypeWrapper<'DRAFT' | 'PUBLISHED' | 'CLOSED'>;
  PlanUpdateInput: PlanUpdateInput;
  ProgressStatus: ResolverTypeWrapper<'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'NEEDS_REVIEW'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recurrence: ResolverTypeWrapper<'CONTINUOUS' | 'ANNUAL' | 'QUARTERLY' | 'MONTHLY'>;
  ResponsibilityInput: ResponsibilityInput;
  Role: ResolverTypeWrapper<'PUBLIC' | 'AGENCY' | 'PROVINCE_ADMIN' | 'NATIONAL'>;
  TargetCellInput: TargetCellInput;
  TargetComparator: ResolverTypeWrapper<'AT_LEAST' | 'AT_MOST' | 'EXACTLY' | 'RANGE' | 'RANK_TOP' | 'GROWTH_RATE' | 'INCREASING' | 'DONE_BY' | 'QUALITATIVE'>;
  TargetDirection: ResolverTypeWrapper<'AT_LEAST' | 'AT_MOST'>;
  TargetSetInput: TargetSetInput;
  Task: ResolverTypeWrapper<TaskMapper>;
  TaskAgency: ResolverTypeWrapper<TaskAgencyMapper>;
  TaskAgencyInput: TaskAgencyInput;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TaskEdge']>, nodes: Array<ResolversTypes['Task']> }>;
  TaskCreateInput: TaskCreateInput;
  TaskDeletePayload: ResolverTypeWrapper<Omit<TaskDeletePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskOutput: ResolverTypeWrapper<TaskOutput>;
  TaskOutputInput: TaskOutputInput;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task' | 'userErrors'> & { task?: Maybe<ResolversTypes['Task']>, userErrors: Array<ResolversTypes['UserError']> }>;
  TaskPhase: ResolverTypeWrapper<Omit<TaskPhase, 'timeline'> & { timeline: ResolversTypes['Timeline'] }>;
  TaskPhaseInput: TaskPhaseInput;
  TaskReport: ResolverTypeWrapper<TaskReportMapper>;
  TaskReportConnection: ResolverTypeWrapper<Omit<TaskReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TaskReportEdge']>, nodes: Array<ResolversTypes['TaskReport']> }>;
  TaskReportCreateInput: TaskReportCreateInput;
  TaskReportEdge: ResolverTypeWrapper<Omit<TaskReportEdge, 'node'> & { node: ResolversTypes['TaskReport'] }>;
  TaskReportPayload: ResolverTypeWrapper<Omit<TaskReportPayload, 'taskReport' | 'userErrors'> & { taskReport?: Maybe<ResolversTypes['TaskReport']>, userErrors: Array<ResolversTypes['UserError']> }>;
  TaskReportStatus: ResolverTypeWrapper<'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'>;
  TaskUpdateInput: TaskUpdateInput;
  Timeline: ResolverTypeWrapper<Omit<Timeline, 'recurring'> & { recurring?: Maybe<ResolversTypes['Recurrence']> }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['UserErrorCode'] }>;
  UserErrorCode: ResolverTypeWrapper<'INVALID' | 'NOT_FOUND' | 'DUPLICATE' | 'CONFLICT' | 'LOCKED' | 'AT_CAPACITY' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'LIMIT_EXCEEDED'>;
  Viewer: ResolverTypeWrapper<ViewerMapper>;
  WorkflowInput: WorkflowInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyMapper;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AgencyConnection: Omit<AgencyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgencyEdge']>, nodes: Array<ResolversParentTypes['Agency']> };
  AgencyCreateInput: AgencyCreateInput;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  AgencyPayload: Omit<AgencyPayload, 'agency' | 'userErrors'> & { agency?: Maybe<ResolversParentTypes['Agency']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AgencyResponsibility: AgencyResponsibilityMapper;
  Baseline: Baseline;
  Float: Scalars['Float']['output'];
  BaselineInput: BaselineInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FieldConfidence: FieldConfidence;
  FundingSource: FundingSource;
  FundingSourceInput: FundingSourceInput;
  ImportedIndicator: ImportedIndicatorMapper;
  Boolean: Scalars['Boolean']['output'];
  Indicator: IndicatorMapper;
  IndicatorAgency: IndicatorAgencyMapper;
  IndicatorAgencyInput: IndicatorAgencyInput;
  IndicatorConnection: Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IndicatorEdge']>, nodes: Array<ResolversParentTypes['Indicator']> };
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorPayload: Omit<IndicatorPayload, 'indicator' | 'userErrors'> & { indicator?: Maybe<ResolversParentTypes['Indicator']>, userErrors: Array<ResolversParentTypes['UserError']> };
  IndicatorProgress: IndicatorProgressMapper;
  IndicatorTarget: IndicatorTarget;
  IndicatorUpdateInput: IndicatorUpdateInput;
  Jurisdiction: JurisdictionMapper;
  LegalDocument: LegalDocumentMapper;
  LegalDocumentConnection: Omit<LegalDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LegalDocumentEdge']>, nodes: Array<ResolversParentTypes['LegalDocument']> };
  LegalDocumentEdge: Omit<LegalDocumentEdge, 'node'> & { node: ResolversParentTypes['LegalDocument'] };
  LegalDocumentInput: LegalDocumentInput;
  MilestoneProgress: Omit<MilestoneProgress, 'target'> & { target: ResolversParentTypes['IndicatorTarget'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Observation: ObservationMapper;
  ObservationConnection: Omit<ObservationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ObservationEdge']>, nodes: Array<ResolversParentTypes['Observation']> };
  ObservationCreateInput: ObservationCreateInput;
  ObservationEdge: Omit<ObservationEdge, 'node'> & { node: ResolversParentTypes['Observation'] };
  ObservationPayload: Omit<ObservationPayload, 'observation' | 'userErrors'> & { observation?: Maybe<ResolversParentTypes['Observation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ObservationUpdateInput: ObservationUpdateInput;
  PageInfo: PageInfo;
  Plan: PlanMapper;
  PlanConnection: Omit<PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanEdge']>, nodes: Array<ResolversParentTypes['Plan']> };
  PlanCreateInput: PlanCreateInput;
  PlanEdge: Omit<PlanEdge, 'node'> & { node: ResolversParentTypes['Plan'] };
  PlanFilter: PlanFilter;
  PlanImportInput: PlanImportInput;
  PlanImportPayload: PlanImportPayloadMapper;
  PlanImportReview: PlanImportReviewMapper;
  PlanPayload: Omit<PlanPayload, 'plan' | 'userErrors'> & { plan?: Maybe<ResolversParentTypes['Plan']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PlanPeriod: PlanPeriod;
  PlanUpdateInput: PlanUpdateInput;
  Query: Record<PropertyKey, never>;
  ResponsibilityInput: ResponsibilityInput;
  TargetCellInput: TargetCellInput;
  TargetSetInput: TargetSetInput;
  Task: TaskMapper;
  TaskAgency: TaskAgencyMapper;
  TaskAgencyInput: TaskAgencyInput;
  TaskConnection: Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TaskEdge']>, nodes: Array<ResolversParentTypes['Task']> };
  TaskCreateInput: TaskCreateInput;
  TaskDeletePayload: Omit<TaskDeletePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskOutput: TaskOutput;
  TaskOutputInput: TaskOutputInput;
  TaskPayload: Omit<TaskPayload, 'task' | 'userErrors'> & { task?: Maybe<ResolversParentTypes['Task']>, userErrors: Array<ResolversParentTypes['UserError']> };
  TaskPhase: Omit<TaskPhase, 'timeline'> & { timeline: ResolversParentTypes['Timeline'] };
  TaskPhaseInput: TaskPhaseInput;
  TaskReport: TaskReportMapper;
  TaskReportConnection: Omit<TaskReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TaskReportEdge']>, nodes: Array<ResolversParentTypes['TaskReport']> };
  TaskReportCreateInput: TaskReportCreateInput;
  TaskReportEdge: Omit<TaskReportEdge, 'node'> & { node: ResolversParentTypes['TaskReport'] };
  TaskReportPayload: Omit<TaskReportPayload, 'taskReport' | 'userErrors'> & { taskReport?: Maybe<ResolversParentTypes['TaskReport']>, userErrors: Array<ResolversParentTypes['UserError']> };
  TaskUpdateInput: TaskUpdateInput;
  Timeline: Timeline;
  URL: Scalars['URL']['output'];
  UserError: UserError;
  Viewer: ViewerMapper;
  WorkflowInput: WorkflowInput;
};

export type AccumulationResolvers = EnumResolverSignature<{ FLOW?: any, STOCK?: any }, ResolversTypes['Accumulation']>;

export type AgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgencyKindResolvers = EnumResolverSignature<{ ASSOCIATION?: any, COMMUNE_COMMITTEE?: any, DEPARTMENT?: any, ENTERPRISE?: any, MASS_ORGANISATION?: any, MEDIA?: any, MINISTRY?: any, OTHER?: any, PEOPLES_COMMITTEE?: any, UNIVERSITY?: any }, ResolversTypes['AgencyKind']>;

export type AgencyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgencyPayload'] = ResolversParentTypes['AgencyPayload']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AgencyResponsibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgencyResponsibility'] = ResolversParentTypes['AgencyResponsibility']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgencyRoleResolvers = EnumResolverSignature<{ ADVISORY?: any, COORDINATING?: any, LEAD?: any }, ResolversTypes['AgencyRole']>;

export type BaselineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type FieldConfidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldConfidence'] = ResolversParentTypes['FieldConfidence']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FundingSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingSource'] = ResolversParentTypes['FundingSource']> = {
  kind?: Resolver<ResolversTypes['FundingSourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FundingSourceKindResolvers = EnumResolverSignature<{ DONOR?: any, OTHER?: any, STATE_BUDGET?: any }, ResolversTypes['FundingSourceKind']>;

export type ImportedIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportedIndicator'] = ResolversParentTypes['ImportedIndicator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  accumulation?: Resolver<ResolversTypes['Accumulation'], ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['IndicatorAgency']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  derivedFrom?: Resolver<Maybe<ResolversTypes['IndicatorDerivation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['IndicatorMeasure'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observations?: Resolver<ResolversTypes['ObservationConnection'], ParentType, ContextType, RequireFields<IndicatorobservationsArgs, 'first'>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['IndicatorProgress'], ParentType, ContextType, Partial<IndicatorprogressArgs>>;
  targets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorAgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorAgency'] = ResolversParentTypes['IndicatorAgency']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AgencyRole'], ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IndicatorDerivationResolvers = EnumResolverSignature<{ BUDGET_SUPPORTED_PROJECTS?: any, COMMERCIALISED_PRODUCTS?: any, INCUBATORS?: any, INNOVATIVE_STARTUPS?: any, PATENTS?: any }, ResolversTypes['IndicatorDerivation']>;

export type IndicatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorMeasureResolvers = EnumResolverSignature<{ AMOUNT?: any, COUNT?: any, GROWTH_RATE?: any, INDEX?: any, MILESTONE?: any, PERCENT?: any, QUALITATIVE?: any, RANK?: any }, ResolversTypes['IndicatorMeasure']>;

export type IndicatorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorPayload'] = ResolversParentTypes['IndicatorPayload']> = {
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IndicatorProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorProgress'] = ResolversParentTypes['IndicatorProgress']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['MilestoneProgress']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  overallYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IndicatorTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = {
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JurisdictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JurisdictionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JurisdictionKindResolvers = EnumResolverSignature<{ NATION?: any, PROVINCE?: any }, ResolversTypes['JurisdictionKind']>;

export type LegalDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LegalDocument'] = ResolversParentTypes['LegalDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LegalDocumentKind'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LegalDocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LegalDocumentConnection'] = ResolversParentTypes['LegalDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LegalDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LegalDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LegalDocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LegalDocumentEdge'] = ResolversParentTypes['LegalDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LegalDocument'], ParentType, ContextType>;
};

export type LegalDocumentKindResolvers = EnumResolverSignature<{ CIRCULAR?: any, DECISION?: any, DECREE?: any, DIRECTIVE?: any, LAW?: any, OTHER?: any, PARTY_RESOLUTION?: any, PLAN?: any, RESOLUTION?: any }, ResolversTypes['LegalDocumentKind']>;

export type MilestoneProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MilestoneProgress'] = ResolversParentTypes['MilestoneProgress']> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  actualYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['IndicatorTarget'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  agencyCreate?: Resolver<ResolversTypes['AgencyPayload'], ParentType, ContextType, RequireFields<MutationagencyCreateArgs, 'input'>>;
  indicatorCreate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationindicatorCreateArgs, 'input'>>;
  indicatorUpdate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationindicatorUpdateArgs, 'input'>>;
  observationApprove?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationApproveArgs, 'input'>>;
  observationCreate?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationCreateArgs, 'input'>>;
  observationReopen?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationReopenArgs, 'input'>>;
  observationReturn?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationReturnArgs, 'input'>>;
  observationSubmit?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationSubmitArgs, 'input'>>;
  observationUpdate?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationUpdateArgs, 'input'>>;
  planCreate?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanCreateArgs, 'input'>>;
  planImport?: Resolver<ResolversTypes['PlanImportPayload'], ParentType, ContextType, RequireFields<MutationplanImportArgs, 'input'>>;
  planPublish?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanPublishArgs, 'input'>>;
  planUpdate?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanUpdateArgs, 'input'>>;
  targetSet?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationtargetSetArgs, 'input'>>;
  taskCreate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationtaskCreateArgs, 'input'>>;
  taskDelete?: Resolver<ResolversTypes['TaskDeletePayload'], ParentType, ContextType, RequireFields<MutationtaskDeleteArgs, 'input'>>;
  taskReportApprove?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportApproveArgs, 'input'>>;
  taskReportCreate?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportCreateArgs, 'input'>>;
  taskReportReturn?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportReturnArgs, 'input'>>;
  taskReportSubmit?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportSubmitArgs, 'input'>>;
  taskUpdate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationtaskUpdateArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Agency' | 'Indicator' | 'LegalDocument' | 'Observation' | 'Plan' | 'Task' | 'TaskReport', ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObservationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObservationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationConnection'] = ResolversParentTypes['ObservationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObservationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ObservationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationEdge'] = ResolversParentTypes['ObservationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Observation'], ParentType, ContextType>;
};

export type ObservationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationPayload'] = ResolversParentTypes['ObservationPayload']> = {
  observation?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ObservationStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['ObservationStatus']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  effectiveOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingSources?: Resolver<Array<ResolversTypes['FundingSource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importReview?: Resolver<Maybe<ResolversTypes['PlanImportReview']>, ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<PlanindicatorsArgs, 'first'>>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  legalBases?: Resolver<ResolversTypes['LegalDocumentConnection'], ParentType, ContextType, RequireFields<PlanlegalBasesArgs, 'first'>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['PlanPeriod'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['AgencyResponsibility']>, ParentType, ContextType>;
  signer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signerTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<PlantasksArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanConnection'] = ResolversParentTypes['PlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlanEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEdge'] = ResolversParentTypes['PlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanImportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanImportPayload'] = ResolversParentTypes['PlanImportPayload']> = {
  confidence?: Resolver<Array<ResolversTypes['FieldConfidence']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ImportedIndicator']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  proposedAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  unplaced?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanImportReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanImportReview'] = ResolversParentTypes['PlanImportReview']> = {
  confidence?: Resolver<Array<ResolversTypes['FieldConfidence']>, ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ImportedIndicator']>, ParentType, ContextType>;
  proposedAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  unplaced?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanPayload'] = ResolversParentTypes['PlanPayload']> = {
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlanPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanPeriod'] = ResolversParentTypes['PlanPeriod']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orientationYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanStatusResolvers = EnumResolverSignature<{ CLOSED?: any, DRAFT?: any, PUBLISHED?: any }, ResolversTypes['PlanStatus']>;

export type ProgressStatusResolvers = EnumResolverSignature<{ AT_RISK?: any, MET?: any, NEEDS_REVIEW?: any, NO_DATA?: any, OFF_TRACK?: any, ON_TRACK?: any }, ResolversTypes['ProgressStatus']>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryagenciesArgs, 'first'>>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  planByNumber?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType, RequireFields<QueryplanByNumberArgs, 'jurisdiction' | 'number'>>;
  plans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, RequireFields<QueryplansArgs, 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RecurrenceResolvers = EnumResolverSignature<{ ANNUAL?: any, CONTINUOUS?: any, MONTHLY?: any, QUARTERLY?: any }, ResolversTypes['Recurrence']>;

export type RoleResolvers = EnumResolverSignature<{ AGENCY?: any, NATIONAL?: any, PROVINCE_ADMIN?: any, PUBLIC?: any }, ResolversTypes['Role']>;

export type TargetComparatorResolvers = EnumResolverSignature<{ AT_LEAST?: any, AT_MOST?: any, DONE_BY?: any, EXACTLY?: any, GROWTH_RATE?: any, INCREASING?: any, QUALITATIVE?: any, RANGE?: any, RANK_TOP?: any }, ResolversTypes['TargetComparator']>;

export type TargetDirectionResolvers = EnumResolverSignature<{ AT_LEAST?: any, AT_MOST?: any }, ResolversTypes['TargetDirection']>;

export type TaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  advisoryAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['TaskAgency']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<TaskchildrenArgs, 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  coordinatingAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<TaskindicatorsArgs, 'first'>>;
  leadAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['TaskOutput']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['TaskPhase']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['TaskReportConnection'], ParentType, ContextType, RequireFields<TaskreportsArgs, 'first'>>;
  timeline?: Resolver<Maybe<ResolversTypes['Timeline']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskAgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskAgency'] = ResolversParentTypes['TaskAgency']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AgencyRole'], ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TaskDeletePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskDeletePayload'] = ResolversParentTypes['TaskDeletePayload']> = {
  deletedTaskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskOutputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskOutput'] = ResolversParentTypes['TaskOutput']> = {
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaskPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = {
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskPhaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskPhase'] = ResolversParentTypes['TaskPhase']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
};

export type TaskReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskReport'] = ResolversParentTypes['TaskReport']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskReportStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskReportConnection'] = ResolversParentTypes['TaskReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TaskReportEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskReportEdge'] = ResolversParentTypes['TaskReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskReport'], ParentType, ContextType>;
};

export type TaskReportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskReportPayload'] = ResolversParentTypes['TaskReportPayload']> = {
  taskReport?: Resolver<Maybe<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskReportStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['TaskReportStatus']>;

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recurring?: Resolver<Maybe<ResolversTypes['Recurrence']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface URLScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorCodeResolvers = EnumResolverSignature<{ AT_CAPACITY?: any, CONFLICT?: any, DUPLICATE?: any, FORBIDDEN?: any, INVALID?: any, LIMIT_EXCEEDED?: any, LOCKED?: any, NOT_FOUND?: any, RATE_LIMITED?: any, UNAUTHENTICATED?: any }, ResolversTypes['UserErrorCode']>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Accumulation?: AccumulationResolvers;
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyKind?: AgencyKindResolvers;
  AgencyPayload?: AgencyPayloadResolvers<ContextType>;
  AgencyResponsibility?: AgencyResponsibilityResolvers<ContextType>;
  AgencyRole?: AgencyRoleResolvers;
  Baseline?: BaselineResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FieldConfidence?: FieldConfidenceResolvers<ContextType>;
  FundingSource?: FundingSourceResolvers<ContextType>;
  FundingSourceKind?: FundingSourceKindResolvers;
  ImportedIndicator?: ImportedIndicatorResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorAgency?: IndicatorAgencyResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorDerivation?: IndicatorDerivationResolvers;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorMeasure?: IndicatorMeasureResolvers;
  IndicatorPayload?: IndicatorPayloadResolvers<ContextType>;
  IndicatorProgress?: IndicatorProgressResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  JurisdictionKind?: JurisdictionKindResolvers;
  LegalDocument?: LegalDocumentResolvers<ContextType>;
  LegalDocumentConnection?: LegalDocumentConnectionResolvers<ContextType>;
  LegalDocumentEdge?: LegalDocumentEdgeResolvers<ContextType>;
  LegalDocumentKind?: LegalDocumentKindResolvers;
  MilestoneProgress?: MilestoneProgressResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  ObservationConnection?: ObservationConnectionResolvers<ContextType>;
  ObservationEdge?: ObservationEdgeResolvers<ContextType>;
  ObservationPayload?: ObservationPayloadResolvers<ContextType>;
  ObservationStatus?: ObservationStatusResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanConnection?: PlanConnectionResolvers<ContextType>;
  PlanEdge?: PlanEdgeResolvers<ContextType>;
  PlanImportPayload?: PlanImportPayloadResolvers<ContextType>;
  PlanImportReview?: PlanImportReviewResolvers<ContextType>;
  PlanPayload?: PlanPayloadResolvers<ContextType>;
  PlanPeriod?: PlanPeriodResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  ProgressStatus?: ProgressStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  Recurrence?: RecurrenceResolvers;
  Role?: RoleResolvers;
  TargetComparator?: TargetComparatorResolvers;
  TargetDirection?: TargetDirectionResolvers;
  Task?: TaskResolvers<ContextType>;
  TaskAgency?: TaskAgencyResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskDeletePayload?: TaskDeletePayloadResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskOutput?: TaskOutputResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  TaskPhase?: TaskPhaseResolvers<ContextType>;
  TaskReport?: TaskReportResolvers<ContextType>;
  TaskReportConnection?: TaskReportConnectionResolvers<ContextType>;
  TaskReportEdge?: TaskReportEdgeResolvers<ContextType>;
  TaskReportPayload?: TaskReportPayloadResolvers<ContextType>;
  TaskReportStatus?: TaskReportStatusResolvers;
  Timeline?: TimelineResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
};

