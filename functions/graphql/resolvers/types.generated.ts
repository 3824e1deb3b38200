import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgencyMapper, JurisdictionMapper } from './../mappers/jurisdiction.mappers.js';
import type { AgencyResponsibilityMapper, LegalDocumentMapper, PlanMapper, TaskMapper, TaskAgencyMapper, TaskReportMapper } from './../mappers/plan.mappers.js';
import type { ApiKeyMapper } from './../mappers/access.mappers.js';
import type { AttachmentMapper, ClosedTaskStatusMapper, NotificationMapper, OverdueItemMapper, PlanBudgetMapper, PlanClosureMapper, PlanDiffMapper, PlanEditionMapper, ReportingCalendarMapper, ReportingRoundMapper, RoundActualMapper, RoundAgencyMapper, RoundTaskMapper, SpendingEntryMapper, TaskBudgetMapper, TaskDeliveryMapper, TaskStatusReportMapper } from './../mappers/operations.mappers.js';
import type { AuditEntryMapper } from './../mappers/audit.mappers.js';
import type { AwardMapper, CompetitionMapper, CompetitionApplicationMapper, CountedItemMapper, EligibilityMapper, EventMapper, FounderMapper, IncubationMapper, IncubatorMapper, InvestmentMapper, InvestorMapper, MentorMapper, MentorSuggestionMapper, MentorshipMapper, MentorshipGapMapper, RegistryCountMapper, StartupMapper, SupportGrantMapper } from './../mappers/ecosystem.mappers.js';
import type { ExchangeRecordMapper } from './../mappers/exchange.mappers.js';
import type { ExplanationMapper, ViewerMapper } from './../mappers/base.mappers.js';
import type { ImportedIndicatorMapper, PlanImportPayloadMapper, PlanImportReviewMapper } from './../mappers/import.mappers.js';
import type { IndicatorMapper, IndicatorAgencyMapper, IndicatorProgressMapper, ObservationMapper } from './../mappers/indicator.mappers.js';
import type { IndicatorProgressSummaryMapper, JurisdictionSummaryMapper, PlanProgressSummaryMapper } from './../mappers/national.mappers.js';
import type { PlanReportMapper } from './../mappers/report.mappers.js';
import type { UserAccountMapper } from './../mappers/accounts.mappers.js';
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
  /** A JSON object: a record's fields as stored, in the exchange shape of docs/exchange.md. */
  JSONObject: { input: unknown; output: unknown; }
  /** An absolute http(s) URL. */
  URL: { input: string; output: string; }
};

/**
 * The roles the department may give: its own administrators and agency clerks. National networks
 * and pull operators are set up by whoever runs the national deployment, never from a province.
 */
export type AccountRole =
  /** An agency clerk: reports on the tasks and indicators of one agency. */
  | 'AGENCY'
  /** A department administrator (Sở KH&CN): enters and publishes plans, approves reports, manages accounts. */
  | 'PROVINCE_ADMIN';

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
  /** When it was deleted; null while it is in use. A deleted agency leaves lists and cannot be linked again; the reports and actuals it filed still show its name. */
  removedAt: Maybe<Scalars['DateTime']['output']>;
  /** False for a body a plan names as lead that does not file progress reports itself ("Ủy ban nhân dân tỉnh"): reporting rounds expect nothing of it. */
  reportsProgress: Scalars['Boolean']['output'];
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
  /** False when it does not file progress reports itself (see `Agency.reportsProgress`); true when left out. */
  reportsProgress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Short name or abbreviation. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** Deletes an agency nothing assigns work to any more. */
export type AgencyDeleteInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The agency (global ID). */
  id: Scalars['ID']['input'];
  /** Why, for the audit trail (a pseudo-agency an import made from a heading, say). */
  note?: InputMaybe<Scalars['String']['input']>;
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

/** Changes to an agency; a field left out keeps its value. */
export type AgencyUpdateInput = {
  /** The version you read; a different one means someone changed it since (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** The agency (global ID). */
  id: Scalars['ID']['input'];
  /** A new kind. */
  kind?: InputMaybe<AgencyKind>;
  /** A new full name. It must not fold (case and diacritics aside) to another agency's name (DUPLICATE); every plan and report shows the new name, since links hold the ID. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether reporting rounds expect progress reports from it. */
  reportsProgress?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new short name; null clears it. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A partner portal's key for reading published data with the `x-api-key` header, under a per-minute quota.
 * Only its hash is stored; the key itself is shown once, when created.
 */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction that issued it. */
  jurisdiction: Jurisdiction;
  /** The portal it was issued to. */
  name: Scalars['String']['output'];
  /** Requests a minute it may make; past it, requests are refused with RATE_LIMITED. */
  quotaPerMinute: Scalars['Int']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A new partner key. */
export type ApiKeyCreateInput = {
  /** Jurisdiction code issuing it. */
  jurisdiction: Scalars['String']['input'];
  /** The portal's name. */
  name: Scalars['String']['input'];
  /** Requests a minute (default 600). */
  quotaPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of issuing a key. */
export type ApiKeyCreatePayload = {
  __typename?: 'ApiKeyCreatePayload';
  /** The key's record. */
  apiKey: Maybe<ApiKey>;
  /** The key itself, shown this once: send it as the `x-api-key` header. */
  secret: Maybe<Scalars['String']['output']>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** The result of revoking a key. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key's record, now revoked. */
  apiKey: Maybe<ApiKey>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A key to revoke. */
export type ApiKeyRevokeInput = {
  /** The key (global ID). */
  id: Scalars['ID']['input'];
};

/** Where an application to a competition stands. */
export type ApplicationStatus =
  /** Won an award. */
  | 'AWARDED'
  /** Not selected. */
  | 'NOT_SELECTED'
  /** On the shortlist for judging. */
  | 'SHORTLISTED'
  /** Received. */
  | 'SUBMITTED';

/** An evidence file (minh chứng) attached to a report, an actual, a spending entry or a delivery. */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** Its media type (PDF, JPEG, PNG, DOCX or XLSX). */
  contentType: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The file's name. */
  fileName: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** SHA-256 of its content, hex. */
  sha256: Scalars['String']['output'];
  /** Its size in bytes (at most 10 MB). */
  size: Scalars['Int']['output'];
  /** Whether the file has arrived. */
  status: AttachmentStatus;
  /** Where to download it (short-lived when deployed); null until stored. */
  url: Maybe<Scalars['URL']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A file to attach: register it, then upload its bytes to the returned URL. */
export type AttachmentCreateInput = {
  /** Its media type: application/pdf, image/jpeg, image/png, DOCX or XLSX. */
  contentType: Scalars['String']['input'];
  /** The file's name. */
  fileName: Scalars['String']['input'];
  /** What it is evidence for: a TaskReport, Observation, SpendingEntry or TaskDelivery (global ID). */
  owner: Scalars['ID']['input'];
  /** SHA-256 of its content, 64 hex digits; the upload is refused if the bytes differ. */
  sha256: Scalars['String']['input'];
  /** Its size in bytes, at most 10 MB (10485760). */
  size: Scalars['Int']['input'];
};

/** The result of registering or confirming an attachment. */
export type AttachmentPayload = {
  __typename?: 'AttachmentPayload';
  /** The attachment. */
  attachment: Maybe<Attachment>;
  /** Where to upload the bytes (on create). */
  upload: Maybe<UploadTicket>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Whether an attachment's file has arrived. */
export type AttachmentStatus =
  /** Registered; the file has not been uploaded (or confirmed) yet. */
  | 'PENDING'
  /** The file is stored and its SHA-256 matches. */
  | 'STORED';

/** One change of one object: who made it, when, and which fields it changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who made it (the `sub` of their token, or a tool's name). */
  actor: Scalars['String']['output'];
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** The top-level fields whose values differ between before and after; personal data (contacts) is never listed. */
  changes: Array<AuditFieldChange>;
  /** Global ID of the object that changed (it may since have been deleted). */
  entityId: Scalars['ID']['output'];
  /** The object's type, e.g. `Plan`, `Task`, `Startup`. */
  entityType: Scalars['String']['output'];
  /** The note given with it (a return reason, a deletion note), if any. */
  note: Maybe<Scalars['String']['output']>;
  /** The verb of the change: CREATE, UPDATE, DELETE, PUBLISH, APPROVE … */
  operation: Scalars['String']['output'];
  /** The version this change produced; the object's first version is 1. */
  version: Scalars['Int']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The entries of this page. */
  nodes: Array<AuditEntry>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An audit entry with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/**
 * One top-level field changed by an audited change, with its values as JSON text
 * (named apart from the operations module's `FieldChange`, which compares plan editions by path).
 */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  /** The value after, as JSON text; null when the field was removed. */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON text; null when the field was absent (or the object new). */
  before: Maybe<Scalars['String']['output']>;
  /** The field's name in the stored object, e.g. `title`. */
  field: Scalars['String']['output'];
};

/**
 * Which part of a jurisdiction's audit trail to list (nhật ký thay đổi). Give at most one of
 * `entity` and `actor`; with neither, the whole jurisdiction's changes in change order.
 */
export type AuditFilter = {
  /** Only the changes made by this person (the `sub` of their token), in time order. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only the changes of this object (a global ID from this API), in version order. */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes made at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The jurisdiction whose trail to read (code, e.g. `04`); the caller must be a province admin of it. */
  jurisdiction: Scalars['String']['input'];
  /** Only changes made at or before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An award a startup won: a competition award or one from elsewhere. */
export type Award = {
  __typename?: 'Award';
  /** Who awarded it. */
  awardedBy: Maybe<Scalars['String']['output']>;
  /** When. */
  awardedOn: Scalars['Date']['output'];
  /** The competition, for an award won here. */
  competition: Maybe<Competition>;
  /** Prize money. */
  prize: Maybe<Money>;
  /** Rank (1 is first), for competition awards. */
  rank: Maybe<Scalars['Int']['output']>;
  /** Title of the award. */
  title: Scalars['String']['output'];
};

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

/** A planned amount from one funding source. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The amount planned. */
  amount: Money;
  /** Details. */
  note: Maybe<Scalars['String']['output']>;
  /** The kind of source. */
  source: FundingSourceKind;
  /** The source by name ("Tổ chức CARE Quốc tế tại Việt Nam"). */
  sourceName: Maybe<Scalars['String']['output']>;
};

/** A planned amount from one source. */
export type BudgetLineInput = {
  /** The amount. */
  amount: MoneyInput;
  /** Details. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The kind of source. */
  source: FundingSourceKind;
  /** The source by name. */
  sourceName?: InputMaybe<Scalars['String']['input']>;
};

/** How a field differs between two editions of a plan. */
export type ChangeKind =
  /** Present only in the later edition. */
  | 'ADDED'
  /** Present in both, with a different value. */
  | 'CHANGED'
  /** Present only in the earlier edition. */
  | 'REMOVED';

/** A task's status when its plan was closed. */
export type ClosedTaskStatus = {
  __typename?: 'ClosedTaskStatus';
  /** Percent complete in its latest approved report. */
  percentComplete: Maybe<Scalars['Int']['output']>;
  /** Its status at closing. */
  status: TaskStatus;
  /** The task. */
  task: Task;
};

/** A startup competition (cuộc thi khởi nghiệp), with its phases, applications, shortlist and awards. */
export type Competition = Node & {
  __typename?: 'Competition';
  /** Applications, newest first. */
  applications: CompetitionApplicationConnection;
  /** Awarded applications, by rank. */
  awards: Array<CompetitionApplication>;
  /**
   * The phase under way on `asOf` (default today) that started last; null between phases. Phases overlap (applications and support both run in Q1/2027), so read `currentPhases`.
   * @deprecated Phases overlap; use currentPhases, which lists every phase under way.
   */
  currentPhase: Maybe<CompetitionPhase>;
  /** Every phase under way on `asOf` (default today), in date order; empty between phases. */
  currentPhases: Array<CompetitionPhase>;
  /** Demo data loaded by `npm start`. */
  demo: Scalars['Boolean']['output'];
  /** What it is for. */
  description: Maybe<Scalars['String']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction that runs it. */
  jurisdiction: Jurisdiction;
  /** Name. */
  name: Scalars['String']['output'];
  /** Organising agencies. */
  organisers: Array<Agency>;
  /** Phases in date order. */
  phases: Array<CompetitionPhase>;
  /** Shortlisted and awarded applications. */
  shortlist: CompetitionApplicationConnection;
  /** How many applications the shortlist holds at most. */
  shortlistSize: Maybe<Scalars['Int']['output']>;
  /** The plan task it carries out. */
  task: Maybe<Task>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A startup competition (cuộc thi khởi nghiệp), with its phases, applications, shortlist and awards. */
export type CompetitionapplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


/** A startup competition (cuộc thi khởi nghiệp), with its phases, applications, shortlist and awards. */
export type CompetitioncurrentPhaseArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A startup competition (cuộc thi khởi nghiệp), with its phases, applications, shortlist and awards. */
export type CompetitioncurrentPhasesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A startup competition (cuộc thi khởi nghiệp), with its phases, applications, shortlist and awards. */
export type CompetitionshortlistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A startup's application to a competition (hồ sơ dự thi). */
export type CompetitionApplication = Node & {
  __typename?: 'CompetitionApplication';
  /** The award, when won. */
  award: Maybe<CompetitionAward>;
  /** The competition. */
  competition: Competition;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The project's name. */
  projectName: Scalars['String']['output'];
  /** Judges' score. */
  score: Maybe<Scalars['Float']['output']>;
  /** The applicant. */
  startup: Startup;
  /** Where it stands. */
  status: ApplicationStatus;
  /** Day received. */
  submittedOn: Scalars['Date']['output'];
  /** Support grants that followed the award (Cao Bằng 6). */
  supportGrants: SupportGrantConnection;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A startup's application to a competition (hồ sơ dự thi). */
export type CompetitionApplicationsupportGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of competition applications. */
export type CompetitionApplicationConnection = {
  __typename?: 'CompetitionApplicationConnection';
  /** Items with cursors. */
  edges: Array<CompetitionApplicationEdge>;
  /** Items. */
  nodes: Array<CompetitionApplication>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A competition application in a page. */
export type CompetitionApplicationEdge = {
  __typename?: 'CompetitionApplicationEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: CompetitionApplication;
};

/** The result of a change to a competition application. */
export type CompetitionApplicationPayload = {
  __typename?: 'CompetitionApplicationPayload';
  /** The application as it now is. */
  application: Maybe<CompetitionApplication>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A startup applies to a competition; the day must fall in its APPLICATIONS phase, if it has one. */
export type CompetitionApplyInput = {
  /** The competition. */
  competition: Scalars['ID']['input'];
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The project's name. */
  projectName: Scalars['String']['input'];
  /** The startup. */
  startup: Scalars['ID']['input'];
  /** Day received. */
  submittedOn: Scalars['Date']['input'];
};

/** An award given to an application. */
export type CompetitionAward = {
  __typename?: 'CompetitionAward';
  /** Day awarded. */
  awardedOn: Scalars['Date']['output'];
  /** Prize money. */
  prize: Maybe<Money>;
  /** Rank: 1 is first prize. */
  rank: Scalars['Int']['output'];
  /** Title (Giải Nhất, Giải Khuyến khích …). */
  title: Scalars['String']['output'];
};

/** Award a shortlisted application. */
export type CompetitionAwardInput = {
  /** Day awarded. */
  awardedOn: Scalars['Date']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The application. */
  id: Scalars['ID']['input'];
  /** Prize money. */
  prize?: InputMaybe<MoneyInput>;
  /** Rank, 1 first. */
  rank: Scalars['Int']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** A page of competitions. */
export type CompetitionConnection = {
  __typename?: 'CompetitionConnection';
  /** Items with cursors. */
  edges: Array<CompetitionEdge>;
  /** Items. */
  nodes: Array<Competition>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new competition. */
export type CompetitionCreateInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Organising agencies. */
  organisers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Phases. */
  phases?: InputMaybe<Array<CompetitionPhaseInput>>;
  /** Shortlist size. */
  shortlistSize?: InputMaybe<Scalars['Int']['input']>;
  /** The plan task it carries out. */
  task?: InputMaybe<Scalars['ID']['input']>;
};

/** A competition in a page. */
export type CompetitionEdge = {
  __typename?: 'CompetitionEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The competition. */
  node: Competition;
};

/** Which competitions. */
export type CompetitionFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Words in the name or description. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a change to a competition. */
export type CompetitionPayload = {
  __typename?: 'CompetitionPayload';
  /** The competition as it now is. */
  competition: Maybe<Competition>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A dated step of a competition. */
export type CompetitionPhase = {
  __typename?: 'CompetitionPhase';
  /** First day. */
  from: Scalars['Date']['output'];
  /** Kind of step. */
  kind: CompetitionPhaseKind;
  /** Name as the plan writes it. */
  name: Scalars['String']['output'];
  /** The timeline as written ("Từ tháng 01 - 03, năm 2027"). */
  text: Maybe<Scalars['String']['output']>;
  /** Last day. */
  to: Scalars['Date']['output'];
};

/** A competition phase to record. */
export type CompetitionPhaseInput = {
  /** First day. */
  from: Scalars['Date']['input'];
  /** Kind. */
  kind: CompetitionPhaseKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** As written. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Last day. */
  to: Scalars['Date']['input'];
};

/** The steps of a competition (Cao Bằng 3.1). */
export type CompetitionPhaseKind =
  /** Receiving applications (tiếp nhận hồ sơ). */
  | 'APPLICATIONS'
  /** Awards (trao giải). */
  | 'AWARDS'
  /** Judging (thẩm định, đánh giá). */
  | 'JUDGING'
  /** Planning and communication (xây dựng kế hoạch, truyền thông). */
  | 'PLANNING'
  /** Support activities for contestants (hoạt động hỗ trợ). */
  | 'SUPPORT';

/** Put an application on the shortlist, or decline it. */
export type CompetitionShortlistInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The application. */
  id: Scalars['ID']['input'];
  /** Why. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Judges' score. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** True to shortlist, false to decline (NOT_SELECTED). */
  selected?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a competition. */
export type CompetitionUpdateInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The competition. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organising agencies. */
  organisers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Phases (replaces). */
  phases?: InputMaybe<Array<CompetitionPhaseInput>>;
  /** Shortlist size. */
  shortlistSize?: InputMaybe<Scalars['Int']['input']>;
  /** The plan task. */
  task?: InputMaybe<Scalars['ID']['input']>;
};

/** One counted item, with the record it comes from. */
export type CountedItem = {
  __typename?: 'CountedItem';
  /** The date that placed it in the count. */
  date: Maybe<Scalars['Date']['output']>;
  /** What was counted, for a person (a product and its startup, a grant's beneficiary …). */
  label: Scalars['String']['output'];
  /** The record (a startup for its products and patents). */
  record: CountedRecord;
};

/** Anything a registry count counts. */
export type CountedRecord = Event | Incubator | Startup | SupportGrant;

/** Whether criteria are met, with a reason per criterion. */
export type CriteriaResult = {
  __typename?: 'CriteriaResult';
  /** All criteria met. */
  met: Scalars['Boolean']['output'];
  /** One line per criterion, met or not. */
  reasons: Array<Scalars['String']['output']>;
};

/** A currency (ISO 4217). */
export type CurrencyCode =
  /** US dollar, for donors and foreign funds. */
  | 'USD'
  /** Vietnamese đồng; whole numbers, no minor unit. */
  | 'VND';

/** Whether a startup counts as an innovative startup on a date. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** The day judged. */
  asOf: Scalars['Date']['output'];
  /** At most 5 years from first registration (and registered, active). */
  eligible: Scalars['Boolean']['output'];
  /** Why, for a person. */
  reason: Scalars['String']['output'];
  /** The last eligible day, inclusive (the 5th anniversary of first registration); null without a registration date. */
  until: Maybe<Scalars['Date']['output']>;
};

/** A festival, conference, workshop, training or study tour. */
export type Event = Node & {
  __typename?: 'Event';
  /** Demo data loaded by `npm start`. */
  demo: Scalars['Boolean']['output'];
  /** What it was. */
  description: Maybe<Scalars['String']['output']>;
  /** Last day. */
  endsOn: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction. */
  jurisdiction: Jurisdiction;
  /** Kind; TRAINING events count toward "lớp tập huấn" outputs. */
  kind: EventKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Organising agencies. */
  organisers: Array<Agency>;
  /** Participants by group. */
  participants: Participants;
  /** Where. */
  place: Maybe<Scalars['String']['output']>;
  /** First day. */
  startsOn: Scalars['Date']['output'];
  /** The plan task it carries out. */
  task: Maybe<Task>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** Items with cursors. */
  edges: Array<EventEdge>;
  /** Items. */
  nodes: Array<Event>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new event. */
export type EventCreateInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day; the first when left out. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Kind. */
  kind: EventKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** Organising agencies. */
  organisers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Participants by group. */
  participants?: InputMaybe<ParticipantsInput>;
  /** Where. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** The plan task it carries out. */
  task?: InputMaybe<Scalars['ID']['input']>;
};

/** An event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Which events. */
export type EventFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<EventKind>;
  /** Words in the name, description or place. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only events carrying out this plan task (global ID): the trainings behind "02 lớp tập huấn". */
  task?: InputMaybe<Scalars['ID']['input']>;
  /** Only events starting in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of event. */
export type EventKind =
  /** A conference or forum (hội nghị, diễn đàn). */
  | 'CONFERENCE'
  /** A festival or startup day (ngày hội, Techfest). */
  | 'FESTIVAL'
  /** A study tour (khảo sát, tham quan học tập). */
  | 'STUDY_TOUR'
  /** A training course (lớp tập huấn). */
  | 'TRAINING'
  /** A workshop or seminar (hội thảo, tọa đàm). */
  | 'WORKSHOP';

/** The result of a change to an event. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event as it now is. */
  event: Maybe<Event>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to an event. */
export type EventUpdateInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The event. */
  id: Scalars['ID']['input'];
  /** Kind. */
  kind?: InputMaybe<EventKind>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organising agencies. */
  organisers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Participants. */
  participants?: InputMaybe<ParticipantsInput>;
  /** Where. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The plan task. */
  task?: InputMaybe<Scalars['ID']['input']>;
};

/** One change of a published record. */
export type ExchangeChange = {
  __typename?: 'ExchangeChange';
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The verb: CREATE, UPDATE, DELETE, PUBLISH, APPROVE …; WITHDRAW when a record stops being published; INCLUDED for a plan's records sent with its publication. */
  operation: Scalars['String']['output'];
  /** The record's new state (a tombstone for DELETE and WITHDRAW). */
  record: ExchangeRecord;
  /** The change number it was read at. */
  seq: Scalars['Int']['output'];
};

/** One page of a jurisdiction's change feed. */
export type ExchangeChangesPage = {
  __typename?: 'ExchangeChangesPage';
  /** True when nothing more is available now; false when `first` cut the page short (ask again at once). */
  caughtUp: Scalars['Boolean']['output'];
  /** The changes after the cursor, in order. */
  changes: Array<ExchangeChange>;
  /** Pass as `after` next time; it only moves past changes that can no longer appear. */
  cursor: Scalars['String']['output'];
};

/**
 * A published record as national networks receive it (docs/exchange.md): the same shape in
 * the snapshot and in the change feed, personal data (contacts) removed.
 */
export type ExchangeRecord = {
  __typename?: 'ExchangeRecord';
  /** The record's fields (null for a tombstone); references to other records are their ids in the same jurisdiction. A replica computes where the record is listed from these, as the source does. */
  data: Maybe<Scalars['JSONObject']['output']>;
  /** True for a tombstone: the record was deleted, or is no longer published. */
  deleted: Scalars['Boolean']['output'];
  /** The global ID of the same object in this API. */
  globalId: Scalars['ID']['output'];
  /** The record's id inside its jurisdiction and type, stable for its life. */
  id: Scalars['String']['output'];
  /** The jurisdiction code it belongs to (`04`, `24`). */
  jurisdiction: Scalars['String']['output'];
  /** The change number (in its jurisdiction) of the write that produced this version. */
  seq: Scalars['Int']['output'];
  /** The record's type: Agency, Plan, Task, Indicator, Observation, TaskReport, ReportingCalendar, TaskDelivery, TaskBudget, SpendingEntry, Startup, Mentor … (docs/exchange.md lists them all). */
  type: Scalars['String']['output'];
  /** When this version was written. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its version; higher is newer. A puller applies a record only when this is newer than what it holds. */
  version: Scalars['Int']['output'];
};

/** One page of a jurisdiction's snapshot. */
export type ExchangeSnapshotPage = {
  __typename?: 'ExchangeSnapshotPage';
  /** Pass as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** On the last page: the feed cursor to pass to `changes`, taken before the snapshot started. */
  feedCursor: Maybe<Scalars['String']['output']>;
  /** True while more pages follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Published records, in a stable order (by type, then each plan's records). */
  records: Array<ExchangeRecord>;
};

/** The field of an incubator head's experience. */
export type ExperienceField =
  /** Business support (hỗ trợ kinh doanh). */
  | 'BUSINESS_SUPPORT'
  /** Finance (tài chính). */
  | 'FINANCE'
  /** Investment (đầu tư). */
  | 'INVESTMENT'
  /** Something else; does not count toward the criteria. */
  | 'OTHER';

/**
 * A reason in a form any client can show in its own language: a code from the catalogue
 * (docs/explanations.md) with its parameters, and the sentence rendered in Vietnamese or English.
 */
export type Explanation = {
  __typename?: 'Explanation';
  /** What is said; the catalogue has one sentence per code in each language. */
  code: ExplanationCode;
  /** The values the sentence is built from, in machine form and in order; a name repeats for a list. */
  params: Array<ExplanationParam>;
  /** The sentence in Vietnamese (default) or English, with that language's number (1.800; 0,7) and date (dd/mm/yyyy) formats. */
  text: Scalars['String']['output'];
};


/**
 * A reason in a form any client can show in its own language: a code from the catalogue
 * (docs/explanations.md) with its parameters, and the sentence rendered in Vietnamese or English.
 */
export type ExplanationtextArgs = {
  language?: InputMaybe<Language>;
};

/** What an explanation says (the catalogue's codes; docs/explanations.md has each sentence). */
export type ExplanationCode =
  /** The actual is above a range target (params: actual, target). */
  | 'ABOVE_RANGE'
  /** The actual compared with the value expected on the plan's line at that date (params: expected, date or inYear, target, year, actual, better, tolerance). */
  | 'AGAINST_TRAJECTORY'
  /** A stock already reaches an at-least target before its year ends (params: actual, actualYear, target, year). */
  | 'ALREADY_MET'
  /** A milestone to be done was done by its deadline (params: doneOn, deadline). */
  | 'DONE_IN_TIME'
  /** A milestone to be done was done after its deadline (params: doneOn, deadline). */
  | 'DONE_LATE'
  /** The mentor's expertise matches the startup's needs (params: expertise, once per match). */
  | 'EXPERTISE_MATCHES'
  /** A report says 100% while an output is not delivered in full. */
  | 'FULL_BUT_OUTPUTS_MISSING'
  /** Average yearly growth reaches the target rate (params: rate, from, fromYear, to, toYear, target). */
  | 'GROWTH_AT_TARGET'
  /** Average yearly growth is below the target rate so far (params: as GROWTH_AT_TARGET, tolerance). */
  | 'GROWTH_BELOW_TARGET'
  /** Average yearly growth stayed below the target rate and the year has ended (params: as GROWTH_AT_TARGET, year). */
  | 'GROWTH_BELOW_TARGET_ENDED'
  /** Growth from zero or less has no rate (params: from, fromYear). */
  | 'GROWTH_FROM_ZERO'
  /** A growth rate needs two approved years and has one (params: year). */
  | 'GROWTH_TOO_FEW_YEARS'
  /** The actual already lies inside a range target (params: actual, target). */
  | 'INSIDE_RANGE'
  /** A worded target is judged by a person (params: target, latest). */
  | 'JUDGED_BY_PERSON'
  /** The latest approved task report (params: period, percent when given). */
  | 'LATEST_REPORT'
  /** A milestone after the next one is not judged yet (params: next, year). */
  | 'MILESTONE_NOT_DUE'
  /** A milestone to be done was not done by its deadline (params: deadline). */
  | 'NOT_DONE_BY_DEADLINE'
  /** A milestone to be done is not done yet and not yet due (params: deadline). */
  | 'NOT_DONE_YET'
  /** A year's value is not above the year before (params: value, valueYear, previous, previousYear). */
  | 'NOT_RISING'
  /** The task has no approved report yet. */
  | 'NO_APPROVED_REPORT'
  /** A yearly flow has no approved full-year value yet (params: asOf). */
  | 'NO_FULL_YEAR_VALUE_YET'
  /** No lead agency for the task or its sub-tasks, so nobody is expected to report. */
  | 'NO_LEAD_AGENCY'
  /** No approved observation to judge a worded target. */
  | 'NO_OBSERVATION'
  /** The mentor shares no sector with the startup. */
  | 'NO_SHARED_SECTOR'
  /** No line through the milestones reaches the actual's date, so a person judges until a baseline is entered (params: date or inYear, actual). */
  | 'NO_TRAJECTORY'
  /** No approved value yet (params: asOf). */
  | 'NO_VALUE_YET'
  /** How much of a quantified output is delivered (params: output, delivered, quantity, unit when known). */
  | 'OUTPUT_DELIVERED'
  /** The task's last day has passed and it is not done (params: end). */
  | 'PAST_LAST_DAY'
  /** The mentor's free places (params: free, capacity). */
  | 'PLACES_FREE'
  /** Progress trails the time elapsed by more than the tolerance (params: tolerance). */
  | 'PROGRESS_TRAILS_TIME'
  /** Report rounds past due with nothing submitted (params: period and dueOn, once per round). */
  | 'REPORTS_PAST_DUE'
  /** A rise each year needs two approved yearly values. */
  | 'RISING_TOO_FEW_YEARS'
  /** The value rose every year up to the ended milestone (params: from, to). */
  | 'ROSE_EVERY_YEAR'
  /** The value has risen every year so far (params: from, to). */
  | 'ROSE_SO_FAR'
  /** The mentor shares sectors with the startup (params: sector, once per sector). */
  | 'SHARES_SECTORS'
  /** The task has not started yet (params: start). */
  | 'STARTS_LATER'
  /** A growth target has no rate (params: target). */
  | 'TARGET_HAS_NO_RATE'
  /** A milestone's target has no number to compare with (params: target). */
  | 'TARGET_NOT_NUMERIC'
  /** The share of the task's time that has passed beside its progress (params: elapsed, start, end, progress). */
  | 'TIME_ELAPSED'
  /** The mentor is trained as a trainer of trainers (TOT). */
  | 'TOT_TRAINED'
  /** The milestone year ended and its value meets the target (params: year, actual, reportedTo when the last report ends before the year, target). */
  | 'YEAR_ENDED_MEETS'
  /** The milestone year ended and its value misses the target (params as YEAR_ENDED_MEETS). */
  | 'YEAR_ENDED_MISSES'
  /** The milestone year ended with no approved value for it (params: year). */
  | 'YEAR_ENDED_NO_VALUE';

/** One value of an explanation. */
export type ExplanationParam = {
  __typename?: 'ExplanationParam';
  /** How the value is written, so a client can format it. */
  kind: ExplanationParamKind;
  /** Its name in the catalogue's sentence (`actual`, `deadline`, `sector` …). */
  name: Scalars['String']['output'];
  /** The value in machine form: a plain decimal (`0.7`), an ISO date, a year, a period (`2026-Q3`), words, or an enum value. */
  value: Scalars['String']['output'];
};

/** How an explanation's value is written. */
export type ExplanationParamKind =
  /** An enum value (a sector, `HIGHER` or `LOWER` for which way is better). */
  | 'CODE'
  /** An ISO date (`2026-12-31`). */
  | 'DATE'
  /** A plain decimal number (`1800`, `0.7`). */
  | 'NUMBER'
  /** A reporting period: `2026`, `2026-H1`, `2026-Q3` or `2026-09`. */
  | 'PERIOD'
  /** Words as entered (a target as the annex writes it, an output, a unit). */
  | 'TEXT'
  /** A year (`2030`). */
  | 'YEAR';

/** An award from elsewhere to record. */
export type ExternalAwardInput = {
  /** Who awarded it. */
  awardedBy?: InputMaybe<Scalars['String']['input']>;
  /** When. */
  awardedOn: Scalars['Date']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** One field that differs between two editions. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after, as text; null when removed. */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as text (JSON for lists and objects); null when added. */
  before: Maybe<Scalars['String']['output']>;
  /** Added, removed or changed. */
  kind: ChangeKind;
  /** Where: `plan.title`, `tasks[3.1].timeline`, `indicators[2].targets[2030]` … */
  path: Scalars['String']['output'];
};

/** How sure the import parser is of one group of fields it read (0 = it found nothing, 1 = it is sure). */
export type FieldConfidence = {
  __typename?: 'FieldConfidence';
  /** 0–1: for `agencies` and `timelines`, the share of tasks that got one; for the others, the parser's own estimate. */
  confidence: Scalars['Float']['output'];
  /** The field group: `header`, `legalBases`, `structure`, `tasks`, `agencies`, `timelines`, `indicators`, `funding` or `responsibilities`. */
  field: Scalars['String']['output'];
};

/** A startup founder. Contacts are personal data: only the jurisdiction's province admins see them. */
export type Founder = {
  __typename?: 'Founder';
  /** E-mail; personal data: null with a FORBIDDEN error unless you are a province admin of the jurisdiction. */
  email: Maybe<Scalars['String']['output']>;
  /** Name (demo data carries no real person). */
  name: Scalars['String']['output'];
  /** Phone; personal data: null with a FORBIDDEN error unless you are a province admin of the jurisdiction. */
  phone: Maybe<Scalars['String']['output']>;
  /** Role in the startup (CEO, CTO …). */
  role: Maybe<Scalars['String']['output']>;
  /** A woman founder (the plans target women-led startups). */
  woman: Scalars['Boolean']['output'];
  /** A young founder, under 35 (thanh niên). */
  youth: Scalars['Boolean']['output'];
};

/** A founder to record. */
export type FounderInput = {
  /** E-mail (personal data). */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Phone (personal data). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** A woman founder. */
  woman?: InputMaybe<Scalars['Boolean']['input']>;
  /** A young founder (under 35). */
  youth?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Where support money comes from. */
export type GrantSource =
  /** The central budget (ngân sách trung ương). */
  | 'CENTRAL_BUDGET'
  /** A donor. */
  | 'DONOR'
  /** Other lawful sources. */
  | 'OTHER'
  /** The provincial budget (ngân sách tỉnh); counted by "projects supported by the provincial budget". */
  | 'PROVINCIAL_BUDGET';

/** A header the upload must carry. */
export type HttpHeader = {
  __typename?: 'HttpHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

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

/** A startup's stay in an incubator (ươm tạo). */
export type Incubation = Node & {
  __typename?: 'Incubation';
  /** Cohort (khóa). */
  cohort: Maybe<Scalars['String']['output']>;
  /** First day. */
  from: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The incubator. */
  incubator: Incubator;
  /** The startup. */
  startup: Startup;
  /** Last day; null while open. */
  to: Maybe<Scalars['Date']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of incubations. */
export type IncubationConnection = {
  __typename?: 'IncubationConnection';
  /** Items with cursors. */
  edges: Array<IncubationEdge>;
  /** Items. */
  nodes: Array<Incubation>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A startup enters an incubator. */
export type IncubationCreateInput = {
  /** Cohort. */
  cohort?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  from: Scalars['Date']['input'];
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The incubator, in the startup's jurisdiction. */
  incubator: Scalars['ID']['input'];
  /** The startup. */
  startup: Scalars['ID']['input'];
  /** Last day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An incubation in a page. */
export type IncubationEdge = {
  __typename?: 'IncubationEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The incubation. */
  node: Incubation;
};

/** Which incubations. */
export type IncubationFilter = {
  /** Only incubations running on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a change to an incubation. */
export type IncubationPayload = {
  __typename?: 'IncubationPayload';
  /** The incubation as it now is. */
  incubation: Maybe<Incubation>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to an incubation. */
export type IncubationUpdateInput = {
  /** Cohort. */
  cohort?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** First day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The incubation. */
  id: Scalars['ID']['input'];
  /** Last day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An incubator, accelerator, innovation centre or co-working space (vườn ươm, trung tâm đổi mới sáng tạo). */
export type Incubator = Node & {
  __typename?: 'Incubator';
  /** Cohort names of its incubations, in order. */
  cohorts: Array<Scalars['String']['output']>;
  /** The criteria facts. */
  criteria: IncubatorCriteria;
  /** Demo data loaded by `npm start`. */
  demo: Scalars['Boolean']['output'];
  /** When it was established. */
  establishedOn: Maybe<Scalars['Date']['output']>;
  /** Host organisation (cơ quan chủ quản). */
  host: Maybe<Scalars['String']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Its incubations, newest first. */
  incubations: IncubationConnection;
  /** The jurisdiction whose registry holds it. */
  jurisdiction: Jurisdiction;
  /** Kind. */
  kind: IncubatorKind;
  /** Whether it meets the support-organisation criteria, with reasons. */
  meetsCriteria: CriteriaResult;
  /** Name. */
  name: Scalars['String']['output'];
  /** When it was recognised. */
  recognisedOn: Maybe<Scalars['Date']['output']>;
  /** Recognition level. */
  recognitionLevel: RecognitionLevel;
  /** Services it offers. */
  services: Array<Scalars['String']['output']>;
  /** The startups in it today. */
  startups: StartupConnection;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** An incubator, accelerator, innovation centre or co-working space (vườn ươm, trung tâm đổi mới sáng tạo). */
export type IncubatorincubationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An incubator, accelerator, innovation centre or co-working space (vườn ươm, trung tâm đổi mới sáng tạo). */
export type IncubatorstartupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of incubators. */
export type IncubatorConnection = {
  __typename?: 'IncubatorConnection';
  /** Items with cursors. */
  edges: Array<IncubatorEdge>;
  /** Items. */
  nodes: Array<Incubator>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new incubator. */
export type IncubatorCreateInput = {
  /** Cooperation agreements, by partner. */
  cooperationAgreements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When established. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Has a startup-support process. */
  hasSupportProcess?: InputMaybe<Scalars['Boolean']['input']>;
  /** Field of the head's experience. */
  headExperienceField?: InputMaybe<ExperienceField>;
  /** Head's years of experience. */
  headExperienceYears?: InputMaybe<Scalars['Float']['input']>;
  /** Host organisation. */
  host?: InputMaybe<Scalars['String']['input']>;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Kind. */
  kind: IncubatorKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** When recognised. */
  recognisedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Recognition level. */
  recognitionLevel?: InputMaybe<RecognitionLevel>;
  /** Services. */
  services?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The facts behind the support-organisation criteria. */
export type IncubatorCriteria = {
  __typename?: 'IncubatorCriteria';
  /** Cooperation agreements (thỏa thuận hợp tác), by partner. */
  cooperationAgreements: Array<Scalars['String']['output']>;
  /** Has a startup-support process (quy trình hỗ trợ khởi nghiệp). */
  hasSupportProcess: Scalars['Boolean']['output'];
  /** The field of the head's experience. */
  headExperienceField: Maybe<ExperienceField>;
  /** Years of experience of the head in the field below. */
  headExperienceYears: Maybe<Scalars['Float']['output']>;
};

/** An incubator in a page. */
export type IncubatorEdge = {
  __typename?: 'IncubatorEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The incubator. */
  node: Incubator;
};

/** Which incubators. */
export type IncubatorFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<IncubatorKind>;
  /** Only recognised (true) or unrecognised (false) ones. */
  recognised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the name, host or services. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of support organisation an incubator is. */
export type IncubatorKind =
  /** An accelerator (tổ chức thúc đẩy kinh doanh). */
  | 'ACCELERATOR'
  /** A co-working space (khu làm việc chung). */
  | 'COWORKING'
  /** A business incubator (vườn ươm). */
  | 'INCUBATOR'
  /** An innovation centre (trung tâm đổi mới sáng tạo). */
  | 'INNOVATION_CENTRE'
  /** An open laboratory (Open Lab). */
  | 'OPEN_LAB'
  /** A university innovation space (không gian sáng tạo trường đại học). */
  | 'UNIVERSITY_SPACE';

/** The result of a change to an incubator. */
export type IncubatorPayload = {
  __typename?: 'IncubatorPayload';
  /** The incubator as it now is. */
  incubator: Maybe<Incubator>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to an incubator. */
export type IncubatorUpdateInput = {
  /** Cooperation agreements. */
  cooperationAgreements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When established. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Has a startup-support process. */
  hasSupportProcess?: InputMaybe<Scalars['Boolean']['input']>;
  /** Field of the head's experience. */
  headExperienceField?: InputMaybe<ExperienceField>;
  /** Head's years of experience. */
  headExperienceYears?: InputMaybe<Scalars['Float']['input']>;
  /** Host organisation. */
  host?: InputMaybe<Scalars['String']['input']>;
  /** The incubator. */
  id: Scalars['ID']['input'];
  /** Kind. */
  kind?: InputMaybe<IncubatorKind>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** When recognised. */
  recognisedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Recognition level. */
  recognitionLevel?: InputMaybe<RecognitionLevel>;
  /** Services. */
  services?: InputMaybe<Array<Scalars['String']['input']>>;
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
  /** The registry count it is bound to (indicatorDerive); null when it has none. */
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
  /** The series its progress is judged on: REGISTRY when bound to a count unless declared otherwise, else APPROVED. */
  sourceOfTruth: IndicatorSource;
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

/** A registry count an indicator can be bound to (indicatorDerive): its values are counted live from the registry. */
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
  | 'PATENTS'
  /** Trainings held (events of kind TRAINING), such as Cao Bằng's "02 lớp tập huấn". */
  | 'TRAININGS';

/** Bind an indicator to a registry count and say which series is judged; the other is shown beside it and compared. */
export type IndicatorDeriveInput = {
  /** The count; null unbinds. */
  derivedFrom?: InputMaybe<IndicatorDerivation>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator. */
  id: Scalars['ID']['input'];
  /** Why, for the audit trail. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The series progress is judged on; REGISTRY when binding and left out, and always APPROVED when unbinding. */
  sourceOfTruth?: InputMaybe<IndicatorSource>;
};

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
  /** Years where approved actuals and the registry count differ by more than 10% of the larger: a person should reconcile them. */
  disagreements: Array<SeriesDisagreement>;
  /** The series the milestones were judged on (the indicator's source of truth). */
  judgedOn: IndicatorSource;
  /** Every milestone, by year. */
  milestones: Array<MilestoneProgress>;
  /** The status of the first milestone not yet ended at asOf, else of the last. */
  overall: ProgressStatus;
  /** The milestone year `overall` is taken from; null without targets. */
  overallYear: Maybe<Scalars['Int']['output']>;
  /** Every series the indicator has: approved actuals always, the registry count when bound to one. */
  series: Array<ProgressSeries>;
};

/** An indicator with its progress. */
export type IndicatorProgressSummary = {
  __typename?: 'IndicatorProgressSummary';
  /** The indicator. */
  indicator: Indicator;
  /** Its progress as of the summary's day. */
  progress: IndicatorProgress;
};

/** Which series an indicator's progress is judged on (nguồn số liệu chính thức). The other, when it exists, is shown beside it and compared, never silently substituted. */
export type IndicatorSource =
  /** Actuals entered by agencies and approved by the department (số liệu được duyệt). */
  | 'APPROVED'
  /** The live count of the registry the indicator is bound to with indicatorDerive (số liệu đếm từ cơ sở dữ liệu). */
  | 'REGISTRY';

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

/** A patent or utility solution (sáng chế, giải pháp hữu ích). */
export type IntellectualProperty = {
  __typename?: 'IntellectualProperty';
  /** Filing date. */
  filedOn: Maybe<Scalars['Date']['output']>;
  /** Grant date. */
  grantedOn: Maybe<Scalars['Date']['output']>;
  /** Patent or utility solution. */
  kind: IpKind;
  /** Certificate or application number. */
  number: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A patent or utility solution to record. */
export type IntellectualPropertyInput = {
  /** Filing date. */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Grant date. */
  grantedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Patent or utility solution. */
  kind: IpKind;
  /** Number. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
};

/** Money an investor put into a startup. */
export type Investment = Node & {
  __typename?: 'Investment';
  /** Amount. */
  amount: Money;
  /** Date. */
  date: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The investor. */
  investor: Investor;
  /** Round (pre-seed, seed, Series A …). */
  round: Scalars['String']['output'];
  /** The startup. */
  startup: Startup;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of investments. */
export type InvestmentConnection = {
  __typename?: 'InvestmentConnection';
  /** Items with cursors. */
  edges: Array<InvestmentEdge>;
  /** Items. */
  nodes: Array<Investment>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new investment. */
export type InvestmentCreateInput = {
  /** Amount. */
  amount: MoneyInput;
  /** Date. */
  date: Scalars['Date']['input'];
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The investor, in the startup's jurisdiction. */
  investor: Scalars['ID']['input'];
  /** Round. */
  round: Scalars['String']['input'];
  /** The startup. */
  startup: Scalars['ID']['input'];
};

/** An investment in a page. */
export type InvestmentEdge = {
  __typename?: 'InvestmentEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The investment. */
  node: Investment;
};

/** Which investments. */
export type InvestmentFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only investments dated in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a change to an investment. */
export type InvestmentPayload = {
  __typename?: 'InvestmentPayload';
  /** The investment as it now is. */
  investment: Maybe<Investment>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to an investment. */
export type InvestmentUpdateInput = {
  /** Amount. */
  amount?: InputMaybe<MoneyInput>;
  /** Date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The investment. */
  id: Scalars['ID']['input'];
  /** Round. */
  round?: InputMaybe<Scalars['String']['input']>;
};

/** An investor (nhà đầu tư). */
export type Investor = Node & {
  __typename?: 'Investor';
  /** Demo data loaded by `npm start`. */
  demo: Scalars['Boolean']['output'];
  /** Sectors it invests in. */
  focusSectors: Array<Sector>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Its investments, newest first. */
  investments: InvestmentConnection;
  /** The jurisdiction whose registry holds it. */
  jurisdiction: Jurisdiction;
  /** Kind. */
  kind: InvestorKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** Organisation behind it. */
  organisation: Maybe<Scalars['String']['output']>;
  /** Largest ticket. */
  ticketMax: Maybe<Money>;
  /** Smallest ticket. */
  ticketMin: Maybe<Money>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** An investor (nhà đầu tư). */
export type InvestorinvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of investors. */
export type InvestorConnection = {
  __typename?: 'InvestorConnection';
  /** Items with cursors. */
  edges: Array<InvestorEdge>;
  /** Items. */
  nodes: Array<Investor>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new investor. */
export type InvestorCreateInput = {
  /** Focus sectors. */
  focusSectors?: InputMaybe<Array<Sector>>;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Kind. */
  kind: InvestorKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** Organisation. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Largest ticket. */
  ticketMax?: InputMaybe<MoneyInput>;
  /** Smallest ticket. */
  ticketMin?: InputMaybe<MoneyInput>;
};

/** An investor in a page. */
export type InvestorEdge = {
  __typename?: 'InvestorEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The investor. */
  node: Investor;
};

/** Which investors. */
export type InvestorFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<InvestorKind>;
  /** Words in the name or organisation. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only investors focused on this sector. */
  sector?: InputMaybe<Sector>;
};

/** What kind of investor. */
export type InvestorKind =
  /** An angel investor (nhà đầu tư thiên thần). */
  | 'ANGEL'
  /** A corporation's venture arm. */
  | 'CORPORATE_VENTURE'
  /** A donor (nhà tài trợ), such as CARE International. */
  | 'DONOR'
  /** A public fund (quỹ của nhà nước). */
  | 'PUBLIC_FUND'
  /** A venture fund (quỹ đầu tư mạo hiểm). */
  | 'VENTURE_FUND';

/** The result of a change to an investor. */
export type InvestorPayload = {
  __typename?: 'InvestorPayload';
  /** The investor as it now is. */
  investor: Maybe<Investor>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to an investor. */
export type InvestorUpdateInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Focus sectors. */
  focusSectors?: InputMaybe<Array<Sector>>;
  /** The investor. */
  id: Scalars['ID']['input'];
  /** Kind. */
  kind?: InputMaybe<InvestorKind>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organisation. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Largest ticket. */
  ticketMax?: InputMaybe<MoneyInput>;
  /** Smallest ticket. */
  ticketMin?: InputMaybe<MoneyInput>;
};

/** Patent or utility solution. */
export type IpKind =
  /** A patent (sáng chế). */
  | 'PATENT'
  /** A utility solution (giải pháp hữu ích). */
  | 'UTILITY_SOLUTION';

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

/** One jurisdiction's counts and plan progress. */
export type JurisdictionSummary = {
  __typename?: 'JurisdictionSummary';
  /** Innovative startups eligible as of the day (at most 5 years from first registration). */
  eligibleStartups: Scalars['Int']['output'];
  /** Incubators and innovation centres. */
  incubators: Scalars['Int']['output'];
  /** Their total in VND. */
  investmentAmount: Money;
  /** Investments made up to the day. */
  investments: Scalars['Int']['output'];
  /** The jurisdiction. */
  jurisdiction: Jurisdiction;
  /** Mentors. */
  mentors: Scalars['Int']['output'];
  /** Each published plan with its indicators' progress. */
  plans: Array<PlanProgressSummary>;
  /** The source its data is pulled from here; null when this deployment runs it. */
  pulledFrom: Maybe<Scalars['String']['output']>;
  /** Startups and startup projects in the registry. */
  startups: Scalars['Int']['output'];
  /** Their total in VND. */
  supportGrantAmount: Money;
  /** Support grants paid up to the day. */
  supportGrants: Scalars['Int']['output'];
};

/** A language text is rendered in. */
export type Language =
  /** English. */
  | 'EN'
  /** Vietnamese (tiếng Việt). */
  | 'VI';

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

/** A mentor or advisor (chuyên gia cố vấn, tư vấn viên). */
export type Mentor = Node & {
  __typename?: 'Mentor';
  /** When or how they are available. */
  availabilityNote: Maybe<Scalars['String']['output']>;
  /** Open to new mentees. */
  available: Scalars['Boolean']['output'];
  /** How many startups they mentor at once. */
  capacity: Scalars['Int']['output'];
  /** Demo data loaded by `npm start`, not a real person. */
  demo: Scalars['Boolean']['output'];
  /** E-mail; personal data: null with a FORBIDDEN error unless you are a province admin of the jurisdiction. */
  email: Maybe<Scalars['String']['output']>;
  /** Areas of expertise. */
  expertise: Array<Scalars['String']['output']>;
  /** Places free now: capacity minus active mentorships. */
  freePlaces: Scalars['Int']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction whose registry holds them. */
  jurisdiction: Jurisdiction;
  /** Their mentorships, newest first. */
  mentorships: MentorshipConnection;
  /** Name (demo data carries no real person). */
  name: Scalars['String']['output'];
  /** Organisation. */
  organisation: Maybe<Scalars['String']['output']>;
  /** Phone; personal data: null with a FORBIDDEN error unless you are a province admin of the jurisdiction. */
  phone: Maybe<Scalars['String']['output']>;
  /** Sectors. */
  sectors: Array<Sector>;
  /** The startups they mentor now. */
  startups: StartupConnection;
  /** Professional title. */
  title: Maybe<Scalars['String']['output']>;
  /** Trained as a trainer of trainers (đã được đào tạo TOT). */
  totTrained: Scalars['Boolean']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A mentor or advisor (chuyên gia cố vấn, tư vấn viên). */
export type MentormentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentorshipStatus>;
};


/** A mentor or advisor (chuyên gia cố vấn, tư vấn viên). */
export type MentorstartupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of mentors. */
export type MentorConnection = {
  __typename?: 'MentorConnection';
  /** Items with cursors. */
  edges: Array<MentorEdge>;
  /** Items. */
  nodes: Array<Mentor>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new mentor. */
export type MentorCreateInput = {
  /** Availability note. */
  availabilityNote?: InputMaybe<Scalars['String']['input']>;
  /** Open to new mentees. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Places, 1–50. */
  capacity: Scalars['Int']['input'];
  /** E-mail (personal data). */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Expertise. */
  expertise?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Organisation. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Phone (personal data). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** TOT-trained. */
  totTrained?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mentor in a page. */
export type MentorEdge = {
  __typename?: 'MentorEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The mentor. */
  node: Mentor;
};

/** Which mentors. */
export type MentorFilter = {
  /** Only available (true) or unavailable (false) ones. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Words in the name, expertise or organisation. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only mentors in this sector. */
  sector?: InputMaybe<Sector>;
  /** Only TOT-trained (true) or not (false). */
  totTrained?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of a change to a mentor. */
export type MentorPayload = {
  __typename?: 'MentorPayload';
  /** The mentor as it now is. */
  mentor: Maybe<Mentor>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A mentor suggested for a startup, with why. */
export type MentorSuggestion = {
  __typename?: 'MentorSuggestion';
  /** Why it is suggested, as catalogue codes with their parameters, renderable in Vietnamese. */
  explanations: Array<Explanation>;
  /** Free places. */
  freePlaces: Scalars['Int']['output'];
  /** Expertise matching the startup's needs. */
  matchedExpertise: Array<Scalars['String']['output']>;
  /** The mentor. */
  mentor: Mentor;
  /** Why it is suggested, in English (the same sentences as `explanations`). */
  reasons: Array<Scalars['String']['output']>;
  /** Ranking score (3 per shared sector, 2 per matching expertise, up to 1 for free capacity, 0.5 if TOT-trained). */
  score: Scalars['Float']['output'];
  /** Sectors shared with the startup. */
  sharedSectors: Array<Sector>;
};

/** Changes to a mentor. */
export type MentorUpdateInput = {
  /** Availability note. */
  availabilityNote?: InputMaybe<Scalars['String']['input']>;
  /** Open to new mentees. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Places, 1–50; lowering it ends no mentorship, it only stops new ones. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** E-mail. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Expertise. */
  expertise?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The mentor. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organisation. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** TOT-trained. */
  totTrained?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mentor paired with a startup (Bắc Ninh 3.2). While ACTIVE it holds one of the mentor's places. */
export type Mentorship = Node & {
  __typename?: 'Mentorship';
  /** First day. */
  from: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The mentor. */
  mentor: Mentor;
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** The startup. */
  startup: Startup;
  /** Active or ended. */
  status: MentorshipStatus;
  /** Last day; null while open. */
  to: Maybe<Scalars['Date']['output']>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of mentorships. */
export type MentorshipConnection = {
  __typename?: 'MentorshipConnection';
  /** Items with cursors. */
  edges: Array<MentorshipEdge>;
  /** Items. */
  nodes: Array<Mentorship>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A mentorship in a page. */
export type MentorshipEdge = {
  __typename?: 'MentorshipEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The mentorship. */
  node: Mentorship;
};

/** End a mentorship and free its place. */
export type MentorshipEndInput = {
  /** Last day. */
  endedOn: Scalars['Date']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The mentorship. */
  id: Scalars['ID']['input'];
  /** Why. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Which mentorships. */
export type MentorshipFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only in this status. */
  status?: InputMaybe<MentorshipStatus>;
};

/** A startup in incubation without an active mentor (Bắc Ninh 3.2). */
export type MentorshipGap = {
  __typename?: 'MentorshipGap';
  /** Its incubation. */
  incubation: Incubation;
  /** The first day without a mentor. */
  since: Scalars['Date']['output'];
  /** The startup. */
  startup: Startup;
};

/** The result of starting or ending a mentorship. */
export type MentorshipPayload = {
  __typename?: 'MentorshipPayload';
  /** The mentorship as it now is. */
  mentorship: Maybe<Mentorship>;
  /** Why it was refused (AT_CAPACITY when the mentor has no free place). */
  userErrors: Array<UserError>;
};

/** Pair a mentor with a startup. */
export type MentorshipStartInput = {
  /** First day. */
  from: Scalars['Date']['input'];
  /** The mentor; must be in the startup's jurisdiction, available and have a free place. */
  mentor: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The startup. */
  startup: Scalars['ID']['input'];
  /** Planned last day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Whether a mentorship runs. */
export type MentorshipStatus =
  /** Running; it holds one of the mentor's places. */
  | 'ACTIVE'
  /** Ended; its place is free again. */
  | 'ENDED';

/** How one milestone target stands. */
export type MilestoneProgress = {
  __typename?: 'MilestoneProgress';
  /** The latest approved actual judged: a level, a year's flow, or a growth rate in percent. */
  actual: Maybe<Scalars['Float']['output']>;
  /** The year of that actual. */
  actualYear: Maybe<Scalars['Int']['output']>;
  /** The value expected on the trajectory at the actual's date (the target's number once the year has ended). */
  expected: Maybe<Scalars['Float']['output']>;
  /** Why, as a catalogue code with its parameters, renderable in Vietnamese. */
  explanation: Explanation;
  /** How far the actual is better (+) or worse (−) than expected, in the indicator's unit. */
  gap: Maybe<Scalars['Float']['output']>;
  /** Why, in English (the same sentence as `explanation.text(language: EN)`). */
  reason: Scalars['String']['output'];
  /** Its status. */
  status: ProgressStatus;
  /** The target. */
  target: IndicatorTarget;
  /** The milestone year. */
  year: Scalars['Int']['output'];
};

/** An amount of money (DESIGN.md §4): a decimal string, so VND amounts past 2³¹ keep every digit. */
export type Money = {
  __typename?: 'Money';
  /** The amount, e.g. "150000000". */
  amount: Scalars['Decimal']['output'];
  /** Its currency. */
  currency: CurrencyCode;
};

/** An amount of money to record. */
export type MoneyInput = {
  /** The amount as a decimal string; VND is whole đồng. */
  amount: Scalars['Decimal']['input'];
  /** Its currency; VND when left out. */
  currency?: InputMaybe<CurrencyCode>;
};

/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Register an agency (province admins). */
  agencyCreate: AgencyPayload;
  /**
   * Delete an agency (province admins). Refused with LOCKED, naming each link, while a plan's duties, a task,
   * an indicator or an enabled account still points at it: change those first (a published plan through
   * planAmend). Past reports and actuals keep its name; audited as REMOVE (the record stays as a tombstone).
   */
  agencyDelete: AgencyPayload;
  /** Rename an agency or change its short name, kind or reporting flag (province admins); audited as UPDATE. */
  agencyUpdate: AgencyPayload;
  /** Issue a partner API key (province admins). */
  apiKeyCreate: ApiKeyCreatePayload;
  /** Revoke a partner API key (province admins): refused from then on, at the latest once the key cache expires in a server that saw it (API_KEY_CACHE_SECONDS, 30 s by default). */
  apiKeyRevoke: ApiKeyPayload;
  /** Check that an attachment's file arrived with the right hash; it becomes STORED. */
  attachmentConfirm: AttachmentPayload;
  /** Register an evidence file and get a presigned URL to upload it to. */
  attachmentCreate: AttachmentPayload;
  /** Record a startup's application to a competition. */
  competitionApply: CompetitionApplicationPayload;
  /** Award a shortlisted application. */
  competitionAward: CompetitionApplicationPayload;
  /** Create a competition with its phases. */
  competitionCreate: CompetitionPayload;
  /** Delete a competition (tombstone). */
  competitionDelete: RegistryDeletePayload;
  /** Shortlist or decline an application; the shortlist holds at most `shortlistSize`. */
  competitionShortlist: CompetitionApplicationPayload;
  /** Change a competition. */
  competitionUpdate: CompetitionPayload;
  /** Record an event. */
  eventCreate: EventPayload;
  /** Delete an event (tombstone). */
  eventDelete: RegistryDeletePayload;
  /** Change an event. */
  eventUpdate: EventPayload;
  /** Record a startup entering an incubator. */
  incubationCreate: IncubationPayload;
  /** Delete an incubation (tombstone). */
  incubationDelete: RegistryDeletePayload;
  /** Change an incubation (end it by setting `to`). */
  incubationUpdate: IncubationPayload;
  /** Register an incubator (province admins). */
  incubatorCreate: IncubatorPayload;
  /** Delete an incubator (tombstone). */
  incubatorDelete: RegistryDeletePayload;
  /** Change an incubator. */
  incubatorUpdate: IncubatorPayload;
  /** Add an indicator to a plan (province admins). */
  indicatorCreate: IndicatorPayload;
  /** Bind an indicator to a registry count, or unbind it (province admins). */
  indicatorDerive: IndicatorPayload;
  /** Change an indicator (province admins). */
  indicatorUpdate: IndicatorPayload;
  /** Record an investment. */
  investmentCreate: InvestmentPayload;
  /** Delete an investment (tombstone). */
  investmentDelete: RegistryDeletePayload;
  /** Change an investment. */
  investmentUpdate: InvestmentPayload;
  /** Register an investor. */
  investorCreate: InvestorPayload;
  /** Delete an investor (tombstone). */
  investorDelete: RegistryDeletePayload;
  /** Change an investor. */
  investorUpdate: InvestorPayload;
  /** Register a mentor (province admins). */
  mentorCreate: MentorPayload;
  /** Delete a mentor (tombstone); refused while they have active mentorships. */
  mentorDelete: RegistryDeletePayload;
  /** Change a mentor (province admins). */
  mentorUpdate: MentorPayload;
  /** End a mentorship and free the mentor's place. */
  mentorshipEnd: MentorshipPayload;
  /** Pair a mentor with a startup; AT_CAPACITY when the mentor has no free place, also under concurrent requests. */
  mentorshipStart: MentorshipPayload;
  /** Mark a notification read (its agency, or admins). */
  notificationMarkRead: NotificationPayload;
  /** Accept a submitted actual (province admins): it counts, and locks its period. */
  observationApprove: ObservationPayload;
  /** Enter and submit many actuals at once, as from a round's spreadsheet (the indicators' agencies, or admins): each valid row becomes a SUBMITTED actual, each invalid row is refused with its errors and writes nothing. Idempotent by its key. */
  observationBatchSubmit: ObservationBatchSubmitPayload;
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
  /**
   * Erase a person's personal data everywhere this deployment stores it (province admins of the
   * record's jurisdiction). The name becomes "Người đã xóa dữ liệu"; phone, e-mail and the other
   * personal fields (a founder's role; a mentor's title, organisation and availability note) are
   * removed, and so is any repetition of them in the record's other text. The record gets a new
   * version with the verb ERASE, and the audit trail's before/after copies of every version are
   * rewritten the same way: the entries themselves (version, who, when, verb) stay. Calling it again
   * for an erased person finishes an erasure that was interrupted.
   */
  personErase: PersonErasePayload;
  /** Amend a published plan: apply changes and record a new edition (province admins). */
  planAmend: PlanAmendPayload;
  /** Close a published plan with its final outcome; it is frozen (province admins). */
  planClose: PlanPayload;
  /** Start a draft plan (province admins). */
  planCreate: PlanPayload;
  /** Read a plan document (Kế hoạch, or a decision or resolution that issues one) and store it as a DRAFT plan with its tasks and agencies (province admins of its jurisdiction). */
  planImport: PlanImportPayload;
  /** Publish a draft plan: it becomes visible to everyone. */
  planPublish: PlanPayload;
  /** Change a plan (province admins); not once closed. */
  planUpdate: PlanPayload;
  /** Apply records pulled from a source into their jurisdiction here; the jurisdiction becomes read-only for users (this deployment's PULL_OPERATOR; only a jurisdiction this deployment's configuration binds to that source, empty or already pulled from it). */
  pullApply: PullApplyPayload;
  /** Make a pulled jurisdiction local again, with an audit entry: users may change it here and it is never pulled again (a PROVINCE_ADMIN of the jurisdiction). */
  pullDetach: PullDetachPayload;
  /** Make today's reminders now (province admins); the scheduled job does this daily. */
  remindersRun: RemindersRunPayload;
  /** Set a plan's reporting calendar (province admins). */
  reportingCalendarSet: ReportingCalendarPayload;
  /** Delete a spending entry entered by mistake (admins); it stays as a tombstone in the audit trail. */
  spendingDelete: SpendingEntryPayload;
  /** Record money spent on a task (its lead agencies, or admins); spending over the plan is flagged, not refused. */
  spendingRecord: SpendingEntryPayload;
  /** Register a startup (province admins); a repeated enterprise code is DUPLICATE. */
  startupCreate: StartupPayload;
  /** Delete a startup (tombstone); frees its enterprise code. */
  startupDelete: RegistryDeletePayload;
  /** Change a startup (province admins). */
  startupUpdate: StartupPayload;
  /** Record a support grant. */
  supportGrantCreate: SupportGrantPayload;
  /** Delete a support grant (tombstone). */
  supportGrantDelete: RegistryDeletePayload;
  /** Change a support grant. */
  supportGrantUpdate: SupportGrantPayload;
  /** Set one milestone's target from its cell text (province admins). */
  targetSet: IndicatorPayload;
  /** Give a task agencies (province admins), audited as ASSIGN with the note; from the next read on, its reporting rounds expect each lead agency's report. */
  taskAssignAgencies: TaskPayload;
  /** Set a task's planned amounts by source (province admins). */
  taskBudgetSet: TaskBudgetPayload;
  /** Add a task to a plan (province admins). */
  taskCreate: TaskPayload;
  /** Delete a task; it stays as a tombstone in the audit trail and the change feed. Refused while it has sub-tasks. */
  taskDelete: TaskDeletePayload;
  /** Record a delivery of a task's output (the task's agencies, or admins). */
  taskDeliveryRecord: TaskDeliveryPayload;
  /** Accept a submitted report (province admins). */
  taskReportApprove: TaskReportPayload;
  /** Write a progress report as DRAFT (the task's agencies, or admins). */
  taskReportCreate: TaskReportPayload;
  /** Send a submitted report back with a note (province admins). */
  taskReportReturn: TaskReportPayload;
  /** Send a draft or returned report for review (its agency, or admins). */
  taskReportSubmit: TaskReportPayload;
  /** Correct a draft or returned report before submitting it (its agency, or admins); a returned report keeps the department's note until it is submitted again. */
  taskReportUpdate: TaskReportPayload;
  /** Change a task (province admins). */
  taskUpdate: TaskPayload;
  /** Creates an account for a department administrator or an agency clerk (province admins only). */
  userAccountCreate: UserAccountPayload;
  /** Disables an account: its holder can no longer sign in or refresh (province admins only). */
  userAccountDisable: UserAccountPayload;
  /** Enables a disabled account again (province admins only). */
  userAccountEnable: UserAccountPayload;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationagencyCreateArgs = {
  input: AgencyCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationagencyDeleteArgs = {
  input: AgencyDeleteInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationagencyUpdateArgs = {
  input: AgencyUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationapiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationapiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationattachmentConfirmArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationattachmentCreateArgs = {
  input: AttachmentCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionApplyArgs = {
  input: CompetitionApplyInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionAwardArgs = {
  input: CompetitionAwardInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionCreateArgs = {
  input: CompetitionCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionShortlistArgs = {
  input: CompetitionShortlistInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationcompetitionUpdateArgs = {
  input: CompetitionUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationeventCreateArgs = {
  input: EventCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationeventDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationeventUpdateArgs = {
  input: EventUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubationCreateArgs = {
  input: IncubationCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubationDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubationUpdateArgs = {
  input: IncubationUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubatorCreateArgs = {
  input: IncubatorCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubatorDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationincubatorUpdateArgs = {
  input: IncubatorUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationindicatorCreateArgs = {
  input: IndicatorCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationindicatorDeriveArgs = {
  input: IndicatorDeriveInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationindicatorUpdateArgs = {
  input: IndicatorUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestmentCreateArgs = {
  input: InvestmentCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestmentDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestmentUpdateArgs = {
  input: InvestmentUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestorCreateArgs = {
  input: InvestorCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestorDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationinvestorUpdateArgs = {
  input: InvestorUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationmentorCreateArgs = {
  input: MentorCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationmentorDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationmentorUpdateArgs = {
  input: MentorUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationmentorshipEndArgs = {
  input: MentorshipEndInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationmentorshipStartArgs = {
  input: MentorshipStartInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationnotificationMarkReadArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationApproveArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationobservationBatchSubmitArgs = {
  input: ObservationBatchSubmitInput;
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
export type MutationpersonEraseArgs = {
  input: PersonEraseInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanAmendArgs = {
  input: PlanAmendInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationplanCloseArgs = {
  input: PlanCloseInput;
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
export type MutationpullApplyArgs = {
  input: PullApplyInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationpullDetachArgs = {
  input: PullDetachInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationremindersRunArgs = {
  input: RemindersRunInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationreportingCalendarSetArgs = {
  input: ReportingCalendarSetInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationspendingDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationspendingRecordArgs = {
  input: SpendingRecordInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationstartupCreateArgs = {
  input: StartupCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationstartupDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationstartupUpdateArgs = {
  input: StartupUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationsupportGrantCreateArgs = {
  input: SupportGrantCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationsupportGrantDeleteArgs = {
  input: WorkflowInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationsupportGrantUpdateArgs = {
  input: SupportGrantUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtargetSetArgs = {
  input: TargetSetInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskAssignAgenciesArgs = {
  input: TaskAssignAgenciesInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskBudgetSetArgs = {
  input: TaskBudgetSetInput;
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
export type MutationtaskDeliveryRecordArgs = {
  input: TaskDeliveryRecordInput;
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
export type MutationtaskReportUpdateArgs = {
  input: TaskReportUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationtaskUpdateArgs = {
  input: TaskUpdateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationuserAccountCreateArgs = {
  input: UserAccountCreateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationuserAccountDisableArgs = {
  input: UserAccountStateInput;
};


/** The root of every change. Each mutation takes one `input` and returns a payload with `userErrors`. */
export type MutationuserAccountEnableArgs = {
  input: UserAccountStateInput;
};

/**
 * Provinces side by side (so sánh giữa các tỉnh), as of a date: registry counts and each
 * published plan's indicator progress. A national deployment holds the provinces it pulls
 * (`npm run pull`); published data only.
 */
export type NationalSummary = {
  __typename?: 'NationalSummary';
  /** The day counted and judged as of. */
  asOf: Scalars['Date']['output'];
  /** One entry per jurisdiction of this deployment, by code. */
  jurisdictions: Array<JurisdictionSummary>;
};

/** An object with a global, opaque ID that stays stable for the object's life. */
export type Node = {
  /** The object's global ID; pass it to `node` or `nodes`. */
  id: Scalars['ID']['output'];
};

/** A reminder to an agency about a report or actual coming due or overdue. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The agency reminded. */
  agency: Agency;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The due date. */
  dueOn: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The indicator, for an actual. */
  indicator: Maybe<Indicator>;
  /** Due soon or overdue. */
  kind: NotificationKind;
  /** The reminder in words (Vietnamese). */
  message: Scalars['String']['output'];
  /** The reporting period. */
  period: Scalars['String']['output'];
  /** The plan. */
  plan: Plan;
  /** When the agency marked it read. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The task, for a report. */
  task: Maybe<Task>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications with their cursors. */
  edges: Array<NotificationEdge>;
  /** The notifications of this page. */
  nodes: Array<Notification>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A notification in a page. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** Why an agency is being reminded. */
export type NotificationKind =
  /** A report or actual is due within a few days (sắp đến hạn). */
  | 'DUE_SOON'
  /** A report or actual is past its due date (quá hạn). */
  | 'OVERDUE';

/** The result of marking a notification read. */
export type NotificationPayload = {
  __typename?: 'NotificationPayload';
  /** The notification. */
  notification: Maybe<Notification>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** An actual value of an indicator for a period (số liệu thực hiện). */
export type Observation = Node & {
  __typename?: 'Observation';
  /** Evidence files. */
  attachments: Array<Attachment>;
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

/** One row of a spreadsheet of actuals (indicator × period), as the console's upload sends it. */
export type ObservationBatchRowInput = {
  /** When a milestone was done. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** The indicator (global ID). */
  indicator: Scalars['ID']['input'];
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period: `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  period: Scalars['String']['input'];
  /** The actual in words (qualitative indicators). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The number; send a plain number, not Vietnamese text. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A row of a batch that was (or, when validating, would be) submitted. */
export type ObservationBatchRowResult = {
  __typename?: 'ObservationBatchRowResult';
  /** The submitted actual; null when only validating. */
  observation: Maybe<Observation>;
  /** The row's position in the input, from 0. */
  row: Scalars['Int']['output'];
};

/** Actuals entered and submitted together, such as a round's spreadsheet (at most 100 rows). */
export type ObservationBatchSubmitInput = {
  /** Names the batch: sending the same batch again with this key returns what the first call did instead of entering anything twice (required, because uploads are retried). */
  idempotencyKey: Scalars['String']['input'];
  /** The rows, in sheet order; each is checked on its own. */
  rows: Array<ObservationBatchRowInput>;
  /** Check every row and answer what would happen, writing nothing (the upload's preview). */
  validateOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of a batch of actuals: refused rows change nothing, valid rows are entered and submitted. */
export type ObservationBatchSubmitPayload = {
  __typename?: 'ObservationBatchSubmitPayload';
  /** The rows submitted (or that would be), in input order; a refused row is not here but in userErrors. */
  rows: Array<ObservationBatchRowResult>;
  /** How many rows were (or, when validating, would be) submitted. */
  submittedCount: Scalars['Int']['output'];
  /** Why rows were refused, each with its row in the field path (`["input", "rows", "3", "value"]`), and why the whole batch was, if it was (empty or too many rows, not signed in). */
  userErrors: Array<UserError>;
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

/** A sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** A quantified output and how much of it was delivered. */
export type OutputProgress = {
  __typename?: 'OutputProgress';
  /** True when the plan gives a quantity and the deliveries reach it; null without a quantity. */
  complete: Maybe<Scalars['Boolean']['output']>;
  /** Delivered so far (sum of recorded deliveries). */
  delivered: Scalars['Float']['output'];
  /** The output as the plan writes it. */
  output: TaskOutput;
};

/** Something late, for whom, since when. */
export type OverdueItem = {
  __typename?: 'OverdueItem';
  /** The agency that owes it (a lead agency). */
  agency: Agency;
  /** Days late as of `asOf`. */
  daysLate: Scalars['Int']['output'];
  /** When it was due. */
  dueOn: Scalars['Date']['output'];
  /** The indicator (ACTUAL). */
  indicator: Maybe<Indicator>;
  /** What is late. */
  kind: OverdueKind;
  /** The reporting period (REPORT, ACTUAL). */
  period: Maybe<Scalars['String']['output']>;
  /** The plan. */
  plan: Plan;
  /** The first day it was late. */
  since: Scalars['Date']['output'];
  /** Where the report or actual stands (REPORT, ACTUAL). */
  state: Maybe<RoundItemState>;
  /** The task (REPORT, TASK). */
  task: Maybe<Task>;
};

/** What is late. */
export type OverdueKind =
  /** An indicator's actual for a reporting round (số liệu chỉ tiêu). */
  | 'ACTUAL'
  /** A task's progress report for a reporting round (báo cáo tiến độ). */
  | 'REPORT'
  /** A task whose end date has passed without being done (nhiệm vụ quá hạn). */
  | 'TASK';

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

/** Participants of an event by group. */
export type Participants = {
  __typename?: 'Participants';
  /** Cooperatives (hợp tác xã). */
  cooperatives: Scalars['Int']['output'];
  /** Enterprises (doanh nghiệp). */
  enterprises: Scalars['Int']['output'];
  /** Farmers (nông dân). */
  farmers: Scalars['Int']['output'];
  /** Everyone. */
  total: Scalars['Int']['output'];
  /** Women (phụ nữ). */
  women: Scalars['Int']['output'];
  /** Youth (thanh niên). */
  youth: Scalars['Int']['output'];
};

/** Participants by group. */
export type ParticipantsInput = {
  /** Cooperatives. */
  cooperatives?: InputMaybe<Scalars['Int']['input']>;
  /** Enterprises. */
  enterprises?: InputMaybe<Scalars['Int']['input']>;
  /** Farmers. */
  farmers?: InputMaybe<Scalars['Int']['input']>;
  /** Everyone. */
  total: Scalars['Int']['input'];
  /** Women. */
  women?: InputMaybe<Scalars['Int']['input']>;
  /** Youth. */
  youth?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person whose personal data is to be erased (Decree 13/2023/NĐ-CP on personal data protection):
 * a mentor, or a founder of a startup named by position.
 */
export type PersonEraseInput = {
  /** The version of the mentor or startup you read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** For a startup: the founder's position in its `founders` list, from 0. Leave out for a mentor. */
  founder?: InputMaybe<Scalars['Int']['input']>;
  /** The mentor, or the startup whose founder is erased (global ID). */
  id: Scalars['ID']['input'];
  /** Why the data is erased (the data subject's request, its reference); kept in the audit trail. Do not repeat the personal data here. */
  reason: Scalars['String']['input'];
};

/** The result of erasing a person's personal data. */
export type PersonErasePayload = {
  __typename?: 'PersonErasePayload';
  /** The record's audit entries; every one is kept, in order, with who, when and what verb. */
  auditEntries: Maybe<Scalars['Int']['output']>;
  /** Audit entries whose before/after copies had the person's data and were rewritten by this call. */
  auditEntriesRewritten: Maybe<Scalars['Int']['output']>;
  /** The mentor as it now is, when a mentor was erased. */
  mentor: Maybe<Mentor>;
  /** The startup as it now is, when a founder was erased. */
  startup: Maybe<Startup>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type Plan = Node & {
  __typename?: 'Plan';
  /** Planned and spent money over its tasks: for the jurisdiction's province admins and national networks, here and on a national deployment's pulled copy; null for everyone else (agencies read their own tasks' budgets). */
  budget: Maybe<PlanBudget>;
  /** How it was closed; null while open. */
  closure: Maybe<PlanClosure>;
  /** The current edition: 1 until amended. */
  edition: Scalars['Int']['output'];
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
  /** Its reporting calendar; null until one is set. */
  reportingCalendar: Maybe<ReportingCalendar>;
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
  /** Tasks with no lead agency, of their own or in a sub-task (status UNASSIGNED), in code order: the department's list to assign (taskAssignAgencies). */
  tasksNeedingAssignment: TaskConnection;
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


/** An innovation-startup ecosystem support plan (Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo). */
export type PlantasksNeedingAssignmentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a plan's own fields in an amendment; fields left out stay as they are. */
export type PlanAmendFields = {
  /** Funding sources (replaces). */
  fundingSources?: InputMaybe<Array<FundingSourceInput>>;
  /** Objectives (replaces). */
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Orientation year. */
  orientationYear?: InputMaybe<Scalars['Int']['input']>;
  /** First year covered. */
  periodFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year covered. */
  periodTo?: InputMaybe<Scalars['Int']['input']>;
  /** Purposes (replaces). */
  purposes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requirements (replaces). */
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Amends a published plan: a new edition with its changes; the previous edition is kept. */
export type PlanAmendInput = {
  /** The amending decision ("Quyết định số 12/QĐ-UBND"). */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** The plan's version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
  /** Why (nội dung điều chỉnh). */
  note: Scalars['String']['input'];
  /** Changes to the plan's own fields. */
  plan?: InputMaybe<PlanAmendFields>;
  /** Targets changed. */
  targets?: InputMaybe<Array<TargetAmendment>>;
  /** Tasks changed, added or removed. */
  tasks?: InputMaybe<Array<TaskAmendment>>;
};

/** The result of an amendment. */
export type PlanAmendPayload = {
  __typename?: 'PlanAmendPayload';
  /** The new edition. */
  edition: Maybe<PlanEdition>;
  /** The plan as it now is. */
  plan: Maybe<Plan>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A plan's money, summed over its tasks. */
export type PlanBudget = {
  __typename?: 'PlanBudget';
  /** Planned against spent, per source. */
  bySource: Array<SourceBalance>;
  /** Tasks with an overspent source. */
  flaggedTasks: Array<Task>;
  /** Sum of planned amounts. */
  plannedTotal: Money;
  /** Sum of spending. */
  spentTotal: Money;
};

/** Closes a finished plan: it is frozen with its final status. */
export type PlanCloseInput = {
  /** The date to judge task statuses at; today when left out. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** The plan's version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
  /** The final outcome. */
  outcome: PlanOutcome;
  /** The department's summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** How and when a plan was closed; frozen. */
export type PlanClosure = {
  __typename?: 'PlanClosure';
  /** The date task statuses were judged at. */
  asOf: Scalars['Date']['output'];
  /** When it was closed. */
  closedAt: Scalars['DateTime']['output'];
  /** Who closed it. */
  closedBy: Scalars['String']['output'];
  /** The final outcome. */
  outcome: PlanOutcome;
  /** The department's summary. */
  summary: Maybe<Scalars['String']['output']>;
  /** Each task's final status. */
  tasks: Array<ClosedTaskStatus>;
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

/** Field-by-field differences between two editions of a plan. */
export type PlanDiff = {
  __typename?: 'PlanDiff';
  /** The changes, by path. */
  changes: Array<FieldChange>;
  /** True when the later side is the plan's current state: the changes made directly (taskUpdate, taskAssignAgencies, targetSet …) since the latest edition, not yet in an amendment. */
  current: Scalars['Boolean']['output'];
  /** The earlier edition. */
  from: Scalars['Int']['output'];
  /** The plan. */
  plan: Plan;
  /** The later edition; with `current`, the latest edition the current state is compared with. */
  to: Scalars['Int']['output'];
};

/** A plan in a page. */
export type PlanEdge = {
  __typename?: 'PlanEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: Plan;
};

/** One edition of a plan (lần ban hành / điều chỉnh): an immutable snapshot of the plan, its tasks, indicators and targets. */
export type PlanEdition = Node & {
  __typename?: 'PlanEdition';
  /** The amending decision, if any ("Quyết định số …"). */
  decision: Maybe<Scalars['String']['output']>;
  /** 1 for the plan as frozen at planPublish (or when seeded), then 2, 3 … per amendment. */
  edition: Scalars['Int']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Number of indicators in it. */
  indicatorCount: Scalars['Int']['output'];
  /** Why it was amended. */
  note: Maybe<Scalars['String']['output']>;
  /** The plan. */
  plan: Plan;
  /** When this edition was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Number of tasks in it. */
  taskCount: Scalars['Int']['output'];
};

/** A page of plan editions. */
export type PlanEditionConnection = {
  __typename?: 'PlanEditionConnection';
  /** The editions with their cursors. */
  edges: Array<PlanEditionEdge>;
  /** The editions of this page. */
  nodes: Array<PlanEdition>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An edition in a page. */
export type PlanEditionEdge = {
  __typename?: 'PlanEditionEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The edition. */
  node: PlanEdition;
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

/** How a closed plan ended (kết quả thực hiện kế hoạch). */
export type PlanOutcome =
  /** Every task done (hoàn thành). */
  | 'COMPLETED'
  /** Not done (không hoàn thành). */
  | 'NOT_COMPLETED'
  /** Some tasks done (hoàn thành một phần). */
  | 'PARTIALLY_COMPLETED';

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

/** A plan's indicators and their progress as of the summary's day. */
export type PlanProgressSummary = {
  __typename?: 'PlanProgressSummary';
  /** Each indicator with its progress, in annex order. */
  indicators: Array<IndicatorProgressSummary>;
  /** The plan. */
  plan: Plan;
  /** How many indicators have each overall status (only statuses that occur). */
  statusCounts: Array<ProgressStatusCount>;
};

/**
 * The department's yearly report on a plan (báo cáo kết quả thực hiện kế hoạch) as of a day:
 * plan header, tasks with lead agencies, timeline, status and latest approved report, budget and
 * spending (the jurisdiction's province admins and national networks only; the same on a national
 * deployment's pulled copy, which answers what the province answers), and the indicator annex in the plan's own milestone columns
 * with actual, expected value and status beside each target, and a chart per quantitative
 * indicator. `npm run report` writes it as HTML, Markdown or XLSX.
 */
export type PlanReport = {
  __typename?: 'PlanReport';
  /** The day the report is made as of. */
  asOf: Scalars['Date']['output'];
  /** The report's content as data (the shape of PlanReportData in functions/domain/report/plan-report.ts): what the HTML, Markdown and XLSX show. */
  data: Scalars['JSONObject']['output'];
  /** The report as a self-contained HTML page (Vietnamese labels, numbers and dates; SVG charts). */
  html: Scalars['String']['output'];
  /** The report as Markdown with inline SVG charts. */
  markdown: Scalars['String']['output'];
  /** The plan. */
  plan: Plan;
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

/** A product of a startup. */
export type Product = {
  __typename?: 'Product';
  /** The day it was commercialised (thương mại hóa); null while not yet. */
  commercialisedOn: Maybe<Scalars['Date']['output']>;
  /** What it is. */
  description: Maybe<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
};

/** A product to record. */
export type ProductInput = {
  /** Day commercialised. */
  commercialisedOn?: InputMaybe<Scalars['Date']['input']>;
  /** What it is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
};

/** One series of yearly values an indicator has: its approved actuals, or its registry count. */
export type ProgressSeries = {
  __typename?: 'ProgressSeries';
  /** Whether the milestones were judged on this series (the indicator's source of truth). */
  judged: Scalars['Boolean']['output'];
  /** Where the values come from. */
  source: IndicatorSource;
  /** The latest value of each year up to asOf, by year. */
  values: Array<SeriesValue>;
};

/** How a milestone stands as of a date; the rules are in docs/indicators.md. */
export type ProgressStatus =
  /** Behind the line by at most 10% (có nguy cơ chậm). */
  | 'AT_RISK'
  /** The target is met (đạt). */
  | 'MET'
  /** A person must judge: qualitative, or no line to compare with (cần xem xét). */
  | 'NEEDS_REVIEW'
  /** A milestone after the next one, not met yet: it is judged once the milestones before it have ended (chưa đến hạn). */
  | 'NOT_DUE'
  /** No approved actual to judge (chưa có số liệu). */
  | 'NO_DATA'
  /** Behind the line by more than 10%, or missed (chậm tiến độ). */
  | 'OFF_TRACK'
  /** On or ahead of the line toward the target (đúng tiến độ). */
  | 'ON_TRACK';

/** How many indicators have one status. */
export type ProgressStatusCount = {
  __typename?: 'ProgressStatusCount';
  /** How many indicators have it overall. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ProgressStatus;
};

/** Records pulled from a source, to apply in this (national) deployment. */
export type PullApplyInput = {
  /** When given, saved as the source's feed cursor after the records are applied or refused. */
  cursor?: InputMaybe<Scalars['String']['input']>;
  /** The jurisdiction code; every record must belong to it. */
  jurisdiction: Scalars['String']['input'];
  /** Records in the exchange shape (ExchangeRecord's fields: type, jurisdiction, id, version, seq, deleted, data; an `index` sent by a source of an older version is ignored), at most 500. Each is checked like a local write of its type; a bad one is refused alone. */
  records: Array<Scalars['JSONObject']['input']>;
  /** The source's name; it must be the one this deployment's configuration (PULL_SOURCES) binds the jurisdiction to. */
  source: Scalars['String']['input'];
  /** The URL the records were read from; it must be the source's URL in this deployment's configuration. */
  sourceUrl: Scalars['String']['input'];
};

/** The result of applying pulled records. */
export type PullApplyPayload = {
  __typename?: 'PullApplyPayload';
  /** Records newer than what this deployment held, now applied. */
  applied: Scalars['Int']['output'];
  /** Records that cannot be stored here, each named with the reason; the others of the call are applied, and the cursor moves past these. */
  refused: Array<PullRefusal>;
  /** Records this deployment already held at that version or newer. */
  skipped: Scalars['Int']['output'];
  /** Why nothing was applied (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, LIMIT_EXCEEDED). */
  userErrors: Array<UserError>;
};

/** Makes a pulled jurisdiction local again. */
export type PullDetachInput = {
  /** The jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Why, for the audit trail. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of detaching a pulled jurisdiction. */
export type PullDetachPayload = {
  __typename?: 'PullDetachPayload';
  /** The source it was pulled from. */
  detachedFrom: Maybe<Scalars['String']['output']>;
  /** The jurisdiction, now local: users may change it here, and it is never pulled again. */
  jurisdiction: Maybe<Jurisdiction>;
  /** Why nothing changed (FORBIDDEN, NOT_FOUND). */
  userErrors: Array<UserError>;
};

/**
 * A pulled record this deployment refused: it was not stored, the cursor moved past it, and a
 * newer version from the source is tried again (docs/exchange.md "What a puller sees").
 */
export type PullRefusal = {
  __typename?: 'PullRefusal';
  /** When it was refused. */
  at: Scalars['DateTime']['output'];
  /** The record's id, as the source sent it. */
  id: Scalars['String']['output'];
  /** Why it cannot be stored here: the field and the rule it breaks, or the storage error. */
  reason: Scalars['String']['output'];
  /** The record's type, as the source sent it. */
  type: Scalars['String']['output'];
  /** The version refused. */
  version: Scalars['Int']['output'];
};

/** Where a national deployment's pull from one source stands for one jurisdiction (its pull operator only). */
export type PullState = {
  __typename?: 'PullState';
  /** The source's feed cursor after the last pull; null before the first. */
  cursor: Maybe<Scalars['String']['output']>;
  /** The jurisdiction. */
  jurisdiction: Scalars['String']['output'];
  /** When the cursor was last saved. */
  pulledAt: Maybe<Scalars['DateTime']['output']>;
  /** The source this jurisdiction is pulled from here, if it is pulled. */
  pulledFrom: Maybe<Scalars['String']['output']>;
  /** Records refused and not yet replaced by a newer version that could be stored (at most 100). */
  refused: Array<PullRefusal>;
  /** The source's name (from the pull configuration). */
  source: Scalars['String']['output'];
  /** Records taken from this source for this jurisdiction in all pulls. */
  taken: Scalars['Int']['output'];
  /** The source's URL as this deployment's configuration binds it (PULL_SOURCES); null when the configuration binds no source to this jurisdiction. */
  url: Maybe<Scalars['String']['output']>;
};

/** The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** Agencies, ordered by name; at most 100 a page. */
  agencies: AgencyConnection;
  /** A jurisdiction's partner keys (its province admins only; null for others). */
  apiKeys: Maybe<Array<ApiKey>>;
  /** The audit trail of a jurisdiction, by object, by person or by time range (province admins of that jurisdiction only). */
  auditTrail: AuditEntryConnection;
  /** Every change of published data after a feed cursor, in order, none missed and none twice (DESIGN.md §5). */
  changes: ExchangeChangesPage;
  /** Competitions. */
  competitions: CompetitionConnection;
  /** Events. */
  events: EventConnection;
  /** Incubations, newest first. */
  incubations: IncubationConnection;
  /** Incubators and innovation centres. */
  incubators: IncubatorConnection;
  /** The registry count behind a derived indicator, as of `asOf` or within `year`; null when the indicator is not derived. */
  indicatorCount: Maybe<RegistryCount>;
  /** Investments, newest first. */
  investments: InvestmentConnection;
  /** Investors. */
  investors: InvestorConnection;
  /** The jurisdictions this deployment holds. */
  jurisdictions: Array<Jurisdiction>;
  /** Available mentors for a startup, ranked by shared sectors, matching expertise and free capacity, with reasons. */
  mentorSuggestions: Array<MentorSuggestion>;
  /** Mentors. */
  mentors: MentorConnection;
  /** Startups in incubation without an active mentor on `asOf` (Bắc Ninh 3.2), longest-waiting first. */
  mentorshipGaps: Array<MentorshipGap>;
  /** Mentorships, newest first. */
  mentorships: MentorshipConnection;
  /** Jurisdictions side by side as of a day (default today, Asia/Ho_Chi_Minh). */
  nationalSummary: NationalSummary;
  /** Any object by its global ID, under the same access rules as every other field. */
  node: Maybe<Node>;
  /** Several objects by global ID, in the order asked; null where one is missing or hidden. */
  nodes: Array<Maybe<Node>>;
  /** The caller's reminders, newest first: an agency's own; a province admin's, every agency's in their provinces. */
  notifications: NotificationConnection;
  /** What is late as of a date, for whom, since when, over published plans (an agency sees its own items only). */
  overdue: Array<OverdueItem>;
  /** A plan by its jurisdiction and number, e.g. (`04`, `523/KH-UBND`). */
  planByNumber: Maybe<Plan>;
  /** Field-by-field differences between two editions (to: the current edition when left out). */
  planDiff: Maybe<PlanDiff>;
  /** A plan's report as of a day (default today, Asia/Ho_Chi_Minh); null when the plan is not visible to you. */
  planReport: Maybe<PlanReport>;
  /** A plan's editions, oldest first. */
  planVersions: PlanEditionConnection;
  /** Plans, newest issue date first; drafts only for their jurisdiction's admins and agencies. */
  plans: PlanConnection;
  /** Where the pull from a source stands, with the records it refused (this deployment's PULL_OPERATOR only). */
  pullState: PullState;
  /** Count the registry: a level as of `asOf` (default today), or with `year` the count within that year; with the records counted. */
  registryCount: RegistryCount;
  /** One reporting round of a plan (the plan's admins and national networks; an agency sees its own row only). */
  reportingRound: Maybe<ReportingRound>;
  /** Search the registry, plans, tasks and indicators, diacritic- and case-insensitively: the words must stand in this order in a name or text, the last may be cut ("khoi ngh" finds "Khởi nghiệp"). Name matches first. A page costs its page: an index kept on write (docs/search.md). */
  search: SearchResultConnection;
  /** Every published record of a jurisdiction, page by page, personal data removed; the last page gives the feed cursor (national networks and the jurisdiction's admins). */
  snapshot: ExchangeSnapshotPage;
  /** Startups, by name unless ordered otherwise. */
  startups: StartupConnection;
  /** Support grants. */
  supportGrants: SupportGrantConnection;
  /** The accounts of a province, by e-mail; null for anyone but its province admins. */
  userAccounts: Maybe<Array<UserAccount>>;
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
export type QueryapiKeysArgs = {
  jurisdiction: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryauditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: AuditFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerychangesArgs = {
  after: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdiction: Scalars['String']['input'];
};


/** The root of every read. */
export type QuerycompetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompetitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QueryeventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QueryincubationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncubationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryincubatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncubatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QueryindicatorCountArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  indicator: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryinvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryinvestorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QuerymentorSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  startup: Scalars['ID']['input'];
};


/** The root of every read. */
export type QuerymentorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QuerymentorshipGapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};


/** The root of every read. */
export type QuerymentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorshipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerynationalSummaryArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
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
export type QuerynotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read. */
export type QueryoverdueArgs = {
  agency?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<OverdueKind>>;
  period?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read. */
export type QueryplanByNumberArgs = {
  jurisdiction: Scalars['String']['input'];
  number: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryplanDiffArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['Int']['input'];
  plan: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryplanReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  plan: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryplanVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  plan: Scalars['ID']['input'];
};


/** The root of every read. */
export type QueryplansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QuerypullStateArgs = {
  jurisdiction: Scalars['String']['input'];
  source: Scalars['String']['input'];
};


/** The root of every read. */
export type QueryregistryCountArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  jurisdiction: Scalars['String']['input'];
  kind: RegistryCountKind;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. */
export type QueryreportingRoundArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  period: Scalars['String']['input'];
  plan: Scalars['ID']['input'];
};


/** The root of every read. */
export type QuerysearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/** The root of every read. */
export type QuerysnapshotArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdiction: Scalars['String']['input'];
};


/** The root of every read. */
export type QuerystartupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StartupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QuerysupportGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportGrantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegistryOrder>;
};


/** The root of every read. */
export type QueryuserAccountsArgs = {
  jurisdiction: Scalars['String']['input'];
};

/** Who has recognised an incubator. */
export type RecognitionLevel =
  /** Member of an international network. */
  | 'INTERNATIONAL'
  /** Recognised nationally (Bộ KH&CN, the National Innovation Centre). */
  | 'NATIONAL'
  /** Not recognised. */
  | 'NONE'
  /** Recognised by the province. */
  | 'PROVINCIAL';

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

/** A registry count with its drill-down. */
export type RegistryCount = {
  __typename?: 'RegistryCount';
  /** The last day counted. */
  asOf: Scalars['Date']['output'];
  /** The items counted. */
  items: Array<CountedItem>;
  /** The jurisdiction counted. */
  jurisdiction: Jurisdiction;
  /** What was counted. */
  kind: RegistryCountKind;
  /** How many. */
  value: Scalars['Int']['output'];
  /** The year counted within, for a count per year; null for a level as of `asOf`. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A count the registry can make (DESIGN.md §3: indicators derived live from the registry). */
export type RegistryCountKind =
  /** Projects supported by the provincial budget: distinct beneficiaries of PROVINCIAL_BUDGET grants. */
  | 'BUDGET_SUPPORTED_PROJECTS'
  /** Commercialised products, by commercialisation date. */
  | 'COMMERCIALISED_PRODUCTS'
  /** Recognised incubators and innovation centres (recognition level other than NONE). */
  | 'INCUBATORS'
  /** Startups eligible as innovative startups on the day (≤ 5 years from first registration); always a level. */
  | 'INNOVATIVE_STARTUPS'
  /** Patents and utility solutions, by grant date. */
  | 'PATENTS'
  /** Training courses held (TRAINING events), by end date. */
  | 'TRAININGS';

/** The result of deleting a registry record (it stays as a tombstone in the audit trail and the change feed). */
export type RegistryDeletePayload = {
  __typename?: 'RegistryDeletePayload';
  /** The ID of the deleted record. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why the delete was refused, if it was. */
  userErrors: Array<UserError>;
};

/** How to order a registry list. */
export type RegistryOrder = {
  /** The direction. */
  direction?: InputMaybe<OrderDirection>;
  /** The field. */
  field: RegistryOrderField;
};

/** Registry list order fields. */
export type RegistryOrderField =
  /** By when the record was created here. */
  | 'CREATED_AT'
  /**
   * By the record's main date: a startup's first registration, an incubator's establishment, a
   * competition's first phase, an event's start, an investment's or grant's date. Read from an index, so
   * a page costs its page. Records without their date come last in ascending order and first in
   * descending; mentors and investors have no main date and read as NAME.
   */
  | 'DATE'
  /** By name, diacritic-insensitively. */
  | 'NAME';

/** Runs the daily reminders now, as the scheduled job does. */
export type RemindersRunInput = {
  /** The day to run for; today when left out. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Remind of rounds due within this many days; 7 when left out. */
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** The jurisdiction (code). */
  jurisdiction: Scalars['String']['input'];
};

/** What a reminders run did. */
export type RemindersRunPayload = {
  __typename?: 'RemindersRunPayload';
  /** New notifications made (a run on the same day makes none twice). */
  created: Scalars['Int']['output'];
  /** Notifications that already existed and were left alone. */
  existing: Scalars['Int']['output'];
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A plan's reporting calendar: its rounds and due dates. */
export type ReportingCalendar = {
  __typename?: 'ReportingCalendar';
  /** Days after a period ends that its reports are due. */
  dueAfterDays: Scalars['Int']['output'];
  /** Frequencies configured. */
  frequencies: Array<ReportingFrequency>;
  /** Every round over the plan's period, in due-date order. */
  rounds: Array<ReportingRoundSchedule>;
  /** When it was last set. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version; pass it as `expectedVersion` to change the calendar. */
  version: Scalars['Int']['output'];
};

/** The result of setting a calendar. */
export type ReportingCalendarPayload = {
  __typename?: 'ReportingCalendarPayload';
  /** The calendar as it now is. */
  calendar: Maybe<ReportingCalendar>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Sets a plan's reporting calendar; its rounds are generated over the plan's period. */
export type ReportingCalendarSetInput = {
  /** Days after a period ends that its reports are due; 10 when left out. */
  dueAfterDays?: InputMaybe<Scalars['Int']['input']>;
  /** The calendar's version you read; 0 when the plan has none yet. */
  expectedVersion: Scalars['Int']['input'];
  /** One or more frequencies (quarterly and yearly, say). */
  frequencies: Array<ReportingFrequency>;
  /** The plan (global ID). */
  plan: Scalars['ID']['input'];
};

/** How often a plan's agencies report (kỳ báo cáo). */
export type ReportingFrequency =
  /** Every half year (6 tháng): periods `2026-H1`, `2026-H2`. */
  | 'HALF_YEARLY'
  /** Every month (hằng tháng): periods `2026-01` … `2026-12`. */
  | 'MONTHLY'
  /** Every quarter (hằng quý): periods `2026-Q1` … `2026-Q4`. */
  | 'QUARTERLY'
  /** Every year (hằng năm): period `2026`. */
  | 'YEARLY';

/** One reporting round of a plan: what is expected, received, approved, returned and missing, per agency. */
export type ReportingRound = {
  __typename?: 'ReportingRound';
  /** Indicator actuals, each indicator counted once. */
  actuals: RoundCounts;
  /** Per agency, by name. */
  agencies: Array<RoundAgency>;
  /** The date the round was judged at. */
  asOf: Scalars['Date']['output'];
  /** Due date. */
  dueOn: Scalars['Date']['output'];
  /** Last day of the period. */
  end: Scalars['Date']['output'];
  /** Its frequency. */
  frequency: ReportingFrequency;
  /** True when `asOf` is after the due date. */
  pastDue: Scalars['Boolean']['output'];
  /** The period. */
  period: Scalars['String']['output'];
  /** The plan. */
  plan: Plan;
  /** Task reports, all agencies (each task report counted once per lead agency). */
  reports: RoundCounts;
  /** First day of the period. */
  start: Scalars['Date']['output'];
};

/** One reporting round of a plan's calendar (kỳ báo cáo). */
export type ReportingRoundSchedule = {
  __typename?: 'ReportingRoundSchedule';
  /** The day reports and actuals are due (hạn gửi báo cáo). */
  dueOn: Scalars['Date']['output'];
  /** Last day of the period. */
  end: Scalars['Date']['output'];
  /** Which frequency of the calendar it belongs to. */
  frequency: ReportingFrequency;
  /** The period: `2026-Q3`, `2026-H1`, `2026` or `2026-09`. */
  period: Scalars['String']['output'];
  /** First day of the period. */
  start: Scalars['Date']['output'];
};

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
  /** A national network (the Ministry, the National Innovation Centre): reads every province. A reader: it never pulls into a deployment. */
  | 'NATIONAL'
  /** The provincial Department of Science and Technology (Sở KH&CN): everything in its provinces. */
  | 'PROVINCE_ADMIN'
  /** No token, or a partner portal's key: published data only. */
  | 'PUBLIC'
  /** The operator of this (receiving) deployment's pulls (docs/exchange.md): applies records from the sources this deployment's configuration binds, and reads their pull state. Issued only by this deployment's admin (locally `npm run token -- --role PULL_OPERATOR`; deployed, the Cognito group PULL_OPERATOR); reads like PUBLIC otherwise. */
  | 'PULL_OPERATOR';

/** One indicator actual a round expects from an agency. */
export type RoundActual = {
  __typename?: 'RoundActual';
  /** The indicator. */
  indicator: Indicator;
  /** The actual, when the caller may see it. */
  observation: Maybe<Observation>;
  /** Where its actual for the period stands. */
  state: RoundItemState;
};

/** What a round expects from one agency, and what it sent. */
export type RoundAgency = {
  __typename?: 'RoundAgency';
  /** Its indicator actuals. */
  actuals: RoundCounts;
  /** The agency. */
  agency: Agency;
  /** Each expected actual. */
  indicators: Array<RoundActual>;
  /** Its task reports. */
  reports: RoundCounts;
  /** Each expected task report. */
  tasks: Array<RoundTask>;
};

/** Counts of one kind of expected item in a reporting round. */
export type RoundCounts = {
  __typename?: 'RoundCounts';
  /** How many are approved. */
  approved: Scalars['Int']['output'];
  /** How many are expected. */
  expected: Scalars['Int']['output'];
  /** How many were never submitted (none, or a draft only). */
  missing: Scalars['Int']['output'];
  /** How many were submitted at least once (submitted, approved or returned). */
  received: Scalars['Int']['output'];
  /** How many are returned for correction. */
  returned: Scalars['Int']['output'];
};

/** Where one expected report or actual of a reporting round stands. */
export type RoundItemState =
  /** Approved by the department (đã duyệt). */
  | 'APPROVED'
  /** Written but not submitted (nháp); counted as missing. Shown only to the jurisdiction's admins and agencies: to national networks a draft is MISSING (not received). */
  | 'DRAFT'
  /** Nothing sent yet (chưa gửi); a draft the agency has not submitted counts as missing too. */
  | 'MISSING'
  /** Returned to the agency to correct (trả lại). */
  | 'RETURNED'
  /** Submitted, waiting for review (đã gửi). */
  | 'SUBMITTED';

/** One task report a round expects from an agency. */
export type RoundTask = {
  __typename?: 'RoundTask';
  /** The report, when the caller may see it. */
  report: Maybe<TaskReport>;
  /** Where the agency's report for the period stands. */
  state: RoundItemState;
  /** The task. */
  task: Task;
};

/** Anything search finds. */
export type SearchResult = Competition | Event | Incubator | Indicator | Investor | Mentor | Plan | Startup | Task;

/** A page of search results. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** Items with cursors. */
  edges: Array<SearchResultEdge>;
  /** Items, best match first. */
  nodes: Array<SearchResult>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A search result in a page. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The object found. */
  node: SearchResult;
};

/** What search looks in. */
export type SearchType =
  /** Competitions. */
  | 'COMPETITION'
  /** Events. */
  | 'EVENT'
  /** Incubators. */
  | 'INCUBATOR'
  /** Indicators of plans the caller may see: name, unit and note. */
  | 'INDICATOR'
  /** Investors. */
  | 'INVESTOR'
  /** Mentors. */
  | 'MENTOR'
  /** Plans (a draft only for its jurisdiction's admins): number, title, purposes, requirements, objectives. */
  | 'PLAN'
  /** Startups. */
  | 'STARTUP'
  /** Tasks of plans the caller may see: title, content and outputs. */
  | 'TASK';

/** The plans' priority sectors (lĩnh vực ưu tiên). */
export type Sector =
  /** Agro-processing (chế biến nông sản). */
  | 'AGRO_PROCESSING'
  /** Border economy (kinh tế cửa khẩu). */
  | 'BORDER_ECONOMY'
  /** Digital transformation (chuyển đổi số). */
  | 'DIGITAL_TRANSFORMATION'
  /** Electronics and semiconductors (điện tử, bán dẫn), Bắc Ninh's industrial base. */
  | 'ELECTRONICS_SEMICONDUCTORS'
  /** Green and circular economy (kinh tế xanh, kinh tế tuần hoàn). */
  | 'GREEN_CIRCULAR_ECONOMY'
  /** High-tech agriculture (nông nghiệp công nghệ cao). */
  | 'HIGH_TECH_AGRICULTURE'
  /** Medicinal herbs (dược liệu). */
  | 'MEDICINAL_HERBS'
  /** OCOP products (sản phẩm OCOP). */
  | 'OCOP_PRODUCTS'
  /** Anything else. */
  | 'OTHER'
  /** Tourism (du lịch). */
  | 'TOURISM';

/** A year where the approved actual and the registry count differ by more than the tolerance. */
export type SeriesDisagreement = {
  __typename?: 'SeriesDisagreement';
  /** The approved actual. */
  approved: Scalars['Float']['output'];
  /** registry − approved, in the indicator's unit. */
  difference: Scalars['Float']['output'];
  /** The registry count. */
  registry: Scalars['Float']['output'];
  /** |registry − approved| as a share of the larger of the two, in percent; flagged above 10%. */
  relativePercent: Scalars['Float']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** One year's value of a series. */
export type SeriesValue = {
  __typename?: 'SeriesValue';
  /** The last day the value describes (the period end of an approved actual; asOf for a registry count of the running year). */
  periodEnd: Scalars['Date']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Planned against spent for one funding source. */
export type SourceBalance = {
  __typename?: 'SourceBalance';
  /** True when spending exceeds the plan for this source (flagged, not refused). */
  overspent: Scalars['Boolean']['output'];
  /** Planned. */
  planned: Money;
  /** Planned minus spent; negative when overspent. */
  remaining: Money;
  /** The kind of source. */
  source: FundingSourceKind;
  /** Spent. */
  spent: Money;
};

/** Money spent on a task (chi tiêu), with its source and evidence. Read by those who read the task's budget (Task.budget); `node` answers null for everyone else. */
export type SpendingEntry = Node & {
  __typename?: 'SpendingEntry';
  /** The agency that spent it. */
  agency: Maybe<Agency>;
  /** How much. */
  amount: Money;
  /** Evidence files (invoices, contracts). */
  attachments: Array<Attachment>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What for. */
  description: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** From which source. */
  source: FundingSourceKind;
  /** When. */
  spentOn: Scalars['Date']['output'];
  /** The task. */
  task: Task;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of spending entries. */
export type SpendingEntryConnection = {
  __typename?: 'SpendingEntryConnection';
  /** The entries with their cursors. */
  edges: Array<SpendingEntryEdge>;
  /** The entries of this page. */
  nodes: Array<SpendingEntry>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A spending entry in a page. */
export type SpendingEntryEdge = {
  __typename?: 'SpendingEntryEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: SpendingEntry;
};

/** The result of recording or deleting spending. */
export type SpendingEntryPayload = {
  __typename?: 'SpendingEntryPayload';
  /** The task's budget after the change, with any flag. */
  budget: Maybe<TaskBudget>;
  /** The entry (on delete, as it was). */
  spendingEntry: Maybe<SpendingEntry>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Money spent on a task. */
export type SpendingRecordInput = {
  /** The spending agency (global ID); an AGENCY caller may leave it out. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** How much (VND). */
  amount: MoneyInput;
  /** What for. */
  description: Scalars['String']['input'];
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** From which source. */
  source: FundingSourceKind;
  /** When. */
  spentOn: Scalars['Date']['input'];
  /** The task (global ID). */
  task: Scalars['ID']['input'];
};

/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type Startup = Node & {
  __typename?: 'Startup';
  /** Its competition applications, newest first. */
  applications: CompetitionApplicationConnection;
  /** Awards: competition awards won here, then others, newest first. */
  awards: Array<Award>;
  /** Commune or ward (xã, phường). */
  commune: Maybe<Scalars['String']['output']>;
  /** Demo data loaded by `npm start`, not a real enterprise. */
  demo: Scalars['Boolean']['output'];
  /** What it does. */
  description: Maybe<Scalars['String']['output']>;
  /** Whether it counts as an innovative startup on `asOf` (default today). */
  eligibility: Eligibility;
  /** Enterprise code (mã số doanh nghiệp), 10 digits or 13 for a branch; unique in the jurisdiction. */
  enterpriseCode: Maybe<Scalars['String']['output']>;
  /** Date of the first enterprise registration certificate. */
  firstRegisteredOn: Maybe<Scalars['Date']['output']>;
  /** Founders. */
  founders: Array<Founder>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Its incubations, newest first. */
  incubations: IncubationConnection;
  /** The incubator it is in today, if any. */
  incubator: Maybe<Incubator>;
  /** Patents and utility solutions. */
  intellectualProperty: Array<IntellectualProperty>;
  /** Investments it received, newest first. */
  investments: InvestmentConnection;
  /** The jurisdiction whose registry holds it. */
  jurisdiction: Jurisdiction;
  /** Its current mentors (active mentorships). */
  mentors: MentorConnection;
  /** Its mentorships, newest first. */
  mentorships: MentorshipConnection;
  /** Name. */
  name: Scalars['String']['output'];
  /** Products. */
  products: Array<Product>;
  /** Sectors. */
  sectors: Array<Sector>;
  /** Stage. */
  stage: StartupStage;
  /** Support grants it received (hỗ trợ), newest first. */
  supportReceived: SupportGrantConnection;
  /** When it was last changed here. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** At least half the founders are women. */
  womenLed: Scalars['Boolean']['output'];
  /** At least half the founders are young (under 35). */
  youthLed: Scalars['Boolean']['output'];
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupapplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupeligibilityArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupincubationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupinvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupmentorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupmentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentorshipStatus>;
};


/** A startup or startup project (doanh nghiệp / dự án khởi nghiệp đổi mới sáng tạo). */
export type StartupsupportReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of startups. */
export type StartupConnection = {
  __typename?: 'StartupConnection';
  /** Items with cursors. */
  edges: Array<StartupEdge>;
  /** Items. */
  nodes: Array<Startup>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new startup. */
export type StartupCreateInput = {
  /** Awards from elsewhere. */
  awards?: InputMaybe<Array<ExternalAwardInput>>;
  /** Commune or ward. */
  commune?: InputMaybe<Scalars['String']['input']>;
  /** What it does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Enterprise code, 10 digits or 13 for a branch; unique in the jurisdiction. */
  enterpriseCode?: InputMaybe<Scalars['String']['input']>;
  /** Date of first registration; required unless a PROJECT. */
  firstRegisteredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Founders. */
  founders?: InputMaybe<Array<FounderInput>>;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Patents and utility solutions. */
  intellectualProperty?: InputMaybe<Array<IntellectualPropertyInput>>;
  /** Jurisdiction code of the registry. */
  jurisdiction: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Products. */
  products?: InputMaybe<Array<ProductInput>>;
  /** Sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Stage. */
  stage: StartupStage;
};

/** A startup in a page. */
export type StartupEdge = {
  __typename?: 'StartupEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The startup. */
  node: Startup;
};

/** Which startups. */
export type StartupFilter = {
  /** Only startups eligible as innovative startups on this day. */
  eligibleOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Words in the name, description, commune or products, diacritic- and case-insensitive ("khoi nghiep" finds "Khởi nghiệp"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only startups in this sector. */
  sector?: InputMaybe<Sector>;
  /** Only this stage. */
  stage?: InputMaybe<StartupStage>;
  /** Only women-led (true) or not (false). */
  womenLed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only youth-led (true) or not (false). */
  youthLed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of a change to a startup. */
export type StartupPayload = {
  __typename?: 'StartupPayload';
  /** The startup as it now is. */
  startup: Maybe<Startup>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Where a startup is in its life. */
export type StartupStage =
  /** No longer supported as a startup (đã trưởng thành). */
  | 'GRADUATED'
  /** Stopped operating (ngừng hoạt động). */
  | 'INACTIVE'
  /** A project not yet registered as an enterprise (dự án khởi nghiệp). */
  | 'PROJECT'
  /** A startup growing fast (giai đoạn mở rộng). */
  | 'SCALEUP'
  /** A registered startup enterprise (doanh nghiệp khởi nghiệp). */
  | 'STARTUP';

/** Changes to a startup; fields left out stay as they are, lists are replaced. */
export type StartupUpdateInput = {
  /** Awards from elsewhere. */
  awards?: InputMaybe<Array<ExternalAwardInput>>;
  /** Commune or ward. */
  commune?: InputMaybe<Scalars['String']['input']>;
  /** What it does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Enterprise code. */
  enterpriseCode?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Date of first registration. */
  firstRegisteredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Founders. */
  founders?: InputMaybe<Array<FounderInput>>;
  /** The startup. */
  id: Scalars['ID']['input'];
  /** Patents and utility solutions. */
  intellectualProperty?: InputMaybe<Array<IntellectualPropertyInput>>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Products. */
  products?: InputMaybe<Array<ProductInput>>;
  /** Sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Stage. */
  stage?: InputMaybe<StartupStage>;
};

/** Money paid to support a startup or project (hỗ trợ kinh phí). */
export type SupportGrant = Node & {
  __typename?: 'SupportGrant';
  /** Amount. */
  amount: Money;
  /** The competition application whose award it follows. */
  application: Maybe<CompetitionApplication>;
  /** The startup supported, when registered here. */
  beneficiary: Maybe<Startup>;
  /** The beneficiary's name. */
  beneficiaryName: Scalars['String']['output'];
  /** Day paid or decided. */
  date: Scalars['Date']['output'];
  /** Demo data loaded by `npm start`. */
  demo: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The jurisdiction that paid. */
  jurisdiction: Jurisdiction;
  /** The policy basis (Nghị định 80/2020/NĐ-CP, Nghị quyết 93/2021/NQ-HĐND). */
  policyBasis: Scalars['String']['output'];
  /** What for. */
  purpose: Maybe<Scalars['String']['output']>;
  /** Where the money came from. */
  source: GrantSource;
  /** The source as named. */
  sourceName: Maybe<Scalars['String']['output']>;
  /** The plan task it carries out. */
  task: Maybe<Task>;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** A page of support grants. */
export type SupportGrantConnection = {
  __typename?: 'SupportGrantConnection';
  /** Items with cursors. */
  edges: Array<SupportGrantEdge>;
  /** Items. */
  nodes: Array<SupportGrant>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A new support grant. */
export type SupportGrantCreateInput = {
  /** Amount. */
  amount: MoneyInput;
  /** The awarded application it follows. */
  application?: InputMaybe<Scalars['ID']['input']>;
  /** The startup supported, when registered here. */
  beneficiary?: InputMaybe<Scalars['ID']['input']>;
  /** The beneficiary's name; the startup's when left out. */
  beneficiaryName?: InputMaybe<Scalars['String']['input']>;
  /** Day. */
  date: Scalars['Date']['input'];
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Jurisdiction code. */
  jurisdiction: Scalars['String']['input'];
  /** Policy basis. */
  policyBasis: Scalars['String']['input'];
  /** What for. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source: GrantSource;
  /** Source as named. */
  sourceName?: InputMaybe<Scalars['String']['input']>;
  /** The plan task. */
  task?: InputMaybe<Scalars['ID']['input']>;
};

/** A support grant in a page. */
export type SupportGrantEdge = {
  __typename?: 'SupportGrantEdge';
  /** Position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The grant. */
  node: SupportGrant;
};

/** Which support grants. */
export type SupportGrantFilter = {
  /** Only this jurisdiction. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Words in the beneficiary, policy basis or purpose. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only from this source. */
  source?: InputMaybe<GrantSource>;
  /** Only grants dated in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a change to a support grant. */
export type SupportGrantPayload = {
  __typename?: 'SupportGrantPayload';
  /** The grant as it now is. */
  supportGrant: Maybe<SupportGrant>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Changes to a support grant. */
export type SupportGrantUpdateInput = {
  /** Amount. */
  amount?: InputMaybe<MoneyInput>;
  /** Day. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The grant. */
  id: Scalars['ID']['input'];
  /** Policy basis. */
  policyBasis?: InputMaybe<Scalars['String']['input']>;
  /** What for. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Source. */
  source?: InputMaybe<GrantSource>;
  /** Source as named. */
  sourceName?: InputMaybe<Scalars['String']['input']>;
};

/** A milestone target changed by an amendment. */
export type TargetAmendment = {
  /** The indicator (global ID). */
  indicator: Scalars['ID']['input'];
  /** The cell as written; empty removes the target. */
  text: Scalars['String']['input'];
  /** The milestone year. */
  year: Scalars['Int']['input'];
};

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
  /** Planned and spent money: for the jurisdiction's province admins, national networks and the task's lead agencies, here and on a national deployment's pulled copy; null for everyone else. */
  budget: Maybe<TaskBudget>;
  /** Its sub-tasks, ordered by code. */
  children: TaskConnection;
  /** Its number in the plan (`1`, `3.1`). */
  code: Scalars['String']['output'];
  /** Content paragraphs (nội dung), as written. */
  content: Array<Scalars['String']['output']>;
  /** Coordinating agencies (cơ quan phối hợp). */
  coordinatingAgencies: Array<Agency>;
  /** Recorded deliveries of its outputs, oldest first. */
  deliveries: Array<TaskDelivery>;
  /** Events held for this task — trainings against "02 lớp tập huấn", contests, conferences — by date. */
  events: EventConnection;
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
  /** Its status as of a date (default today, Asia/Ho_Chi_Minh), explained. */
  status: TaskStatusReport;
  /** When (thời gian thực hiện), as written and as dates. */
  timeline: Maybe<Timeline>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Whether the title is the plan's wording or supplied by the editor (Bắc Ninh's heading 3 is missing from the text we hold). */
  titleSource: TextSource;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskchildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskeventsArgs = {
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


/** A task of a plan (nhiệm vụ, nội dung thực hiện), in a tree by code. */
export type TaskstatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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

/** A task changed, added or removed by an amendment: give `task` to change or delete one, `code` to add one. */
export type TaskAmendment = {
  /** Agencies and roles (replaces). */
  agencies?: InputMaybe<Array<TaskAgencyInput>>;
  /** A new task's code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Content paragraphs (replaces). */
  content?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Remove the task. */
  delete?: InputMaybe<Scalars['Boolean']['input']>;
  /** Quantified outputs (replaces). */
  outputs?: InputMaybe<Array<TaskOutputInput>>;
  /** An existing task (global ID). */
  task?: InputMaybe<Scalars['ID']['input']>;
  /** When, as written. */
  timeline?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Agencies to give a task: each is added with its role, or has its role changed if the task already names it. */
export type TaskAssignAgenciesInput = {
  /** The agencies and their roles; at least one. */
  agencies: Array<TaskAgencyInput>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The task. */
  id: Scalars['ID']['input'];
  /** Why, for the audit trail (the decision or the meeting that assigned them). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A task's money: what was planned per source and what was spent. */
export type TaskBudget = {
  __typename?: 'TaskBudget';
  /** Planned against spent, per source. */
  bySource: Array<SourceBalance>;
  /** True when any source is overspent. */
  flagged: Scalars['Boolean']['output'];
  /** Why it is flagged, one line per source. */
  flags: Array<Scalars['String']['output']>;
  /** Planned amounts by source. */
  planned: Array<BudgetLine>;
  /** Sum of planned amounts. */
  plannedTotal: Money;
  /** Spending entries, newest first. */
  spending: SpendingEntryConnection;
  /** Sum of spending. */
  spentTotal: Money;
  /** The task. */
  task: Task;
  /** Optimistic-locking version of the planned amounts; 0 before any are set. */
  version: Scalars['Int']['output'];
};


/** A task's money: what was planned per source and what was spent. */
export type TaskBudgetspendingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of setting a task's budget. */
export type TaskBudgetPayload = {
  __typename?: 'TaskBudgetPayload';
  /** The budget as it now is. */
  budget: Maybe<TaskBudget>;
  /** Why the change was refused, if it was. */
  userErrors: Array<UserError>;
};

/** Sets a task's planned amounts (replaces the list). */
export type TaskBudgetSetInput = {
  /** The budget's version you read; 0 when none is set. */
  expectedVersion: Scalars['Int']['input'];
  /** Planned amounts; at most one line per kind of source. */
  lines: Array<BudgetLineInput>;
  /** The task (global ID). */
  task: Scalars['ID']['input'];
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
  /** Where the title comes from; PLAN when left out. */
  titleSource?: InputMaybe<TextSource>;
};

/** The result of deleting a task. */
export type TaskDeletePayload = {
  __typename?: 'TaskDeletePayload';
  /** The ID of the deleted task (now a tombstone). */
  deletedTaskId: Maybe<Scalars['ID']['output']>;
  /** Why the delete was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A recorded delivery of a task's output (\"01 lớp tập huấn held on 2026-05-20\"). */
export type TaskDelivery = Node & {
  __typename?: 'TaskDelivery';
  /** Evidence files. */
  attachments: Array<Attachment>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** When. */
  deliveredOn: Scalars['Date']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What was held or made. */
  note: Maybe<Scalars['String']['output']>;
  /** The output delivered, as the plan writes it. */
  output: TaskOutput;
  /** How many. */
  quantity: Scalars['Float']['output'];
  /** The task. */
  task: Task;
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
};

/** The result of recording a delivery. */
export type TaskDeliveryPayload = {
  __typename?: 'TaskDeliveryPayload';
  /** The delivery. */
  delivery: Maybe<TaskDelivery>;
  /** Why it was refused, if it was. */
  userErrors: Array<UserError>;
};

/** A delivery of one of a task's outputs. */
export type TaskDeliveryRecordInput = {
  /** When. */
  deliveredOn: Scalars['Date']['input'];
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was held or made. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Which output, by position in `Task.outputs` (0 for the first). */
  output: Scalars['Int']['input'];
  /** How many were delivered. */
  quantity: Scalars['Float']['input'];
  /** The task (global ID). */
  task: Scalars['ID']['input'];
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
  /** Evidence files. */
  attachments: Array<Attachment>;
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

/** The corrected content of a draft or returned progress report. */
export type TaskReportUpdateInput = {
  /** Links to evidence; left out keeps the current links. */
  evidence?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** The version read; CONFLICT when someone changed it since. */
  expectedVersion: Scalars['Int']['input'];
  /** The report (global ID). */
  id: Scalars['ID']['input'];
  /** What was done (replaces the text). */
  narrative: Scalars['String']['input'];
  /** How complete, 0–100; null clears it. */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
};

/** A task's status as of a date, computed from its timeline, phases, outputs delivered and reports. */
export type TaskStatus =
  /** Under way but behind: progress lags the time elapsed, or a report is overdue (có nguy cơ chậm). */
  | 'AT_RISK'
  /** Finished: an approved report says 100% and every counted output is delivered (hoàn thành). */
  | 'DONE'
  /** Under way and keeping pace (đang thực hiện). */
  | 'IN_PROGRESS'
  /** Its start date has not come and nothing is reported (chưa bắt đầu). */
  | 'NOT_STARTED'
  /** Its end date has passed and it is not done (quá hạn). */
  | 'OVERDUE'
  /** No lead agency for it or any sub-task, so no round expects a report and it cannot be judged behind; assign one with taskAssignAgencies (chưa phân công). */
  | 'UNASSIGNED';

/** A task's status as of a date, with the facts it was computed from. */
export type TaskStatusReport = {
  __typename?: 'TaskStatusReport';
  /** The date it was judged at. */
  asOf: Scalars['Date']['output'];
  /** Percent of its time elapsed at `asOf`. */
  elapsedPercent: Maybe<Scalars['Int']['output']>;
  /** Last day of the task. */
  end: Maybe<Scalars['Date']['output']>;
  /** Why, one fact each, as catalogue codes with their parameters, renderable in Vietnamese. */
  explanations: Array<Explanation>;
  /** The latest approved report, by period. */
  latestApprovedReport: Maybe<TaskReport>;
  /** Quantified outputs and deliveries. */
  outputs: Array<OutputProgress>;
  /** Percent complete in the latest approved report. */
  percentComplete: Maybe<Scalars['Int']['output']>;
  /** Why, in English, one line per fact (the same sentences as `explanations`). */
  reasons: Array<Scalars['String']['output']>;
  /** Since when the status holds, where known (OVERDUE: the day after the end date). */
  since: Maybe<Scalars['Date']['output']>;
  /** First day of the task (timeline, else its phases, else the plan's period). */
  start: Maybe<Scalars['Date']['output']>;
  /** The status. */
  status: TaskStatus;
};

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
  /** Where the title comes from; a new title left without it is the plan's (PLAN). */
  titleSource?: InputMaybe<TextSource>;
};

/** Where a piece of a plan's text comes from. */
export type TextSource =
  /** Supplied by whoever entered the plan, because the text we hold does not have it (do biên tập viên bổ sung); show it as such, not as the plan's wording. */
  | 'EDITOR'
  /** The plan's own wording, as written (nguyên văn kế hoạch). */
  | 'PLAN';

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

/** Where and how to upload an attachment's bytes: a presigned, short-lived URL. */
export type UploadTicket = {
  __typename?: 'UploadTicket';
  /** The URL stops working after this. */
  expiresAt: Scalars['DateTime']['output'];
  /** With these headers. */
  headers: Array<HttpHeader>;
  /** With this method (PUT). */
  method: Scalars['String']['output'];
  /** Send the file here. */
  url: Scalars['URL']['output'];
};

/**
 * A person who signs in to this deployment (docs/accounts.md): deployed, a user of its Cognito user
 * pool; locally, an entry of the local key's user list. Read and managed by the jurisdiction's
 * province admins only.
 */
export type UserAccount = {
  __typename?: 'UserAccount';
  /** The agency a clerk reports for; null for an administrator. */
  agency: Maybe<Agency>;
  /** When the account was created; null when the directory does not say. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The person's name as the department wrote it; null when not given. */
  displayName: Maybe<Scalars['String']['output']>;
  /** The e-mail address the person signs in with (their user name). */
  email: Scalars['EmailAddress']['output'];
  /** False once disabled: the person can no longer sign in or refresh a sign-in. */
  enabled: Scalars['Boolean']['output'];
  /** The province the account acts in, e.g. `04`. */
  jurisdiction: Scalars['String']['output'];
  /** What the person may do. */
  role: AccountRole;
  /** Where the sign-up stands: FORCE_CHANGE_PASSWORD until the first sign-in, CONFIRMED after (deployed); LOCAL for a local account. */
  status: Scalars['String']['output'];
};

/**
 * A new account. Deployed, Cognito e-mails the person a temporary password; at the first sign-in
 * they choose a password and enrol an authenticator app (MFA is required for everyone).
 */
export type UserAccountCreateInput = {
  /** For AGENCY: the agency of the same province the clerk reports for. Must be absent for PROVINCE_ADMIN. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** The person's name, shown to the department (at most 100 characters). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The person's e-mail address: their user name, unique in the deployment. */
  email: Scalars['EmailAddress']['input'];
  /** The province the account acts in: one the caller administers. */
  jurisdiction: Scalars['String']['input'];
  /** PROVINCE_ADMIN or AGENCY. */
  role: AccountRole;
};

/** The outcome of an account mutation. */
export type UserAccountPayload = {
  __typename?: 'UserAccountPayload';
  /** The account as it now stands; null when the mutation was refused. */
  userAccount: Maybe<UserAccount>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Which account to disable or enable. */
export type UserAccountStateInput = {
  /** The account's e-mail address. */
  email: Scalars['EmailAddress']['input'];
  /** The province the account acts in. */
  jurisdiction: Scalars['String']['input'];
  /** Why, for the audit trail (e.g. "chuyển công tác"). */
  note?: InputMaybe<Scalars['String']['input']>;
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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CountedRecord:
    | ( EventMapper & { __typename: 'Event' } )
    | ( IncubatorMapper & { __typename: 'Incubator' } )
    | ( StartupMapper & { __typename: 'Startup' } )
    | ( SupportGrantMapper & { __typename: 'SupportGrant' } )
  ;
  SearchResult:
    | ( CompetitionMapper & { __typename: 'Competition' } )
    | ( EventMapper & { __typename: 'Event' } )
    | ( IncubatorMapper & { __typename: 'Incubator' } )
    | ( IndicatorMapper & { __typename: 'Indicator' } )
    | ( InvestorMapper & { __typename: 'Investor' } )
    | ( MentorMapper & { __typename: 'Mentor' } )
    | ( PlanMapper & { __typename: 'Plan' } )
    | ( StartupMapper & { __typename: 'Startup' } )
    | ( TaskMapper & { __typename: 'Task' } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgencyMapper & { __typename: 'Agency' } )
    | ( ApiKeyMapper & { __typename: 'ApiKey' } )
    | ( AttachmentMapper & { __typename: 'Attachment' } )
    | ( CompetitionMapper & { __typename: 'Competition' } )
    | ( CompetitionApplicationMapper & { __typename: 'CompetitionApplication' } )
    | ( EventMapper & { __typename: 'Event' } )
    | ( IncubationMapper & { __typename: 'Incubation' } )
    | ( IncubatorMapper & { __typename: 'Incubator' } )
    | ( IndicatorMapper & { __typename: 'Indicator' } )
    | ( InvestmentMapper & { __typename: 'Investment' } )
    | ( InvestorMapper & { __typename: 'Investor' } )
    | ( LegalDocumentMapper & { __typename: 'LegalDocument' } )
    | ( MentorMapper & { __typename: 'Mentor' } )
    | ( MentorshipMapper & { __typename: 'Mentorship' } )
    | ( NotificationMapper & { __typename: 'Notification' } )
    | ( ObservationMapper & { __typename: 'Observation' } )
    | ( PlanMapper & { __typename: 'Plan' } )
    | ( PlanEditionMapper & { __typename: 'PlanEdition' } )
    | ( SpendingEntryMapper & { __typename: 'SpendingEntry' } )
    | ( StartupMapper & { __typename: 'Startup' } )
    | ( SupportGrantMapper & { __typename: 'SupportGrant' } )
    | ( TaskMapper & { __typename: 'Task' } )
    | ( TaskDeliveryMapper & { __typename: 'TaskDelivery' } )
    | ( TaskReportMapper & { __typename: 'TaskReport' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountRole: ResolverTypeWrapper<'PROVINCE_ADMIN' | 'AGENCY'>;
  Accumulation: ResolverTypeWrapper<'STOCK' | 'FLOW'>;
  Agency: ResolverTypeWrapper<AgencyMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgencyEdge']>, nodes: Array<ResolversTypes['Agency']> }>;
  AgencyCreateInput: AgencyCreateInput;
  AgencyDeleteInput: AgencyDeleteInput;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AgencyKind: ResolverTypeWrapper<'PEOPLES_COMMITTEE' | 'DEPARTMENT' | 'MASS_ORGANISATION' | 'COMMUNE_COMMITTEE' | 'MEDIA' | 'ASSOCIATION' | 'UNIVERSITY' | 'ENTERPRISE' | 'MINISTRY' | 'OTHER'>;
  AgencyPayload: ResolverTypeWrapper<Omit<AgencyPayload, 'agency' | 'userErrors'> & { agency?: Maybe<ResolversTypes['Agency']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AgencyResponsibility: ResolverTypeWrapper<AgencyResponsibilityMapper>;
  AgencyRole: ResolverTypeWrapper<'LEAD' | 'COORDINATING' | 'ADVISORY'>;
  AgencyUpdateInput: AgencyUpdateInput;
  ApiKey: ResolverTypeWrapper<ApiKeyMapper>;
  ApiKeyCreateInput: ApiKeyCreateInput;
  ApiKeyCreatePayload: ResolverTypeWrapper<Omit<ApiKeyCreatePayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ApiKeyRevokeInput: ApiKeyRevokeInput;
  ApplicationStatus: ResolverTypeWrapper<'SUBMITTED' | 'SHORTLISTED' | 'AWARDED' | 'NOT_SELECTED'>;
  Attachment: ResolverTypeWrapper<AttachmentMapper>;
  AttachmentCreateInput: AttachmentCreateInput;
  AttachmentPayload: ResolverTypeWrapper<Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversTypes['Attachment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AttachmentStatus: ResolverTypeWrapper<'PENDING' | 'STORED'>;
  AuditEntry: ResolverTypeWrapper<AuditEntryMapper>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuditFilter: AuditFilter;
  Award: ResolverTypeWrapper<AwardMapper>;
  Baseline: ResolverTypeWrapper<Baseline>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BaselineInput: BaselineInput;
  BudgetLine: ResolverTypeWrapper<Omit<BudgetLine, 'amount' | 'source'> & { amount: ResolversTypes['Money'], source: ResolversTypes['FundingSourceKind'] }>;
  BudgetLineInput: BudgetLineInput;
  ChangeKind: ResolverTypeWrapper<'ADDED' | 'REMOVED' | 'CHANGED'>;
  ClosedTaskStatus: ResolverTypeWrapper<ClosedTaskStatusMapper>;
  Competition: ResolverTypeWrapper<CompetitionMapper>;
  CompetitionApplication: ResolverTypeWrapper<CompetitionApplicationMapper>;
  CompetitionApplicationConnection: ResolverTypeWrapper<Omit<CompetitionApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetitionApplicationEdge']>, nodes: Array<ResolversTypes['CompetitionApplication']> }>;
  CompetitionApplicationEdge: ResolverTypeWrapper<Omit<CompetitionApplicationEdge, 'node'> & { node: ResolversTypes['CompetitionApplication'] }>;
  CompetitionApplicationPayload: ResolverTypeWrapper<Omit<CompetitionApplicationPayload, 'application' | 'userErrors'> & { application?: Maybe<ResolversTypes['CompetitionApplication']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CompetitionApplyInput: CompetitionApplyInput;
  CompetitionAward: ResolverTypeWrapper<Omit<CompetitionAward, 'prize'> & { prize?: Maybe<ResolversTypes['Money']> }>;
  CompetitionAwardInput: CompetitionAwardInput;
  CompetitionConnection: ResolverTypeWrapper<Omit<CompetitionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetitionEdge']>, nodes: Array<ResolversTypes['Competition']> }>;
  CompetitionCreateInput: CompetitionCreateInput;
  CompetitionEdge: ResolverTypeWrapper<Omit<CompetitionEdge, 'node'> & { node: ResolversTypes['Competition'] }>;
  CompetitionFilter: CompetitionFilter;
  CompetitionPayload: ResolverTypeWrapper<Omit<CompetitionPayload, 'competition' | 'userErrors'> & { competition?: Maybe<ResolversTypes['Competition']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CompetitionPhase: ResolverTypeWrapper<Omit<CompetitionPhase, 'kind'> & { kind: ResolversTypes['CompetitionPhaseKind'] }>;
  CompetitionPhaseInput: CompetitionPhaseInput;
  CompetitionPhaseKind: ResolverTypeWrapper<'PLANNING' | 'APPLICATIONS' | 'SUPPORT' | 'JUDGING' | 'AWARDS'>;
  CompetitionShortlistInput: CompetitionShortlistInput;
  CompetitionUpdateInput: CompetitionUpdateInput;
  CountedItem: ResolverTypeWrapper<CountedItemMapper>;
  CountedRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CountedRecord']>;
  CriteriaResult: ResolverTypeWrapper<CriteriaResult>;
  CurrencyCode: ResolverTypeWrapper<'VND' | 'USD'>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Eligibility: ResolverTypeWrapper<EligibilityMapper>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Event: ResolverTypeWrapper<EventMapper>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EventEdge']>, nodes: Array<ResolversTypes['Event']> }>;
  EventCreateInput: EventCreateInput;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: ResolverTypeWrapper<'FESTIVAL' | 'CONFERENCE' | 'WORKSHOP' | 'TRAINING' | 'STUDY_TOUR'>;
  EventPayload: ResolverTypeWrapper<Omit<EventPayload, 'event' | 'userErrors'> & { event?: Maybe<ResolversTypes['Event']>, userErrors: Array<ResolversTypes['UserError']> }>;
  EventUpdateInput: EventUpdateInput;
  ExchangeChange: ResolverTypeWrapper<Omit<ExchangeChange, 'record'> & { record: ResolversTypes['ExchangeRecord'] }>;
  ExchangeChangesPage: ResolverTypeWrapper<Omit<ExchangeChangesPage, 'changes'> & { changes: Array<ResolversTypes['ExchangeChange']> }>;
  ExchangeRecord: ResolverTypeWrapper<ExchangeRecordMapper>;
  ExchangeSnapshotPage: ResolverTypeWrapper<Omit<ExchangeSnapshotPage, 'records'> & { records: Array<ResolversTypes['ExchangeRecord']> }>;
  ExperienceField: ResolverTypeWrapper<'INVESTMENT' | 'FINANCE' | 'BUSINESS_SUPPORT' | 'OTHER'>;
  Explanation: ResolverTypeWrapper<ExplanationMapper>;
  ExplanationCode: ResolverTypeWrapper<'TARGET_NOT_NUMERIC' | 'TARGET_HAS_NO_RATE' | 'YEAR_ENDED_NO_VALUE' | 'YEAR_ENDED_MEETS' | 'YEAR_ENDED_MISSES' | 'NO_VALUE_YET' | 'NO_FULL_YEAR_VALUE_YET' | 'ALREADY_MET' | 'NO_TRAJECTORY' | 'INSIDE_RANGE' | 'ABOVE_RANGE' | 'AGAINST_TRAJECTORY' | 'GROWTH_TOO_FEW_YEARS' | 'GROWTH_FROM_ZERO' | 'GROWTH_AT_TARGET' | 'GROWTH_BELOW_TARGET_ENDED' | 'GROWTH_BELOW_TARGET' | 'RISING_TOO_FEW_YEARS' | 'NOT_RISING' | 'ROSE_EVERY_YEAR' | 'ROSE_SO_FAR' | 'DONE_IN_TIME' | 'DONE_LATE' | 'NOT_DONE_BY_DEADLINE' | 'NOT_DONE_YET' | 'NO_OBSERVATION' | 'JUDGED_BY_PERSON' | 'MILESTONE_NOT_DUE' | 'LATEST_REPORT' | 'NO_APPROVED_REPORT' | 'OUTPUT_DELIVERED' | 'FULL_BUT_OUTPUTS_MISSING' | 'NO_LEAD_AGENCY' | 'PAST_LAST_DAY' | 'STARTS_LATER' | 'TIME_ELAPSED' | 'REPORTS_PAST_DUE' | 'PROGRESS_TRAILS_TIME' | 'SHARES_SECTORS' | 'NO_SHARED_SECTOR' | 'EXPERTISE_MATCHES' | 'PLACES_FREE' | 'TOT_TRAINED'>;
  ExplanationParam: ResolverTypeWrapper<Omit<ExplanationParam, 'kind'> & { kind: ResolversTypes['ExplanationParamKind'] }>;
  ExplanationParamKind: ResolverTypeWrapper<'NUMBER' | 'DATE' | 'YEAR' | 'PERIOD' | 'TEXT' | 'CODE'>;
  ExternalAwardInput: ExternalAwardInput;
  FieldChange: ResolverTypeWrapper<Omit<FieldChange, 'kind'> & { kind: ResolversTypes['ChangeKind'] }>;
  FieldConfidence: ResolverTypeWrapper<FieldConfidence>;
  Founder: ResolverTypeWrapper<FounderMapper>;
  FounderInput: FounderInput;
  FundingSource: ResolverTypeWrapper<Omit<FundingSource, 'kind'> & { kind: ResolversTypes['FundingSourceKind'] }>;
  FundingSourceInput: FundingSourceInput;
  FundingSourceKind: ResolverTypeWrapper<'STATE_BUDGET' | 'DONOR' | 'OTHER'>;
  GrantSource: ResolverTypeWrapper<'PROVINCIAL_BUDGET' | 'CENTRAL_BUDGET' | 'DONOR' | 'OTHER'>;
  HttpHeader: ResolverTypeWrapper<HttpHeader>;
  ImportedIndicator: ResolverTypeWrapper<ImportedIndicatorMapper>;
  Incubation: ResolverTypeWrapper<IncubationMapper>;
  IncubationConnection: ResolverTypeWrapper<Omit<IncubationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IncubationEdge']>, nodes: Array<ResolversTypes['Incubation']> }>;
  IncubationCreateInput: IncubationCreateInput;
  IncubationEdge: ResolverTypeWrapper<Omit<IncubationEdge, 'node'> & { node: ResolversTypes['Incubation'] }>;
  IncubationFilter: IncubationFilter;
  IncubationPayload: ResolverTypeWrapper<Omit<IncubationPayload, 'incubation' | 'userErrors'> & { incubation?: Maybe<ResolversTypes['Incubation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  IncubationUpdateInput: IncubationUpdateInput;
  Incubator: ResolverTypeWrapper<IncubatorMapper>;
  IncubatorConnection: ResolverTypeWrapper<Omit<IncubatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IncubatorEdge']>, nodes: Array<ResolversTypes['Incubator']> }>;
  IncubatorCreateInput: IncubatorCreateInput;
  IncubatorCriteria: ResolverTypeWrapper<Omit<IncubatorCriteria, 'headExperienceField'> & { headExperienceField?: Maybe<ResolversTypes['ExperienceField']> }>;
  IncubatorEdge: ResolverTypeWrapper<Omit<IncubatorEdge, 'node'> & { node: ResolversTypes['Incubator'] }>;
  IncubatorFilter: IncubatorFilter;
  IncubatorKind: ResolverTypeWrapper<'INCUBATOR' | 'ACCELERATOR' | 'INNOVATION_CENTRE' | 'COWORKING' | 'OPEN_LAB' | 'UNIVERSITY_SPACE'>;
  IncubatorPayload: ResolverTypeWrapper<Omit<IncubatorPayload, 'incubator' | 'userErrors'> & { incubator?: Maybe<ResolversTypes['Incubator']>, userErrors: Array<ResolversTypes['UserError']> }>;
  IncubatorUpdateInput: IncubatorUpdateInput;
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  IndicatorAgency: ResolverTypeWrapper<IndicatorAgencyMapper>;
  IndicatorAgencyInput: IndicatorAgencyInput;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IndicatorEdge']>, nodes: Array<ResolversTypes['Indicator']> }>;
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorDerivation: ResolverTypeWrapper<'INNOVATIVE_STARTUPS' | 'INCUBATORS' | 'COMMERCIALISED_PRODUCTS' | 'BUDGET_SUPPORTED_PROJECTS' | 'PATENTS' | 'TRAININGS'>;
  IndicatorDeriveInput: IndicatorDeriveInput;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorMeasure: ResolverTypeWrapper<'COUNT' | 'PERCENT' | 'RANK' | 'INDEX' | 'GROWTH_RATE' | 'AMOUNT' | 'MILESTONE' | 'QUALITATIVE'>;
  IndicatorPayload: ResolverTypeWrapper<Omit<IndicatorPayload, 'indicator' | 'userErrors'> & { indicator?: Maybe<ResolversTypes['Indicator']>, userErrors: Array<ResolversTypes['UserError']> }>;
  IndicatorProgress: ResolverTypeWrapper<IndicatorProgressMapper>;
  IndicatorProgressSummary: ResolverTypeWrapper<IndicatorProgressSummaryMapper>;
  IndicatorSource: ResolverTypeWrapper<'APPROVED' | 'REGISTRY'>;
  IndicatorTarget: ResolverTypeWrapper<Omit<IndicatorTarget, 'comparator'> & { comparator: ResolversTypes['TargetComparator'] }>;
  IndicatorUpdateInput: IndicatorUpdateInput;
  IntellectualProperty: ResolverTypeWrapper<Omit<IntellectualProperty, 'kind'> & { kind: ResolversTypes['IpKind'] }>;
  IntellectualPropertyInput: IntellectualPropertyInput;
  Investment: ResolverTypeWrapper<InvestmentMapper>;
  InvestmentConnection: ResolverTypeWrapper<Omit<InvestmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InvestmentEdge']>, nodes: Array<ResolversTypes['Investment']> }>;
  InvestmentCreateInput: InvestmentCreateInput;
  InvestmentEdge: ResolverTypeWrapper<Omit<InvestmentEdge, 'node'> & { node: ResolversTypes['Investment'] }>;
  InvestmentFilter: InvestmentFilter;
  InvestmentPayload: ResolverTypeWrapper<Omit<InvestmentPayload, 'investment' | 'userErrors'> & { investment?: Maybe<ResolversTypes['Investment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  InvestmentUpdateInput: InvestmentUpdateInput;
  Investor: ResolverTypeWrapper<InvestorMapper>;
  InvestorConnection: ResolverTypeWrapper<Omit<InvestorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InvestorEdge']>, nodes: Array<ResolversTypes['Investor']> }>;
  InvestorCreateInput: InvestorCreateInput;
  InvestorEdge: ResolverTypeWrapper<Omit<InvestorEdge, 'node'> & { node: ResolversTypes['Investor'] }>;
  InvestorFilter: InvestorFilter;
  InvestorKind: ResolverTypeWrapper<'ANGEL' | 'VENTURE_FUND' | 'CORPORATE_VENTURE' | 'PUBLIC_FUND' | 'DONOR'>;
  InvestorPayload: ResolverTypeWrapper<Omit<InvestorPayload, 'investor' | 'userErrors'> & { investor?: Maybe<ResolversTypes['Investor']>, userErrors: Array<ResolversTypes['UserError']> }>;
  InvestorUpdateInput: InvestorUpdateInput;
  IpKind: ResolverTypeWrapper<'PATENT' | 'UTILITY_SOLUTION'>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Jurisdiction: ResolverTypeWrapper<JurisdictionMapper>;
  JurisdictionKind: ResolverTypeWrapper<'PROVINCE' | 'NATION'>;
  JurisdictionSummary: ResolverTypeWrapper<JurisdictionSummaryMapper>;
  Language: ResolverTypeWrapper<'VI' | 'EN'>;
  LegalDocument: ResolverTypeWrapper<LegalDocumentMapper>;
  LegalDocumentConnection: ResolverTypeWrapper<Omit<LegalDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LegalDocumentEdge']>, nodes: Array<ResolversTypes['LegalDocument']> }>;
  LegalDocumentEdge: ResolverTypeWrapper<Omit<LegalDocumentEdge, 'node'> & { node: ResolversTypes['LegalDocument'] }>;
  LegalDocumentInput: LegalDocumentInput;
  LegalDocumentKind: ResolverTypeWrapper<'LAW' | 'DECREE' | 'RESOLUTION' | 'PARTY_RESOLUTION' | 'DECISION' | 'PLAN' | 'CIRCULAR' | 'DIRECTIVE' | 'OTHER'>;
  Mentor: ResolverTypeWrapper<MentorMapper>;
  MentorConnection: ResolverTypeWrapper<Omit<MentorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MentorEdge']>, nodes: Array<ResolversTypes['Mentor']> }>;
  MentorCreateInput: MentorCreateInput;
  MentorEdge: ResolverTypeWrapper<Omit<MentorEdge, 'node'> & { node: ResolversTypes['Mentor'] }>;
  MentorFilter: MentorFilter;
  MentorPayload: ResolverTypeWrapper<Omit<MentorPayload, 'mentor' | 'userErrors'> & { mentor?: Maybe<ResolversTypes['Mentor']>, userErrors: Array<ResolversTypes['UserError']> }>;
  MentorSuggestion: ResolverTypeWrapper<MentorSuggestionMapper>;
  MentorUpdateInput: MentorUpdateInput;
  Mentorship: ResolverTypeWrapper<MentorshipMapper>;
  MentorshipConnection: ResolverTypeWrapper<Omit<MentorshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MentorshipEdge']>, nodes: Array<ResolversTypes['Mentorship']> }>;
  MentorshipEdge: ResolverTypeWrapper<Omit<MentorshipEdge, 'node'> & { node: ResolversTypes['Mentorship'] }>;
  MentorshipEndInput: MentorshipEndInput;
  MentorshipFilter: MentorshipFilter;
  MentorshipGap: ResolverTypeWrapper<MentorshipGapMapper>;
  MentorshipPayload: ResolverTypeWrapper<Omit<MentorshipPayload, 'mentorship' | 'userErrors'> & { mentorship?: Maybe<ResolversTypes['Mentorship']>, userErrors: Array<ResolversTypes['UserError']> }>;
  MentorshipStartInput: MentorshipStartInput;
  MentorshipStatus: ResolverTypeWrapper<'ACTIVE' | 'ENDED'>;
  MilestoneProgress: ResolverTypeWrapper<Omit<MilestoneProgress, 'explanation' | 'status' | 'target'> & { explanation: ResolversTypes['Explanation'], status: ResolversTypes['ProgressStatus'], target: ResolversTypes['IndicatorTarget'] }>;
  Money: ResolverTypeWrapper<Omit<Money, 'currency'> & { currency: ResolversTypes['CurrencyCode'] }>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalSummary: ResolverTypeWrapper<Omit<NationalSummary, 'jurisdictions'> & { jurisdictions: Array<ResolversTypes['JurisdictionSummary']> }>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationMapper>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: ResolverTypeWrapper<'DUE_SOON' | 'OVERDUE'>;
  NotificationPayload: ResolverTypeWrapper<Omit<NotificationPayload, 'notification' | 'userErrors'> & { notification?: Maybe<ResolversTypes['Notification']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Observation: ResolverTypeWrapper<ObservationMapper>;
  ObservationBatchRowInput: ObservationBatchRowInput;
  ObservationBatchRowResult: ResolverTypeWrapper<Omit<ObservationBatchRowResult, 'observation'> & { observation?: Maybe<ResolversTypes['Observation']> }>;
  ObservationBatchSubmitInput: ObservationBatchSubmitInput;
  ObservationBatchSubmitPayload: ResolverTypeWrapper<Omit<ObservationBatchSubmitPayload, 'rows' | 'userErrors'> & { rows: Array<ResolversTypes['ObservationBatchRowResult']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ObservationConnection: ResolverTypeWrapper<Omit<ObservationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ObservationEdge']>, nodes: Array<ResolversTypes['Observation']> }>;
  ObservationCreateInput: ObservationCreateInput;
  ObservationEdge: ResolverTypeWrapper<Omit<ObservationEdge, 'node'> & { node: ResolversTypes['Observation'] }>;
  ObservationPayload: ResolverTypeWrapper<Omit<ObservationPayload, 'observation' | 'userErrors'> & { observation?: Maybe<ResolversTypes['Observation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ObservationStatus: ResolverTypeWrapper<'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'>;
  ObservationUpdateInput: ObservationUpdateInput;
  OrderDirection: ResolverTypeWrapper<'ASC' | 'DESC'>;
  OutputProgress: ResolverTypeWrapper<OutputProgress>;
  OverdueItem: ResolverTypeWrapper<OverdueItemMapper>;
  OverdueKind: ResolverTypeWrapper<'REPORT' | 'ACTUAL' | 'TASK'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participants: ResolverTypeWrapper<Participants>;
  ParticipantsInput: ParticipantsInput;
  PersonEraseInput: PersonEraseInput;
  PersonErasePayload: ResolverTypeWrapper<Omit<PersonErasePayload, 'mentor' | 'startup' | 'userErrors'> & { mentor?: Maybe<ResolversTypes['Mentor']>, startup?: Maybe<ResolversTypes['Startup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Plan: ResolverTypeWrapper<PlanMapper>;
  PlanAmendFields: PlanAmendFields;
  PlanAmendInput: PlanAmendInput;
  PlanAmendPayload: ResolverTypeWrapper<Omit<PlanAmendPayload, 'edition' | 'plan' | 'userErrors'> & { edition?: Maybe<ResolversTypes['PlanEdition']>, plan?: Maybe<ResolversTypes['Plan']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PlanBudget: ResolverTypeWrapper<PlanBudgetMapper>;
  PlanCloseInput: PlanCloseInput;
  PlanClosure: ResolverTypeWrapper<PlanClosureMapper>;
  PlanConnection: ResolverTypeWrapper<Omit<PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanEdge']>, nodes: Array<ResolversTypes['Plan']> }>;
  PlanCreateInput: PlanCreateInput;
  PlanDiff: ResolverTypeWrapper<PlanDiffMapper>;
  PlanEdge: ResolverTypeWrapper<Omit<PlanEdge, 'node'> & { node: ResolversTypes['Plan'] }>;
  PlanEdition: ResolverTypeWrapper<PlanEditionMapper>;
  PlanEditionConnection: ResolverTypeWrapper<Omit<PlanEditionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanEditionEdge']>, nodes: Array<ResolversTypes['PlanEdition']> }>;
  PlanEditionEdge: ResolverTypeWrapper<Omit<PlanEditionEdge, 'node'> & { node: ResolversTypes['PlanEdition'] }>;
  PlanFilter: PlanFilter;
  PlanImportInput: PlanImportInput;
  PlanImportPayload: ResolverTypeWrapper<PlanImportPayloadMapper>;
  PlanImportReview: ResolverTypeWrapper<PlanImportReviewMapper>;
  PlanOutcome: ResolverTypeWrapper<'COMPLETED' | 'PARTIALLY_COMPLETED' | 'NOT_COMPLETED'>;
  PlanPayload: ResolverTypeWrapper<Omit<PlanPayload, 'plan' | 'userErrors'> & { plan?: Maybe<ResolversTypes['Plan']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PlanPeriod: ResolverTypeWrapper<PlanPeriod>;
  PlanProgressSummary: ResolverTypeWrapper<PlanProgressSummaryMapper>;
  PlanReport: ResolverTypeWrapper<PlanReportMapper>;
  PlanStatus: ResolverTypeWrapper<'DRAFT' | 'PUBLISHED' | 'CLOSED'>;
  PlanUpdateInput: PlanUpdateInput;
  Product: ResolverTypeWrapper<Product>;
  ProductInput: ProductInput;
  ProgressSeries: ResolverTypeWrapper<Omit<ProgressSeries, 'source'> & { source: ResolversTypes['IndicatorSource'] }>;
  ProgressStatus: ResolverTypeWrapper<'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'NEEDS_REVIEW' | 'NOT_DUE'>;
  ProgressStatusCount: ResolverTypeWrapper<Omit<ProgressStatusCount, 'status'> & { status: ResolversTypes['ProgressStatus'] }>;
  PullApplyInput: PullApplyInput;
  PullApplyPayload: ResolverTypeWrapper<Omit<PullApplyPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  PullDetachInput: PullDetachInput;
  PullDetachPayload: ResolverTypeWrapper<Omit<PullDetachPayload, 'jurisdiction' | 'userErrors'> & { jurisdiction?: Maybe<ResolversTypes['Jurisdiction']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PullRefusal: ResolverTypeWrapper<PullRefusal>;
  PullState: ResolverTypeWrapper<PullState>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecognitionLevel: ResolverTypeWrapper<'NONE' | 'PROVINCIAL' | 'NATIONAL' | 'INTERNATIONAL'>;
  Recurrence: ResolverTypeWrapper<'CONTINUOUS' | 'ANNUAL' | 'QUARTERLY' | 'MONTHLY'>;
  RegistryCount: ResolverTypeWrapper<RegistryCountMapper>;
  RegistryCountKind: ResolverTypeWrapper<'INNOVATIVE_STARTUPS' | 'INCUBATORS' | 'COMMERCIALISED_PRODUCTS' | 'BUDGET_SUPPORTED_PROJECTS' | 'PATENTS' | 'TRAININGS'>;
  RegistryDeletePayload: ResolverTypeWrapper<Omit<RegistryDeletePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  RegistryOrder: RegistryOrder;
  RegistryOrderField: ResolverTypeWrapper<'NAME' | 'DATE' | 'CREATED_AT'>;
  RemindersRunInput: RemindersRunInput;
  RemindersRunPayload: ResolverTypeWrapper<Omit<RemindersRunPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  ReportingCalendar: ResolverTypeWrapper<ReportingCalendarMapper>;
  ReportingCalendarPayload: ResolverTypeWrapper<Omit<ReportingCalendarPayload, 'calendar' | 'userErrors'> & { calendar?: Maybe<ResolversTypes['ReportingCalendar']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ReportingCalendarSetInput: ReportingCalendarSetInput;
  ReportingFrequency: ResolverTypeWrapper<'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY'>;
  ReportingRound: ResolverTypeWrapper<ReportingRoundMapper>;
  ReportingRoundSchedule: ResolverTypeWrapper<Omit<ReportingRoundSchedule, 'frequency'> & { frequency: ResolversTypes['ReportingFrequency'] }>;
  ResponsibilityInput: ResponsibilityInput;
  Role: ResolverTypeWrapper<'PUBLIC' | 'AGENCY' | 'PROVINCE_ADMIN' | 'NATIONAL' | 'PULL_OPERATOR'>;
  RoundActual: ResolverTypeWrapper<RoundActualMapper>;
  RoundAgency: ResolverTypeWrapper<RoundAgencyMapper>;
  RoundCounts: ResolverTypeWrapper<RoundCounts>;
  RoundItemState: ResolverTypeWrapper<'MISSING' | 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'>;
  RoundTask: ResolverTypeWrapper<RoundTaskMapper>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchResultConnection: ResolverTypeWrapper<Omit<SearchResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchResultEdge']>, nodes: Array<ResolversTypes['SearchResult']> }>;
  SearchResultEdge: ResolverTypeWrapper<Omit<SearchResultEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SearchType: ResolverTypeWrapper<'STARTUP' | 'MENTOR' | 'INCUBATOR' | 'INVESTOR' | 'COMPETITION' | 'EVENT' | 'PLAN' | 'TASK' | 'INDICATOR'>;
  Sector: ResolverTypeWrapper<'HIGH_TECH_AGRICULTURE' | 'AGRO_PROCESSING' | 'TOURISM' | 'MEDICINAL_HERBS' | 'OCOP_PRODUCTS' | 'BORDER_ECONOMY' | 'DIGITAL_TRANSFORMATION' | 'GREEN_CIRCULAR_ECONOMY' | 'ELECTRONICS_SEMICONDUCTORS' | 'OTHER'>;
  SeriesDisagreement: ResolverTypeWrapper<SeriesDisagreement>;
  SeriesValue: ResolverTypeWrapper<SeriesValue>;
  SourceBalance: ResolverTypeWrapper<Omit<SourceBalance, 'planned' | 'remaining' | 'source' | 'spent'> & { planned: ResolversTypes['Money'], remaining: ResolversTypes['Money'], source: ResolversTypes['FundingSourceKind'], spent: ResolversTypes['Money'] }>;
  SpendingEntry: ResolverTypeWrapper<SpendingEntryMapper>;
  SpendingEntryConnection: ResolverTypeWrapper<Omit<SpendingEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SpendingEntryEdge']>, nodes: Array<ResolversTypes['SpendingEntry']> }>;
  SpendingEntryEdge: ResolverTypeWrapper<Omit<SpendingEntryEdge, 'node'> & { node: ResolversTypes['SpendingEntry'] }>;
  SpendingEntryPayload: ResolverTypeWrapper<Omit<SpendingEntryPayload, 'budget' | 'spendingEntry' | 'userErrors'> & { budget?: Maybe<ResolversTypes['TaskBudget']>, spendingEntry?: Maybe<ResolversTypes['SpendingEntry']>, userErrors: Array<ResolversTypes['UserError']> }>;
  SpendingRecordInput: SpendingRecordInput;
  Startup: ResolverTypeWrapper<StartupMapper>;
  StartupConnection: ResolverTypeWrapper<Omit<StartupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StartupEdge']>, nodes: Array<ResolversTypes['Startup']> }>;
  StartupCreateInput: StartupCreateInput;
  StartupEdge: ResolverTypeWrapper<Omit<StartupEdge, 'node'> & { node: ResolversTypes['Startup'] }>;
  StartupFilter: StartupFilter;
  StartupPayload: ResolverTypeWrapper<Omit<StartupPayload, 'startup' | 'userErrors'> & { startup?: Maybe<ResolversTypes['Startup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  StartupStage: ResolverTypeWrapper<'PROJECT' | 'STARTUP' | 'SCALEUP' | 'GRADUATED' | 'INACTIVE'>;
  StartupUpdateInput: StartupUpdateInput;
  SupportGrant: ResolverTypeWrapper<SupportGrantMapper>;
  SupportGrantConnection: ResolverTypeWrapper<Omit<SupportGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SupportGrantEdge']>, nodes: Array<ResolversTypes['SupportGrant']> }>;
  SupportGrantCreateInput: SupportGrantCreateInput;
  SupportGrantEdge: ResolverTypeWrapper<Omit<SupportGrantEdge, 'node'> & { node: ResolversTypes['SupportGrant'] }>;
  SupportGrantFilter: SupportGrantFilter;
  SupportGrantPayload: ResolverTypeWrapper<Omit<SupportGrantPayload, 'supportGrant' | 'userErrors'> & { supportGrant?: Maybe<ResolversTypes['SupportGrant']>, userErrors: Array<ResolversTypes['UserError']> }>;
  SupportGrantUpdateInput: SupportGrantUpdateInput;
  TargetAmendment: TargetAmendment;
  TargetCellInput: TargetCellInput;
  TargetComparator: ResolverTypeWrapper<'AT_LEAST' | 'AT_MOST' | 'EXACTLY' | 'RANGE' | 'RANK_TOP' | 'GROWTH_RATE' | 'INCREASING' | 'DONE_BY' | 'QUALITATIVE'>;
  TargetDirection: ResolverTypeWrapper<'AT_LEAST' | 'AT_MOST'>;
  TargetSetInput: TargetSetInput;
  Task: ResolverTypeWrapper<TaskMapper>;
  TaskAgency: ResolverTypeWrapper<TaskAgencyMapper>;
  TaskAgencyInput: TaskAgencyInput;
  TaskAmendment: TaskAmendment;
  TaskAssignAgenciesInput: TaskAssignAgenciesInput;
  TaskBudget: ResolverTypeWrapper<TaskBudgetMapper>;
  TaskBudgetPayload: ResolverTypeWrapper<Omit<TaskBudgetPayload, 'budget' | 'userErrors'> & { budget?: Maybe<ResolversTypes['TaskBudget']>, userErrors: Array<ResolversTypes['UserError']> }>;
  TaskBudgetSetInput: TaskBudgetSetInput;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TaskEdge']>, nodes: Array<ResolversTypes['Task']> }>;
  TaskCreateInput: TaskCreateInput;
  TaskDeletePayload: ResolverTypeWrapper<Omit<TaskDeletePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  TaskDelivery: ResolverTypeWrapper<TaskDeliveryMapper>;
  TaskDeliveryPayload: ResolverTypeWrapper<Omit<TaskDeliveryPayload, 'delivery' | 'userErrors'> & { delivery?: Maybe<ResolversTypes['TaskDelivery']>, userErrors: Array<ResolversTypes['UserError']> }>;
  TaskDeliveryRecordInput: TaskDeliveryRecordInput;
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
  TaskReportUpdateInput: TaskReportUpdateInput;
  TaskStatus: ResolverTypeWrapper<'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'OVERDUE' | 'AT_RISK' | 'UNASSIGNED'>;
  TaskStatusReport: ResolverTypeWrapper<TaskStatusReportMapper>;
  TaskUpdateInput: TaskUpdateInput;
  TextSource: ResolverTypeWrapper<'PLAN' | 'EDITOR'>;
  Timeline: ResolverTypeWrapper<Omit<Timeline, 'recurring'> & { recurring?: Maybe<ResolversTypes['Recurrence']> }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UploadTicket: ResolverTypeWrapper<UploadTicket>;
  UserAccount: ResolverTypeWrapper<UserAccountMapper>;
  UserAccountCreateInput: UserAccountCreateInput;
  UserAccountPayload: ResolverTypeWrapper<Omit<UserAccountPayload, 'userAccount' | 'userErrors'> & { userAccount?: Maybe<ResolversTypes['UserAccount']>, userErrors: Array<ResolversTypes['UserError']> }>;
  UserAccountStateInput: UserAccountStateInput;
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
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AgencyConnection: Omit<AgencyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgencyEdge']>, nodes: Array<ResolversParentTypes['Agency']> };
  AgencyCreateInput: AgencyCreateInput;
  AgencyDeleteInput: AgencyDeleteInput;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  AgencyPayload: Omit<AgencyPayload, 'agency' | 'userErrors'> & { agency?: Maybe<ResolversParentTypes['Agency']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AgencyResponsibility: AgencyResponsibilityMapper;
  AgencyUpdateInput: AgencyUpdateInput;
  ApiKey: ApiKeyMapper;
  ApiKeyCreateInput: ApiKeyCreateInput;
  ApiKeyCreatePayload: Omit<ApiKeyCreatePayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ApiKeyRevokeInput: ApiKeyRevokeInput;
  Attachment: AttachmentMapper;
  AttachmentCreateInput: AttachmentCreateInput;
  AttachmentPayload: Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversParentTypes['Attachment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AuditEntry: AuditEntryMapper;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFieldChange: AuditFieldChange;
  AuditFilter: AuditFilter;
  Award: AwardMapper;
  Baseline: Baseline;
  Float: Scalars['Float']['output'];
  BaselineInput: BaselineInput;
  BudgetLine: Omit<BudgetLine, 'amount'> & { amount: ResolversParentTypes['Money'] };
  BudgetLineInput: BudgetLineInput;
  ClosedTaskStatus: ClosedTaskStatusMapper;
  Competition: CompetitionMapper;
  CompetitionApplication: CompetitionApplicationMapper;
  CompetitionApplicationConnection: Omit<CompetitionApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetitionApplicationEdge']>, nodes: Array<ResolversParentTypes['CompetitionApplication']> };
  CompetitionApplicationEdge: Omit<CompetitionApplicationEdge, 'node'> & { node: ResolversParentTypes['CompetitionApplication'] };
  CompetitionApplicationPayload: Omit<CompetitionApplicationPayload, 'application' | 'userErrors'> & { application?: Maybe<ResolversParentTypes['CompetitionApplication']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CompetitionApplyInput: CompetitionApplyInput;
  CompetitionAward: Omit<CompetitionAward, 'prize'> & { prize?: Maybe<ResolversParentTypes['Money']> };
  CompetitionAwardInput: CompetitionAwardInput;
  CompetitionConnection: Omit<CompetitionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetitionEdge']>, nodes: Array<ResolversParentTypes['Competition']> };
  CompetitionCreateInput: CompetitionCreateInput;
  CompetitionEdge: Omit<CompetitionEdge, 'node'> & { node: ResolversParentTypes['Competition'] };
  CompetitionFilter: CompetitionFilter;
  CompetitionPayload: Omit<CompetitionPayload, 'competition' | 'userErrors'> & { competition?: Maybe<ResolversParentTypes['Competition']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CompetitionPhase: CompetitionPhase;
  CompetitionPhaseInput: CompetitionPhaseInput;
  CompetitionShortlistInput: CompetitionShortlistInput;
  CompetitionUpdateInput: CompetitionUpdateInput;
  CountedItem: CountedItemMapper;
  CountedRecord: ResolversUnionTypes<ResolversParentTypes>['CountedRecord'];
  CriteriaResult: CriteriaResult;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Eligibility: EligibilityMapper;
  EmailAddress: Scalars['EmailAddress']['output'];
  Event: EventMapper;
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EventEdge']>, nodes: Array<ResolversParentTypes['Event']> };
  EventCreateInput: EventCreateInput;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventPayload: Omit<EventPayload, 'event' | 'userErrors'> & { event?: Maybe<ResolversParentTypes['Event']>, userErrors: Array<ResolversParentTypes['UserError']> };
  EventUpdateInput: EventUpdateInput;
  ExchangeChange: Omit<ExchangeChange, 'record'> & { record: ResolversParentTypes['ExchangeRecord'] };
  ExchangeChangesPage: Omit<ExchangeChangesPage, 'changes'> & { changes: Array<ResolversParentTypes['ExchangeChange']> };
  ExchangeRecord: ExchangeRecordMapper;
  ExchangeSnapshotPage: Omit<ExchangeSnapshotPage, 'records'> & { records: Array<ResolversParentTypes['ExchangeRecord']> };
  Explanation: ExplanationMapper;
  ExplanationParam: ExplanationParam;
  ExternalAwardInput: ExternalAwardInput;
  FieldChange: FieldChange;
  FieldConfidence: FieldConfidence;
  Founder: FounderMapper;
  FounderInput: FounderInput;
  FundingSource: FundingSource;
  FundingSourceInput: FundingSourceInput;
  HttpHeader: HttpHeader;
  ImportedIndicator: ImportedIndicatorMapper;
  Incubation: IncubationMapper;
  IncubationConnection: Omit<IncubationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IncubationEdge']>, nodes: Array<ResolversParentTypes['Incubation']> };
  IncubationCreateInput: IncubationCreateInput;
  IncubationEdge: Omit<IncubationEdge, 'node'> & { node: ResolversParentTypes['Incubation'] };
  IncubationFilter: IncubationFilter;
  IncubationPayload: Omit<IncubationPayload, 'incubation' | 'userErrors'> & { incubation?: Maybe<ResolversParentTypes['Incubation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  IncubationUpdateInput: IncubationUpdateInput;
  Incubator: IncubatorMapper;
  IncubatorConnection: Omit<IncubatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IncubatorEdge']>, nodes: Array<ResolversParentTypes['Incubator']> };
  IncubatorCreateInput: IncubatorCreateInput;
  IncubatorCriteria: IncubatorCriteria;
  IncubatorEdge: Omit<IncubatorEdge, 'node'> & { node: ResolversParentTypes['Incubator'] };
  IncubatorFilter: IncubatorFilter;
  IncubatorPayload: Omit<IncubatorPayload, 'incubator' | 'userErrors'> & { incubator?: Maybe<ResolversParentTypes['Incubator']>, userErrors: Array<ResolversParentTypes['UserError']> };
  IncubatorUpdateInput: IncubatorUpdateInput;
  Indicator: IndicatorMapper;
  IndicatorAgency: IndicatorAgencyMapper;
  IndicatorAgencyInput: IndicatorAgencyInput;
  IndicatorConnection: Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IndicatorEdge']>, nodes: Array<ResolversParentTypes['Indicator']> };
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorDeriveInput: IndicatorDeriveInput;
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorPayload: Omit<IndicatorPayload, 'indicator' | 'userErrors'> & { indicator?: Maybe<ResolversParentTypes['Indicator']>, userErrors: Array<ResolversParentTypes['UserError']> };
  IndicatorProgress: IndicatorProgressMapper;
  IndicatorProgressSummary: IndicatorProgressSummaryMapper;
  IndicatorTarget: IndicatorTarget;
  IndicatorUpdateInput: IndicatorUpdateInput;
  IntellectualProperty: IntellectualProperty;
  IntellectualPropertyInput: IntellectualPropertyInput;
  Investment: InvestmentMapper;
  InvestmentConnection: Omit<InvestmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InvestmentEdge']>, nodes: Array<ResolversParentTypes['Investment']> };
  InvestmentCreateInput: InvestmentCreateInput;
  InvestmentEdge: Omit<InvestmentEdge, 'node'> & { node: ResolversParentTypes['Investment'] };
  InvestmentFilter: InvestmentFilter;
  InvestmentPayload: Omit<InvestmentPayload, 'investment' | 'userErrors'> & { investment?: Maybe<ResolversParentTypes['Investment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  InvestmentUpdateInput: InvestmentUpdateInput;
  Investor: InvestorMapper;
  InvestorConnection: Omit<InvestorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InvestorEdge']>, nodes: Array<ResolversParentTypes['Investor']> };
  InvestorCreateInput: InvestorCreateInput;
  InvestorEdge: Omit<InvestorEdge, 'node'> & { node: ResolversParentTypes['Investor'] };
  InvestorFilter: InvestorFilter;
  InvestorPayload: Omit<InvestorPayload, 'investor' | 'userErrors'> & { investor?: Maybe<ResolversParentTypes['Investor']>, userErrors: Array<ResolversParentTypes['UserError']> };
  InvestorUpdateInput: InvestorUpdateInput;
  JSONObject: Scalars['JSONObject']['output'];
  Jurisdiction: JurisdictionMapper;
  JurisdictionSummary: JurisdictionSummaryMapper;
  LegalDocument: LegalDocumentMapper;
  LegalDocumentConnection: Omit<LegalDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LegalDocumentEdge']>, nodes: Array<ResolversParentTypes['LegalDocument']> };
  LegalDocumentEdge: Omit<LegalDocumentEdge, 'node'> & { node: ResolversParentTypes['LegalDocument'] };
  LegalDocumentInput: LegalDocumentInput;
  Mentor: MentorMapper;
  MentorConnection: Omit<MentorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MentorEdge']>, nodes: Array<ResolversParentTypes['Mentor']> };
  MentorCreateInput: MentorCreateInput;
  MentorEdge: Omit<MentorEdge, 'node'> & { node: ResolversParentTypes['Mentor'] };
  MentorFilter: MentorFilter;
  MentorPayload: Omit<MentorPayload, 'mentor' | 'userErrors'> & { mentor?: Maybe<ResolversParentTypes['Mentor']>, userErrors: Array<ResolversParentTypes['UserError']> };
  MentorSuggestion: MentorSuggestionMapper;
  MentorUpdateInput: MentorUpdateInput;
  Mentorship: MentorshipMapper;
  MentorshipConnection: Omit<MentorshipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MentorshipEdge']>, nodes: Array<ResolversParentTypes['Mentorship']> };
  MentorshipEdge: Omit<MentorshipEdge, 'node'> & { node: ResolversParentTypes['Mentorship'] };
  MentorshipEndInput: MentorshipEndInput;
  MentorshipFilter: MentorshipFilter;
  MentorshipGap: MentorshipGapMapper;
  MentorshipPayload: Omit<MentorshipPayload, 'mentorship' | 'userErrors'> & { mentorship?: Maybe<ResolversParentTypes['Mentorship']>, userErrors: Array<ResolversParentTypes['UserError']> };
  MentorshipStartInput: MentorshipStartInput;
  MilestoneProgress: Omit<MilestoneProgress, 'explanation' | 'target'> & { explanation: ResolversParentTypes['Explanation'], target: ResolversParentTypes['IndicatorTarget'] };
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NationalSummary: Omit<NationalSummary, 'jurisdictions'> & { jurisdictions: Array<ResolversParentTypes['JurisdictionSummary']> };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationMapper;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPayload: Omit<NotificationPayload, 'notification' | 'userErrors'> & { notification?: Maybe<ResolversParentTypes['Notification']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Observation: ObservationMapper;
  ObservationBatchRowInput: ObservationBatchRowInput;
  ObservationBatchRowResult: Omit<ObservationBatchRowResult, 'observation'> & { observation?: Maybe<ResolversParentTypes['Observation']> };
  ObservationBatchSubmitInput: ObservationBatchSubmitInput;
  ObservationBatchSubmitPayload: Omit<ObservationBatchSubmitPayload, 'rows' | 'userErrors'> & { rows: Array<ResolversParentTypes['ObservationBatchRowResult']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ObservationConnection: Omit<ObservationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ObservationEdge']>, nodes: Array<ResolversParentTypes['Observation']> };
  ObservationCreateInput: ObservationCreateInput;
  ObservationEdge: Omit<ObservationEdge, 'node'> & { node: ResolversParentTypes['Observation'] };
  ObservationPayload: Omit<ObservationPayload, 'observation' | 'userErrors'> & { observation?: Maybe<ResolversParentTypes['Observation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ObservationUpdateInput: ObservationUpdateInput;
  OutputProgress: OutputProgress;
  OverdueItem: OverdueItemMapper;
  PageInfo: PageInfo;
  Participants: Participants;
  ParticipantsInput: ParticipantsInput;
  PersonEraseInput: PersonEraseInput;
  PersonErasePayload: Omit<PersonErasePayload, 'mentor' | 'startup' | 'userErrors'> & { mentor?: Maybe<ResolversParentTypes['Mentor']>, startup?: Maybe<ResolversParentTypes['Startup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Plan: PlanMapper;
  PlanAmendFields: PlanAmendFields;
  PlanAmendInput: PlanAmendInput;
  PlanAmendPayload: Omit<PlanAmendPayload, 'edition' | 'plan' | 'userErrors'> & { edition?: Maybe<ResolversParentTypes['PlanEdition']>, plan?: Maybe<ResolversParentTypes['Plan']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PlanBudget: PlanBudgetMapper;
  PlanCloseInput: PlanCloseInput;
  PlanClosure: PlanClosureMapper;
  PlanConnection: Omit<PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanEdge']>, nodes: Array<ResolversParentTypes['Plan']> };
  PlanCreateInput: PlanCreateInput;
  PlanDiff: PlanDiffMapper;
  PlanEdge: Omit<PlanEdge, 'node'> & { node: ResolversParentTypes['Plan'] };
  PlanEdition: PlanEditionMapper;
  PlanEditionConnection: Omit<PlanEditionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanEditionEdge']>, nodes: Array<ResolversParentTypes['PlanEdition']> };
  PlanEditionEdge: Omit<PlanEditionEdge, 'node'> & { node: ResolversParentTypes['PlanEdition'] };
  PlanFilter: PlanFilter;
  PlanImportInput: PlanImportInput;
  PlanImportPayload: PlanImportPayloadMapper;
  PlanImportReview: PlanImportReviewMapper;
  PlanPayload: Omit<PlanPayload, 'plan' | 'userErrors'> & { plan?: Maybe<ResolversParentTypes['Plan']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PlanPeriod: PlanPeriod;
  PlanProgressSummary: PlanProgressSummaryMapper;
  PlanReport: PlanReportMapper;
  PlanUpdateInput: PlanUpdateInput;
  Product: Product;
  ProductInput: ProductInput;
  ProgressSeries: ProgressSeries;
  ProgressStatusCount: ProgressStatusCount;
  PullApplyInput: PullApplyInput;
  PullApplyPayload: Omit<PullApplyPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  PullDetachInput: PullDetachInput;
  PullDetachPayload: Omit<PullDetachPayload, 'jurisdiction' | 'userErrors'> & { jurisdiction?: Maybe<ResolversParentTypes['Jurisdiction']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PullRefusal: PullRefusal;
  PullState: PullState;
  Query: Record<PropertyKey, never>;
  RegistryCount: RegistryCountMapper;
  RegistryDeletePayload: Omit<RegistryDeletePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  RegistryOrder: RegistryOrder;
  RemindersRunInput: RemindersRunInput;
  RemindersRunPayload: Omit<RemindersRunPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  ReportingCalendar: ReportingCalendarMapper;
  ReportingCalendarPayload: Omit<ReportingCalendarPayload, 'calendar' | 'userErrors'> & { calendar?: Maybe<ResolversParentTypes['ReportingCalendar']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ReportingCalendarSetInput: ReportingCalendarSetInput;
  ReportingRound: ReportingRoundMapper;
  ReportingRoundSchedule: ReportingRoundSchedule;
  ResponsibilityInput: ResponsibilityInput;
  RoundActual: RoundActualMapper;
  RoundAgency: RoundAgencyMapper;
  RoundCounts: RoundCounts;
  RoundTask: RoundTaskMapper;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchResultConnection: Omit<SearchResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchResultEdge']>, nodes: Array<ResolversParentTypes['SearchResult']> };
  SearchResultEdge: Omit<SearchResultEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  SeriesDisagreement: SeriesDisagreement;
  SeriesValue: SeriesValue;
  SourceBalance: Omit<SourceBalance, 'planned' | 'remaining' | 'spent'> & { planned: ResolversParentTypes['Money'], remaining: ResolversParentTypes['Money'], spent: ResolversParentTypes['Money'] };
  SpendingEntry: SpendingEntryMapper;
  SpendingEntryConnection: Omit<SpendingEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SpendingEntryEdge']>, nodes: Array<ResolversParentTypes['SpendingEntry']> };
  SpendingEntryEdge: Omit<SpendingEntryEdge, 'node'> & { node: ResolversParentTypes['SpendingEntry'] };
  SpendingEntryPayload: Omit<SpendingEntryPayload, 'budget' | 'spendingEntry' | 'userErrors'> & { budget?: Maybe<ResolversParentTypes['TaskBudget']>, spendingEntry?: Maybe<ResolversParentTypes['SpendingEntry']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SpendingRecordInput: SpendingRecordInput;
  Startup: StartupMapper;
  StartupConnection: Omit<StartupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StartupEdge']>, nodes: Array<ResolversParentTypes['Startup']> };
  StartupCreateInput: StartupCreateInput;
  StartupEdge: Omit<StartupEdge, 'node'> & { node: ResolversParentTypes['Startup'] };
  StartupFilter: StartupFilter;
  StartupPayload: Omit<StartupPayload, 'startup' | 'userErrors'> & { startup?: Maybe<ResolversParentTypes['Startup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  StartupUpdateInput: StartupUpdateInput;
  SupportGrant: SupportGrantMapper;
  SupportGrantConnection: Omit<SupportGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SupportGrantEdge']>, nodes: Array<ResolversParentTypes['SupportGrant']> };
  SupportGrantCreateInput: SupportGrantCreateInput;
  SupportGrantEdge: Omit<SupportGrantEdge, 'node'> & { node: ResolversParentTypes['SupportGrant'] };
  SupportGrantFilter: SupportGrantFilter;
  SupportGrantPayload: Omit<SupportGrantPayload, 'supportGrant' | 'userErrors'> & { supportGrant?: Maybe<ResolversParentTypes['SupportGrant']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SupportGrantUpdateInput: SupportGrantUpdateInput;
  TargetAmendment: TargetAmendment;
  TargetCellInput: TargetCellInput;
  TargetSetInput: TargetSetInput;
  Task: TaskMapper;
  TaskAgency: TaskAgencyMapper;
  TaskAgencyInput: TaskAgencyInput;
  TaskAmendment: TaskAmendment;
  TaskAssignAgenciesInput: TaskAssignAgenciesInput;
  TaskBudget: TaskBudgetMapper;
  TaskBudgetPayload: Omit<TaskBudgetPayload, 'budget' | 'userErrors'> & { budget?: Maybe<ResolversParentTypes['TaskBudget']>, userErrors: Array<ResolversParentTypes['UserError']> };
  TaskBudgetSetInput: TaskBudgetSetInput;
  TaskConnection: Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TaskEdge']>, nodes: Array<ResolversParentTypes['Task']> };
  TaskCreateInput: TaskCreateInput;
  TaskDeletePayload: Omit<TaskDeletePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  TaskDelivery: TaskDeliveryMapper;
  TaskDeliveryPayload: Omit<TaskDeliveryPayload, 'delivery' | 'userErrors'> & { delivery?: Maybe<ResolversParentTypes['TaskDelivery']>, userErrors: Array<ResolversParentTypes['UserError']> };
  TaskDeliveryRecordInput: TaskDeliveryRecordInput;
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
  TaskReportUpdateInput: TaskReportUpdateInput;
  TaskStatusReport: TaskStatusReportMapper;
  TaskUpdateInput: TaskUpdateInput;
  Timeline: Timeline;
  URL: Scalars['URL']['output'];
  UploadTicket: UploadTicket;
  UserAccount: UserAccountMapper;
  UserAccountCreateInput: UserAccountCreateInput;
  UserAccountPayload: Omit<UserAccountPayload, 'userAccount' | 'userErrors'> & { userAccount?: Maybe<ResolversParentTypes['UserAccount']>, userErrors: Array<ResolversParentTypes['UserError']> };
  UserAccountStateInput: UserAccountStateInput;
  UserError: UserError;
  Viewer: ViewerMapper;
  WorkflowInput: WorkflowInput;
};

export type AccountRoleResolvers = EnumResolverSignature<{ AGENCY?: any, PROVINCE_ADMIN?: any }, ResolversTypes['AccountRole']>;

export type AccumulationResolvers = EnumResolverSignature<{ FLOW?: any, STOCK?: any }, ResolversTypes['Accumulation']>;

export type AgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportsProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotaPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyCreatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyCreatePayload'] = ResolversParentTypes['ApiKeyCreatePayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApplicationStatusResolvers = EnumResolverSignature<{ AWARDED?: any, NOT_SELECTED?: any, SHORTLISTED?: any, SUBMITTED?: any }, ResolversTypes['ApplicationStatus']>;

export type AttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttachmentStatus'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttachmentPayload'] = ResolversParentTypes['AttachmentPayload']> = {
  attachment?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['UploadTicket']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AttachmentStatusResolvers = EnumResolverSignature<{ PENDING?: any, STORED?: any }, ResolversTypes['AttachmentStatus']>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditFieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AwardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = {
  awardedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  competition?: Resolver<Maybe<ResolversTypes['Competition']>, ParentType, ContextType>;
  prize?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BaselineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSourceKind'], ParentType, ContextType>;
  sourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeKindResolvers = EnumResolverSignature<{ ADDED?: any, CHANGED?: any, REMOVED?: any }, ResolversTypes['ChangeKind']>;

export type ClosedTaskStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClosedTaskStatus'] = ResolversParentTypes['ClosedTaskStatus']> = {
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type CompetitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Competition'] = ResolversParentTypes['Competition']> = {
  applications?: Resolver<ResolversTypes['CompetitionApplicationConnection'], ParentType, ContextType, RequireFields<CompetitionapplicationsArgs, 'first'>>;
  awards?: Resolver<Array<ResolversTypes['CompetitionApplication']>, ParentType, ContextType>;
  currentPhase?: Resolver<Maybe<ResolversTypes['CompetitionPhase']>, ParentType, ContextType, Partial<CompetitioncurrentPhaseArgs>>;
  currentPhases?: Resolver<Array<ResolversTypes['CompetitionPhase']>, ParentType, ContextType, Partial<CompetitioncurrentPhasesArgs>>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['CompetitionPhase']>, ParentType, ContextType>;
  shortlist?: Resolver<ResolversTypes['CompetitionApplicationConnection'], ParentType, ContextType, RequireFields<CompetitionshortlistArgs, 'first'>>;
  shortlistSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompetitionApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionApplication'] = ResolversParentTypes['CompetitionApplication']> = {
  award?: Resolver<Maybe<ResolversTypes['CompetitionAward']>, ParentType, ContextType>;
  competition?: Resolver<ResolversTypes['Competition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supportGrants?: Resolver<ResolversTypes['SupportGrantConnection'], ParentType, ContextType, RequireFields<CompetitionApplicationsupportGrantsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompetitionApplicationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionApplicationConnection'] = ResolversParentTypes['CompetitionApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompetitionApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompetitionApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CompetitionApplicationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionApplicationEdge'] = ResolversParentTypes['CompetitionApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompetitionApplication'], ParentType, ContextType>;
};

export type CompetitionApplicationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionApplicationPayload'] = ResolversParentTypes['CompetitionApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['CompetitionApplication']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompetitionAwardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionAward'] = ResolversParentTypes['CompetitionAward']> = {
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  prize?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompetitionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionConnection'] = ResolversParentTypes['CompetitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompetitionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Competition']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CompetitionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionEdge'] = ResolversParentTypes['CompetitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Competition'], ParentType, ContextType>;
};

export type CompetitionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionPayload'] = ResolversParentTypes['CompetitionPayload']> = {
  competition?: Resolver<Maybe<ResolversTypes['Competition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompetitionPhaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompetitionPhase'] = ResolversParentTypes['CompetitionPhase']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompetitionPhaseKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CompetitionPhaseKindResolvers = EnumResolverSignature<{ APPLICATIONS?: any, AWARDS?: any, JUDGING?: any, PLANNING?: any, SUPPORT?: any }, ResolversTypes['CompetitionPhaseKind']>;

export type CountedItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountedItem'] = ResolversParentTypes['CountedItem']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CountedRecord'], ParentType, ContextType>;
};

export type CountedRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountedRecord'] = ResolversParentTypes['CountedRecord']> = {
  __resolveType?: TypeResolveFn<'Event' | 'Incubator' | 'Startup' | 'SupportGrant', ParentType, ContextType>;
};

export type CriteriaResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CriteriaResult'] = ResolversParentTypes['CriteriaResult']> = {
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CurrencyCodeResolvers = EnumResolverSignature<{ USD?: any, VND?: any }, ResolversTypes['CurrencyCode']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Participants'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventKindResolvers = EnumResolverSignature<{ CONFERENCE?: any, FESTIVAL?: any, STUDY_TOUR?: any, TRAINING?: any, WORKSHOP?: any }, ResolversTypes['EventKind']>;

export type EventPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventPayload'] = ResolversParentTypes['EventPayload']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExchangeChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExchangeChange'] = ResolversParentTypes['ExchangeChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['ExchangeRecord'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExchangeChangesPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExchangeChangesPage'] = ResolversParentTypes['ExchangeChangesPage']> = {
  caughtUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ExchangeChange']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExchangeRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExchangeRecord'] = ResolversParentTypes['ExchangeRecord']> = {
  data?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  globalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExchangeSnapshotPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExchangeSnapshotPage'] = ResolversParentTypes['ExchangeSnapshotPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ExchangeRecord']>, ParentType, ContextType>;
};

export type ExperienceFieldResolvers = EnumResolverSignature<{ BUSINESS_SUPPORT?: any, FINANCE?: any, INVESTMENT?: any, OTHER?: any }, ResolversTypes['ExperienceField']>;

export type ExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = {
  code?: Resolver<ResolversTypes['ExplanationCode'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ExplanationParam']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ExplanationtextArgs, 'language'>>;
};

export type ExplanationCodeResolvers = EnumResolverSignature<{ ABOVE_RANGE?: any, AGAINST_TRAJECTORY?: any, ALREADY_MET?: any, DONE_IN_TIME?: any, DONE_LATE?: any, EXPERTISE_MATCHES?: any, FULL_BUT_OUTPUTS_MISSING?: any, GROWTH_AT_TARGET?: any, GROWTH_BELOW_TARGET?: any, GROWTH_BELOW_TARGET_ENDED?: any, GROWTH_FROM_ZERO?: any, GROWTH_TOO_FEW_YEARS?: any, INSIDE_RANGE?: any, JUDGED_BY_PERSON?: any, LATEST_REPORT?: any, MILESTONE_NOT_DUE?: any, NOT_DONE_BY_DEADLINE?: any, NOT_DONE_YET?: any, NOT_RISING?: any, NO_APPROVED_REPORT?: any, NO_FULL_YEAR_VALUE_YET?: any, NO_LEAD_AGENCY?: any, NO_OBSERVATION?: any, NO_SHARED_SECTOR?: any, NO_TRAJECTORY?: any, NO_VALUE_YET?: any, OUTPUT_DELIVERED?: any, PAST_LAST_DAY?: any, PLACES_FREE?: any, PROGRESS_TRAILS_TIME?: any, REPORTS_PAST_DUE?: any, RISING_TOO_FEW_YEARS?: any, ROSE_EVERY_YEAR?: any, ROSE_SO_FAR?: any, SHARES_SECTORS?: any, STARTS_LATER?: any, TARGET_HAS_NO_RATE?: any, TARGET_NOT_NUMERIC?: any, TIME_ELAPSED?: any, TOT_TRAINED?: any, YEAR_ENDED_MEETS?: any, YEAR_ENDED_MISSES?: any, YEAR_ENDED_NO_VALUE?: any }, ResolversTypes['ExplanationCode']>;

export type ExplanationParamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExplanationParam'] = ResolversParentTypes['ExplanationParam']> = {
  kind?: Resolver<ResolversTypes['ExplanationParamKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExplanationParamKindResolvers = EnumResolverSignature<{ CODE?: any, DATE?: any, NUMBER?: any, PERIOD?: any, TEXT?: any, YEAR?: any }, ResolversTypes['ExplanationParamKind']>;

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldConfidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldConfidence'] = ResolversParentTypes['FieldConfidence']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FounderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Founder'] = ResolversParentTypes['Founder']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  woman?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FundingSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingSource'] = ResolversParentTypes['FundingSource']> = {
  kind?: Resolver<ResolversTypes['FundingSourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FundingSourceKindResolvers = EnumResolverSignature<{ DONOR?: any, OTHER?: any, STATE_BUDGET?: any }, ResolversTypes['FundingSourceKind']>;

export type GrantSourceResolvers = EnumResolverSignature<{ CENTRAL_BUDGET?: any, DONOR?: any, OTHER?: any, PROVINCIAL_BUDGET?: any }, ResolversTypes['GrantSource']>;

export type HttpHeaderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HttpHeader'] = ResolversParentTypes['HttpHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportedIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportedIndicator'] = ResolversParentTypes['ImportedIndicator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IncubationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incubation'] = ResolversParentTypes['Incubation']> = {
  cohort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incubator?: Resolver<ResolversTypes['Incubator'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IncubationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubationConnection'] = ResolversParentTypes['IncubationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IncubationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Incubation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IncubationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubationEdge'] = ResolversParentTypes['IncubationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incubation'], ParentType, ContextType>;
};

export type IncubationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubationPayload'] = ResolversParentTypes['IncubationPayload']> = {
  incubation?: Resolver<Maybe<ResolversTypes['Incubation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IncubatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incubator'] = ResolversParentTypes['Incubator']> = {
  cohorts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  criteria?: Resolver<ResolversTypes['IncubatorCriteria'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incubations?: Resolver<ResolversTypes['IncubationConnection'], ParentType, ContextType, RequireFields<IncubatorincubationsArgs, 'first'>>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncubatorKind'], ParentType, ContextType>;
  meetsCriteria?: Resolver<ResolversTypes['CriteriaResult'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recognisedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recognitionLevel?: Resolver<ResolversTypes['RecognitionLevel'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startups?: Resolver<ResolversTypes['StartupConnection'], ParentType, ContextType, RequireFields<IncubatorstartupsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IncubatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubatorConnection'] = ResolversParentTypes['IncubatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IncubatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Incubator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IncubatorCriteriaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubatorCriteria'] = ResolversParentTypes['IncubatorCriteria']> = {
  cooperationAgreements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hasSupportProcess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headExperienceField?: Resolver<Maybe<ResolversTypes['ExperienceField']>, ParentType, ContextType>;
  headExperienceYears?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IncubatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubatorEdge'] = ResolversParentTypes['IncubatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incubator'], ParentType, ContextType>;
};

export type IncubatorKindResolvers = EnumResolverSignature<{ ACCELERATOR?: any, COWORKING?: any, INCUBATOR?: any, INNOVATION_CENTRE?: any, OPEN_LAB?: any, UNIVERSITY_SPACE?: any }, ResolversTypes['IncubatorKind']>;

export type IncubatorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncubatorPayload'] = ResolversParentTypes['IncubatorPayload']> = {
  incubator?: Resolver<Maybe<ResolversTypes['Incubator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  sourceOfTruth?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
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

export type IndicatorDerivationResolvers = EnumResolverSignature<{ BUDGET_SUPPORTED_PROJECTS?: any, COMMERCIALISED_PRODUCTS?: any, INCUBATORS?: any, INNOVATIVE_STARTUPS?: any, PATENTS?: any, TRAININGS?: any }, ResolversTypes['IndicatorDerivation']>;

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
  disagreements?: Resolver<Array<ResolversTypes['SeriesDisagreement']>, ParentType, ContextType>;
  judgedOn?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['MilestoneProgress']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  overallYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ProgressSeries']>, ParentType, ContextType>;
};

export type IndicatorProgressSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorProgressSummary'] = ResolversParentTypes['IndicatorProgressSummary']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['IndicatorProgress'], ParentType, ContextType>;
};

export type IndicatorSourceResolvers = EnumResolverSignature<{ APPROVED?: any, REGISTRY?: any }, ResolversTypes['IndicatorSource']>;

export type IndicatorTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = {
  comparator?: Resolver<ResolversTypes['TargetComparator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntellectualPropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntellectualProperty'] = ResolversParentTypes['IntellectualProperty']> = {
  filedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grantedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IpKind'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvestmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Investment'] = ResolversParentTypes['Investment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investor?: Resolver<ResolversTypes['Investor'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvestmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentConnection'] = ResolversParentTypes['InvestmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvestmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InvestmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentEdge'] = ResolversParentTypes['InvestmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
};

export type InvestmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentPayload'] = ResolversParentTypes['InvestmentPayload']> = {
  investment?: Resolver<Maybe<ResolversTypes['Investment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InvestorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Investor'] = ResolversParentTypes['Investor']> = {
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  focusSectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investments?: Resolver<ResolversTypes['InvestmentConnection'], ParentType, ContextType, RequireFields<InvestorinvestmentsArgs, 'first'>>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvestorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ticketMax?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  ticketMin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvestorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestorConnection'] = ResolversParentTypes['InvestorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvestorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InvestorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestorEdge'] = ResolversParentTypes['InvestorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investor'], ParentType, ContextType>;
};

export type InvestorKindResolvers = EnumResolverSignature<{ ANGEL?: any, CORPORATE_VENTURE?: any, DONOR?: any, PUBLIC_FUND?: any, VENTURE_FUND?: any }, ResolversTypes['InvestorKind']>;

export type InvestorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestorPayload'] = ResolversParentTypes['InvestorPayload']> = {
  investor?: Resolver<Maybe<ResolversTypes['Investor']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IpKindResolvers = EnumResolverSignature<{ PATENT?: any, UTILITY_SOLUTION?: any }, ResolversTypes['IpKind']>;

export interface JSONObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type JurisdictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JurisdictionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JurisdictionKindResolvers = EnumResolverSignature<{ NATION?: any, PROVINCE?: any }, ResolversTypes['JurisdictionKind']>;

export type JurisdictionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JurisdictionSummary'] = ResolversParentTypes['JurisdictionSummary']> = {
  eligibleStartups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incubators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  investmentAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  investments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  mentors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['PlanProgressSummary']>, ParentType, ContextType>;
  pulledFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportGrantAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  supportGrants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LanguageResolvers = EnumResolverSignature<{ EN?: any, VI?: any }, ResolversTypes['Language']>;

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

export type MentorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor']> = {
  availabilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  mentorships?: Resolver<ResolversTypes['MentorshipConnection'], ParentType, ContextType, RequireFields<MentormentorshipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  startups?: Resolver<ResolversTypes['StartupConnection'], ParentType, ContextType, RequireFields<MentorstartupsArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totTrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorConnection'] = ResolversParentTypes['MentorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mentor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MentorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorEdge'] = ResolversParentTypes['MentorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type MentorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorPayload'] = ResolversParentTypes['MentorPayload']> = {
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MentorSuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorSuggestion'] = ResolversParentTypes['MentorSuggestion']> = {
  explanations?: Resolver<Array<ResolversTypes['Explanation']>, ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedExpertise?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedSectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
};

export type MentorshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mentorship'] = ResolversParentTypes['Mentorship']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentorshipStatus'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentorshipConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorshipConnection'] = ResolversParentTypes['MentorshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentorshipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mentorship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MentorshipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorshipEdge'] = ResolversParentTypes['MentorshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mentorship'], ParentType, ContextType>;
};

export type MentorshipGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorshipGap'] = ResolversParentTypes['MentorshipGap']> = {
  incubation?: Resolver<ResolversTypes['Incubation'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startup?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
};

export type MentorshipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentorshipPayload'] = ResolversParentTypes['MentorshipPayload']> = {
  mentorship?: Resolver<Maybe<ResolversTypes['Mentorship']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MentorshipStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, ENDED?: any }, ResolversTypes['MentorshipStatus']>;

export type MilestoneProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MilestoneProgress'] = ResolversParentTypes['MilestoneProgress']> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  actualYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['IndicatorTarget'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  agencyCreate?: Resolver<ResolversTypes['AgencyPayload'], ParentType, ContextType, RequireFields<MutationagencyCreateArgs, 'input'>>;
  agencyDelete?: Resolver<ResolversTypes['AgencyPayload'], ParentType, ContextType, RequireFields<MutationagencyDeleteArgs, 'input'>>;
  agencyUpdate?: Resolver<ResolversTypes['AgencyPayload'], ParentType, ContextType, RequireFields<MutationagencyUpdateArgs, 'input'>>;
  apiKeyCreate?: Resolver<ResolversTypes['ApiKeyCreatePayload'], ParentType, ContextType, RequireFields<MutationapiKeyCreateArgs, 'input'>>;
  apiKeyRevoke?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationapiKeyRevokeArgs, 'input'>>;
  attachmentConfirm?: Resolver<ResolversTypes['AttachmentPayload'], ParentType, ContextType, RequireFields<MutationattachmentConfirmArgs, 'input'>>;
  attachmentCreate?: Resolver<ResolversTypes['AttachmentPayload'], ParentType, ContextType, RequireFields<MutationattachmentCreateArgs, 'input'>>;
  competitionApply?: Resolver<ResolversTypes['CompetitionApplicationPayload'], ParentType, ContextType, RequireFields<MutationcompetitionApplyArgs, 'input'>>;
  competitionAward?: Resolver<ResolversTypes['CompetitionApplicationPayload'], ParentType, ContextType, RequireFields<MutationcompetitionAwardArgs, 'input'>>;
  competitionCreate?: Resolver<ResolversTypes['CompetitionPayload'], ParentType, ContextType, RequireFields<MutationcompetitionCreateArgs, 'input'>>;
  competitionDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationcompetitionDeleteArgs, 'input'>>;
  competitionShortlist?: Resolver<ResolversTypes['CompetitionApplicationPayload'], ParentType, ContextType, RequireFields<MutationcompetitionShortlistArgs, 'input'>>;
  competitionUpdate?: Resolver<ResolversTypes['CompetitionPayload'], ParentType, ContextType, RequireFields<MutationcompetitionUpdateArgs, 'input'>>;
  eventCreate?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationeventCreateArgs, 'input'>>;
  eventDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationeventDeleteArgs, 'input'>>;
  eventUpdate?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationeventUpdateArgs, 'input'>>;
  incubationCreate?: Resolver<ResolversTypes['IncubationPayload'], ParentType, ContextType, RequireFields<MutationincubationCreateArgs, 'input'>>;
  incubationDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationincubationDeleteArgs, 'input'>>;
  incubationUpdate?: Resolver<ResolversTypes['IncubationPayload'], ParentType, ContextType, RequireFields<MutationincubationUpdateArgs, 'input'>>;
  incubatorCreate?: Resolver<ResolversTypes['IncubatorPayload'], ParentType, ContextType, RequireFields<MutationincubatorCreateArgs, 'input'>>;
  incubatorDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationincubatorDeleteArgs, 'input'>>;
  incubatorUpdate?: Resolver<ResolversTypes['IncubatorPayload'], ParentType, ContextType, RequireFields<MutationincubatorUpdateArgs, 'input'>>;
  indicatorCreate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationindicatorCreateArgs, 'input'>>;
  indicatorDerive?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationindicatorDeriveArgs, 'input'>>;
  indicatorUpdate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationindicatorUpdateArgs, 'input'>>;
  investmentCreate?: Resolver<ResolversTypes['InvestmentPayload'], ParentType, ContextType, RequireFields<MutationinvestmentCreateArgs, 'input'>>;
  investmentDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationinvestmentDeleteArgs, 'input'>>;
  investmentUpdate?: Resolver<ResolversTypes['InvestmentPayload'], ParentType, ContextType, RequireFields<MutationinvestmentUpdateArgs, 'input'>>;
  investorCreate?: Resolver<ResolversTypes['InvestorPayload'], ParentType, ContextType, RequireFields<MutationinvestorCreateArgs, 'input'>>;
  investorDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationinvestorDeleteArgs, 'input'>>;
  investorUpdate?: Resolver<ResolversTypes['InvestorPayload'], ParentType, ContextType, RequireFields<MutationinvestorUpdateArgs, 'input'>>;
  mentorCreate?: Resolver<ResolversTypes['MentorPayload'], ParentType, ContextType, RequireFields<MutationmentorCreateArgs, 'input'>>;
  mentorDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationmentorDeleteArgs, 'input'>>;
  mentorUpdate?: Resolver<ResolversTypes['MentorPayload'], ParentType, ContextType, RequireFields<MutationmentorUpdateArgs, 'input'>>;
  mentorshipEnd?: Resolver<ResolversTypes['MentorshipPayload'], ParentType, ContextType, RequireFields<MutationmentorshipEndArgs, 'input'>>;
  mentorshipStart?: Resolver<ResolversTypes['MentorshipPayload'], ParentType, ContextType, RequireFields<MutationmentorshipStartArgs, 'input'>>;
  notificationMarkRead?: Resolver<ResolversTypes['NotificationPayload'], ParentType, ContextType, RequireFields<MutationnotificationMarkReadArgs, 'input'>>;
  observationApprove?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationApproveArgs, 'input'>>;
  observationBatchSubmit?: Resolver<ResolversTypes['ObservationBatchSubmitPayload'], ParentType, ContextType, RequireFields<MutationobservationBatchSubmitArgs, 'input'>>;
  observationCreate?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationCreateArgs, 'input'>>;
  observationReopen?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationReopenArgs, 'input'>>;
  observationReturn?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationReturnArgs, 'input'>>;
  observationSubmit?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationSubmitArgs, 'input'>>;
  observationUpdate?: Resolver<ResolversTypes['ObservationPayload'], ParentType, ContextType, RequireFields<MutationobservationUpdateArgs, 'input'>>;
  personErase?: Resolver<ResolversTypes['PersonErasePayload'], ParentType, ContextType, RequireFields<MutationpersonEraseArgs, 'input'>>;
  planAmend?: Resolver<ResolversTypes['PlanAmendPayload'], ParentType, ContextType, RequireFields<MutationplanAmendArgs, 'input'>>;
  planClose?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanCloseArgs, 'input'>>;
  planCreate?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanCreateArgs, 'input'>>;
  planImport?: Resolver<ResolversTypes['PlanImportPayload'], ParentType, ContextType, RequireFields<MutationplanImportArgs, 'input'>>;
  planPublish?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanPublishArgs, 'input'>>;
  planUpdate?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<MutationplanUpdateArgs, 'input'>>;
  pullApply?: Resolver<ResolversTypes['PullApplyPayload'], ParentType, ContextType, RequireFields<MutationpullApplyArgs, 'input'>>;
  pullDetach?: Resolver<ResolversTypes['PullDetachPayload'], ParentType, ContextType, RequireFields<MutationpullDetachArgs, 'input'>>;
  remindersRun?: Resolver<ResolversTypes['RemindersRunPayload'], ParentType, ContextType, RequireFields<MutationremindersRunArgs, 'input'>>;
  reportingCalendarSet?: Resolver<ResolversTypes['ReportingCalendarPayload'], ParentType, ContextType, RequireFields<MutationreportingCalendarSetArgs, 'input'>>;
  spendingDelete?: Resolver<ResolversTypes['SpendingEntryPayload'], ParentType, ContextType, RequireFields<MutationspendingDeleteArgs, 'input'>>;
  spendingRecord?: Resolver<ResolversTypes['SpendingEntryPayload'], ParentType, ContextType, RequireFields<MutationspendingRecordArgs, 'input'>>;
  startupCreate?: Resolver<ResolversTypes['StartupPayload'], ParentType, ContextType, RequireFields<MutationstartupCreateArgs, 'input'>>;
  startupDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationstartupDeleteArgs, 'input'>>;
  startupUpdate?: Resolver<ResolversTypes['StartupPayload'], ParentType, ContextType, RequireFields<MutationstartupUpdateArgs, 'input'>>;
  supportGrantCreate?: Resolver<ResolversTypes['SupportGrantPayload'], ParentType, ContextType, RequireFields<MutationsupportGrantCreateArgs, 'input'>>;
  supportGrantDelete?: Resolver<ResolversTypes['RegistryDeletePayload'], ParentType, ContextType, RequireFields<MutationsupportGrantDeleteArgs, 'input'>>;
  supportGrantUpdate?: Resolver<ResolversTypes['SupportGrantPayload'], ParentType, ContextType, RequireFields<MutationsupportGrantUpdateArgs, 'input'>>;
  targetSet?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationtargetSetArgs, 'input'>>;
  taskAssignAgencies?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationtaskAssignAgenciesArgs, 'input'>>;
  taskBudgetSet?: Resolver<ResolversTypes['TaskBudgetPayload'], ParentType, ContextType, RequireFields<MutationtaskBudgetSetArgs, 'input'>>;
  taskCreate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationtaskCreateArgs, 'input'>>;
  taskDelete?: Resolver<ResolversTypes['TaskDeletePayload'], ParentType, ContextType, RequireFields<MutationtaskDeleteArgs, 'input'>>;
  taskDeliveryRecord?: Resolver<ResolversTypes['TaskDeliveryPayload'], ParentType, ContextType, RequireFields<MutationtaskDeliveryRecordArgs, 'input'>>;
  taskReportApprove?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportApproveArgs, 'input'>>;
  taskReportCreate?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportCreateArgs, 'input'>>;
  taskReportReturn?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportReturnArgs, 'input'>>;
  taskReportSubmit?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportSubmitArgs, 'input'>>;
  taskReportUpdate?: Resolver<ResolversTypes['TaskReportPayload'], ParentType, ContextType, RequireFields<MutationtaskReportUpdateArgs, 'input'>>;
  taskUpdate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationtaskUpdateArgs, 'input'>>;
  userAccountCreate?: Resolver<ResolversTypes['UserAccountPayload'], ParentType, ContextType, RequireFields<MutationuserAccountCreateArgs, 'input'>>;
  userAccountDisable?: Resolver<ResolversTypes['UserAccountPayload'], ParentType, ContextType, RequireFields<MutationuserAccountDisableArgs, 'input'>>;
  userAccountEnable?: Resolver<ResolversTypes['UserAccountPayload'], ParentType, ContextType, RequireFields<MutationuserAccountEnableArgs, 'input'>>;
};

export type NationalSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NationalSummary'] = ResolversParentTypes['NationalSummary']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['JurisdictionSummary']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Agency' | 'ApiKey' | 'Attachment' | 'Competition' | 'CompetitionApplication' | 'Event' | 'Incubation' | 'Incubator' | 'Indicator' | 'Investment' | 'Investor' | 'LegalDocument' | 'Mentor' | 'Mentorship' | 'Notification' | 'Observation' | 'Plan' | 'PlanEdition' | 'SpendingEntry' | 'Startup' | 'SupportGrant' | 'Task' | 'TaskDelivery' | 'TaskReport', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ DUE_SOON?: any, OVERDUE?: any }, ResolversTypes['NotificationKind']>;

export type NotificationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationPayload'] = ResolversParentTypes['NotificationPayload']> = {
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
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

export type ObservationBatchRowResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationBatchRowResult'] = ResolversParentTypes['ObservationBatchRowResult']> = {
  observation?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObservationBatchSubmitPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationBatchSubmitPayload'] = ResolversParentTypes['ObservationBatchSubmitPayload']> = {
  rows?: Resolver<Array<ResolversTypes['ObservationBatchRowResult']>, ParentType, ContextType>;
  submittedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type OrderDirectionResolvers = EnumResolverSignature<{ ASC?: any, DESC?: any }, ResolversTypes['OrderDirection']>;

export type OutputProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutputProgress'] = ResolversParentTypes['OutputProgress']> = {
  complete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  output?: Resolver<ResolversTypes['TaskOutput'], ParentType, ContextType>;
};

export type OverdueItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverdueItem'] = ResolversParentTypes['OverdueItem']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OverdueKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['RoundItemState']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type OverdueKindResolvers = EnumResolverSignature<{ ACTUAL?: any, REPORT?: any, TASK?: any }, ResolversTypes['OverdueKind']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Participants'] = ResolversParentTypes['Participants']> = {
  cooperatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  farmers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonErasePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonErasePayload'] = ResolversParentTypes['PersonErasePayload']> = {
  auditEntries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  auditEntriesRewritten?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType>;
  startup?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  budget?: Resolver<Maybe<ResolversTypes['PlanBudget']>, ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes['PlanClosure']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  reportingCalendar?: Resolver<Maybe<ResolversTypes['ReportingCalendar']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['AgencyResponsibility']>, ParentType, ContextType>;
  signer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signerTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<PlantasksArgs, 'first'>>;
  tasksNeedingAssignment?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<PlantasksNeedingAssignmentArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanAmendPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanAmendPayload'] = ResolversParentTypes['PlanAmendPayload']> = {
  edition?: Resolver<Maybe<ResolversTypes['PlanEdition']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlanBudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanBudget'] = ResolversParentTypes['PlanBudget']> = {
  bySource?: Resolver<Array<ResolversTypes['SourceBalance']>, ParentType, ContextType>;
  flaggedTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  plannedTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  spentTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PlanClosureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanClosure'] = ResolversParentTypes['PlanClosure']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PlanOutcome'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ClosedTaskStatus']>, ParentType, ContextType>;
};

export type PlanConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanConnection'] = ResolversParentTypes['PlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlanDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanDiff'] = ResolversParentTypes['PlanDiff']> = {
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEdge'] = ResolversParentTypes['PlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanEditionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEdition'] = ResolversParentTypes['PlanEdition']> = {
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanEditionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEditionConnection'] = ResolversParentTypes['PlanEditionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanEditionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanEdition']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlanEditionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEditionEdge'] = ResolversParentTypes['PlanEditionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanEdition'], ParentType, ContextType>;
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

export type PlanOutcomeResolvers = EnumResolverSignature<{ COMPLETED?: any, NOT_COMPLETED?: any, PARTIALLY_COMPLETED?: any }, ResolversTypes['PlanOutcome']>;

export type PlanPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanPayload'] = ResolversParentTypes['PlanPayload']> = {
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlanPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanPeriod'] = ResolversParentTypes['PlanPeriod']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orientationYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanProgressSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanProgressSummary'] = ResolversParentTypes['PlanProgressSummary']> = {
  indicators?: Resolver<Array<ResolversTypes['IndicatorProgressSummary']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['ProgressStatusCount']>, ParentType, ContextType>;
};

export type PlanReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanReport'] = ResolversParentTypes['PlanReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanStatusResolvers = EnumResolverSignature<{ CLOSED?: any, DRAFT?: any, PUBLISHED?: any }, ResolversTypes['PlanStatus']>;

export type ProductResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  commercialisedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgressSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressSeries'] = ResolversParentTypes['ProgressSeries']> = {
  judged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['SeriesValue']>, ParentType, ContextType>;
};

export type ProgressStatusResolvers = EnumResolverSignature<{ AT_RISK?: any, MET?: any, NEEDS_REVIEW?: any, NOT_DUE?: any, NO_DATA?: any, OFF_TRACK?: any, ON_TRACK?: any }, ResolversTypes['ProgressStatus']>;

export type ProgressStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressStatusCount'] = ResolversParentTypes['ProgressStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
};

export type PullApplyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PullApplyPayload'] = ResolversParentTypes['PullApplyPayload']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['PullRefusal']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PullDetachPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PullDetachPayload'] = ResolversParentTypes['PullDetachPayload']> = {
  detachedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PullRefusalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PullRefusal'] = ResolversParentTypes['PullRefusal']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PullStateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PullState'] = ResolversParentTypes['PullState']> = {
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pulledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pulledFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['PullRefusal']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryagenciesArgs, 'first'>>;
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType, RequireFields<QueryapiKeysArgs, 'jurisdiction'>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryauditTrailArgs, 'filter' | 'first'>>;
  changes?: Resolver<ResolversTypes['ExchangeChangesPage'], ParentType, ContextType, RequireFields<QuerychangesArgs, 'after' | 'first' | 'jurisdiction'>>;
  competitions?: Resolver<ResolversTypes['CompetitionConnection'], ParentType, ContextType, RequireFields<QuerycompetitionsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryeventsArgs, 'first'>>;
  incubations?: Resolver<ResolversTypes['IncubationConnection'], ParentType, ContextType, RequireFields<QueryincubationsArgs, 'first'>>;
  incubators?: Resolver<ResolversTypes['IncubatorConnection'], ParentType, ContextType, RequireFields<QueryincubatorsArgs, 'first'>>;
  indicatorCount?: Resolver<Maybe<ResolversTypes['RegistryCount']>, ParentType, ContextType, RequireFields<QueryindicatorCountArgs, 'indicator'>>;
  investments?: Resolver<ResolversTypes['InvestmentConnection'], ParentType, ContextType, RequireFields<QueryinvestmentsArgs, 'first'>>;
  investors?: Resolver<ResolversTypes['InvestorConnection'], ParentType, ContextType, RequireFields<QueryinvestorsArgs, 'first'>>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  mentorSuggestions?: Resolver<Array<ResolversTypes['MentorSuggestion']>, ParentType, ContextType, RequireFields<QuerymentorSuggestionsArgs, 'first' | 'startup'>>;
  mentors?: Resolver<ResolversTypes['MentorConnection'], ParentType, ContextType, RequireFields<QuerymentorsArgs, 'first'>>;
  mentorshipGaps?: Resolver<Array<ResolversTypes['MentorshipGap']>, ParentType, ContextType, Partial<QuerymentorshipGapsArgs>>;
  mentorships?: Resolver<ResolversTypes['MentorshipConnection'], ParentType, ContextType, RequireFields<QuerymentorshipsArgs, 'first'>>;
  nationalSummary?: Resolver<ResolversTypes['NationalSummary'], ParentType, ContextType, Partial<QuerynationalSummaryArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QuerynotificationsArgs, 'first' | 'unreadOnly'>>;
  overdue?: Resolver<Array<ResolversTypes['OverdueItem']>, ParentType, ContextType, Partial<QueryoverdueArgs>>;
  planByNumber?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType, RequireFields<QueryplanByNumberArgs, 'jurisdiction' | 'number'>>;
  planDiff?: Resolver<Maybe<ResolversTypes['PlanDiff']>, ParentType, ContextType, RequireFields<QueryplanDiffArgs, 'current' | 'from' | 'plan'>>;
  planReport?: Resolver<Maybe<ResolversTypes['PlanReport']>, ParentType, ContextType, RequireFields<QueryplanReportArgs, 'plan'>>;
  planVersions?: Resolver<ResolversTypes['PlanEditionConnection'], ParentType, ContextType, RequireFields<QueryplanVersionsArgs, 'first' | 'plan'>>;
  plans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, RequireFields<QueryplansArgs, 'first'>>;
  pullState?: Resolver<ResolversTypes['PullState'], ParentType, ContextType, RequireFields<QuerypullStateArgs, 'jurisdiction' | 'source'>>;
  registryCount?: Resolver<ResolversTypes['RegistryCount'], ParentType, ContextType, RequireFields<QueryregistryCountArgs, 'jurisdiction' | 'kind'>>;
  reportingRound?: Resolver<Maybe<ResolversTypes['ReportingRound']>, ParentType, ContextType, RequireFields<QueryreportingRoundArgs, 'period' | 'plan'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerysearchArgs, 'first' | 'query'>>;
  snapshot?: Resolver<ResolversTypes['ExchangeSnapshotPage'], ParentType, ContextType, RequireFields<QuerysnapshotArgs, 'first' | 'jurisdiction'>>;
  startups?: Resolver<ResolversTypes['StartupConnection'], ParentType, ContextType, RequireFields<QuerystartupsArgs, 'first'>>;
  supportGrants?: Resolver<ResolversTypes['SupportGrantConnection'], ParentType, ContextType, RequireFields<QuerysupportGrantsArgs, 'first'>>;
  userAccounts?: Resolver<Maybe<Array<ResolversTypes['UserAccount']>>, ParentType, ContextType, RequireFields<QueryuserAccountsArgs, 'jurisdiction'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RecognitionLevelResolvers = EnumResolverSignature<{ INTERNATIONAL?: any, NATIONAL?: any, NONE?: any, PROVINCIAL?: any }, ResolversTypes['RecognitionLevel']>;

export type RecurrenceResolvers = EnumResolverSignature<{ ANNUAL?: any, CONTINUOUS?: any, MONTHLY?: any, QUARTERLY?: any }, ResolversTypes['Recurrence']>;

export type RegistryCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegistryCount'] = ResolversParentTypes['RegistryCount']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CountedItem']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegistryCountKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RegistryCountKindResolvers = EnumResolverSignature<{ BUDGET_SUPPORTED_PROJECTS?: any, COMMERCIALISED_PRODUCTS?: any, INCUBATORS?: any, INNOVATIVE_STARTUPS?: any, PATENTS?: any, TRAININGS?: any }, ResolversTypes['RegistryCountKind']>;

export type RegistryDeletePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegistryDeletePayload'] = ResolversParentTypes['RegistryDeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegistryOrderFieldResolvers = EnumResolverSignature<{ CREATED_AT?: any, DATE?: any, NAME?: any }, ResolversTypes['RegistryOrderField']>;

export type RemindersRunPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemindersRunPayload'] = ResolversParentTypes['RemindersRunPayload']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  existing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportingCalendarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingCalendar'] = ResolversParentTypes['ReportingCalendar']> = {
  dueAfterDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frequencies?: Resolver<Array<ResolversTypes['ReportingFrequency']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['ReportingRoundSchedule']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingCalendarPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingCalendarPayload'] = ResolversParentTypes['ReportingCalendarPayload']> = {
  calendar?: Resolver<Maybe<ResolversTypes['ReportingCalendar']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportingFrequencyResolvers = EnumResolverSignature<{ HALF_YEARLY?: any, MONTHLY?: any, QUARTERLY?: any, YEARLY?: any }, ResolversTypes['ReportingFrequency']>;

export type ReportingRoundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingRound'] = ResolversParentTypes['ReportingRound']> = {
  actuals?: Resolver<ResolversTypes['RoundCounts'], ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['RoundAgency']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['ReportingFrequency'], ParentType, ContextType>;
  pastDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['RoundCounts'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ReportingRoundScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingRoundSchedule'] = ResolversParentTypes['ReportingRoundSchedule']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['ReportingFrequency'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ AGENCY?: any, NATIONAL?: any, PROVINCE_ADMIN?: any, PUBLIC?: any, PULL_OPERATOR?: any }, ResolversTypes['Role']>;

export type RoundActualResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoundActual'] = ResolversParentTypes['RoundActual']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  observation?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RoundItemState'], ParentType, ContextType>;
};

export type RoundAgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoundAgency'] = ResolversParentTypes['RoundAgency']> = {
  actuals?: Resolver<ResolversTypes['RoundCounts'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['RoundActual']>, ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['RoundCounts'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['RoundTask']>, ParentType, ContextType>;
};

export type RoundCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoundCounts'] = ResolversParentTypes['RoundCounts']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoundItemStateResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, MISSING?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['RoundItemState']>;

export type RoundTaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoundTask'] = ResolversParentTypes['RoundTask']> = {
  report?: Resolver<Maybe<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RoundItemState'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType?: TypeResolveFn<'Competition' | 'Event' | 'Incubator' | 'Indicator' | 'Investor' | 'Mentor' | 'Plan' | 'Startup' | 'Task', ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type SearchTypeResolvers = EnumResolverSignature<{ COMPETITION?: any, EVENT?: any, INCUBATOR?: any, INDICATOR?: any, INVESTOR?: any, MENTOR?: any, PLAN?: any, STARTUP?: any, TASK?: any }, ResolversTypes['SearchType']>;

export type SectorResolvers = EnumResolverSignature<{ AGRO_PROCESSING?: any, BORDER_ECONOMY?: any, DIGITAL_TRANSFORMATION?: any, ELECTRONICS_SEMICONDUCTORS?: any, GREEN_CIRCULAR_ECONOMY?: any, HIGH_TECH_AGRICULTURE?: any, MEDICINAL_HERBS?: any, OCOP_PRODUCTS?: any, OTHER?: any, TOURISM?: any }, ResolversTypes['Sector']>;

export type SeriesDisagreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesDisagreement'] = ResolversParentTypes['SeriesDisagreement']> = {
  approved?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  registry?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  relativePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SeriesValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesValue'] = ResolversParentTypes['SeriesValue']> = {
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceBalanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceBalance'] = ResolversParentTypes['SourceBalance']> = {
  overspent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSourceKind'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SpendingEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingEntry'] = ResolversParentTypes['SpendingEntry']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSourceKind'], ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpendingEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingEntryConnection'] = ResolversParentTypes['SpendingEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpendingEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SpendingEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpendingEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingEntryEdge'] = ResolversParentTypes['SpendingEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SpendingEntry'], ParentType, ContextType>;
};

export type SpendingEntryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingEntryPayload'] = ResolversParentTypes['SpendingEntryPayload']> = {
  budget?: Resolver<Maybe<ResolversTypes['TaskBudget']>, ParentType, ContextType>;
  spendingEntry?: Resolver<Maybe<ResolversTypes['SpendingEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Startup'] = ResolversParentTypes['Startup']> = {
  applications?: Resolver<ResolversTypes['CompetitionApplicationConnection'], ParentType, ContextType, RequireFields<StartupapplicationsArgs, 'first'>>;
  awards?: Resolver<Array<ResolversTypes['Award']>, ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType, Partial<StartupeligibilityArgs>>;
  enterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstRegisteredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  founders?: Resolver<Array<ResolversTypes['Founder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incubations?: Resolver<ResolversTypes['IncubationConnection'], ParentType, ContextType, RequireFields<StartupincubationsArgs, 'first'>>;
  incubator?: Resolver<Maybe<ResolversTypes['Incubator']>, ParentType, ContextType>;
  intellectualProperty?: Resolver<Array<ResolversTypes['IntellectualProperty']>, ParentType, ContextType>;
  investments?: Resolver<ResolversTypes['InvestmentConnection'], ParentType, ContextType, RequireFields<StartupinvestmentsArgs, 'first'>>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  mentors?: Resolver<ResolversTypes['MentorConnection'], ParentType, ContextType, RequireFields<StartupmentorsArgs, 'first'>>;
  mentorships?: Resolver<ResolversTypes['MentorshipConnection'], ParentType, ContextType, RequireFields<StartupmentorshipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['StartupStage'], ParentType, ContextType>;
  supportReceived?: Resolver<ResolversTypes['SupportGrantConnection'], ParentType, ContextType, RequireFields<StartupsupportReceivedArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  womenLed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  youthLed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StartupConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupConnection'] = ResolversParentTypes['StartupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StartupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Startup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type StartupEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupEdge'] = ResolversParentTypes['StartupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Startup'], ParentType, ContextType>;
};

export type StartupPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StartupPayload'] = ResolversParentTypes['StartupPayload']> = {
  startup?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartupStageResolvers = EnumResolverSignature<{ GRADUATED?: any, INACTIVE?: any, PROJECT?: any, SCALEUP?: any, STARTUP?: any }, ResolversTypes['StartupStage']>;

export type SupportGrantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportGrant'] = ResolversParentTypes['SupportGrant']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['CompetitionApplication']>, ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['Startup']>, ParentType, ContextType>;
  beneficiaryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  policyBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['GrantSource'], ParentType, ContextType>;
  sourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportGrantConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportGrantConnection'] = ResolversParentTypes['SupportGrantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportGrantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SupportGrant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SupportGrantEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportGrantEdge'] = ResolversParentTypes['SupportGrantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportGrant'], ParentType, ContextType>;
};

export type SupportGrantPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportGrantPayload'] = ResolversParentTypes['SupportGrantPayload']> = {
  supportGrant?: Resolver<Maybe<ResolversTypes['SupportGrant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TargetComparatorResolvers = EnumResolverSignature<{ AT_LEAST?: any, AT_MOST?: any, DONE_BY?: any, EXACTLY?: any, GROWTH_RATE?: any, INCREASING?: any, QUALITATIVE?: any, RANGE?: any, RANK_TOP?: any }, ResolversTypes['TargetComparator']>;

export type TargetDirectionResolvers = EnumResolverSignature<{ AT_LEAST?: any, AT_MOST?: any }, ResolversTypes['TargetDirection']>;

export type TaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  advisoryAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['TaskAgency']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['TaskBudget']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<TaskchildrenArgs, 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  coordinatingAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['TaskDelivery']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<TaskeventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<TaskindicatorsArgs, 'first'>>;
  leadAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['TaskOutput']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['TaskPhase']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['TaskReportConnection'], ParentType, ContextType, RequireFields<TaskreportsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['TaskStatusReport'], ParentType, ContextType, Partial<TaskstatusArgs>>;
  timeline?: Resolver<Maybe<ResolversTypes['Timeline']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleSource?: Resolver<ResolversTypes['TextSource'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskAgencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskAgency'] = ResolversParentTypes['TaskAgency']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AgencyRole'], ParentType, ContextType>;
};

export type TaskBudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskBudget'] = ResolversParentTypes['TaskBudget']> = {
  bySource?: Resolver<Array<ResolversTypes['SourceBalance']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  plannedTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  spending?: Resolver<ResolversTypes['SpendingEntryConnection'], ParentType, ContextType, RequireFields<TaskBudgetspendingArgs, 'first'>>;
  spentTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskBudgetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskBudgetPayload'] = ResolversParentTypes['TaskBudgetPayload']> = {
  budget?: Resolver<Maybe<ResolversTypes['TaskBudget']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type TaskDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskDelivery'] = ResolversParentTypes['TaskDelivery']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  output?: Resolver<ResolversTypes['TaskOutput'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskDeliveryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskDeliveryPayload'] = ResolversParentTypes['TaskDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['TaskDelivery']>, ParentType, ContextType>;
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
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
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

export type TaskStatusResolvers = EnumResolverSignature<{ AT_RISK?: any, DONE?: any, IN_PROGRESS?: any, NOT_STARTED?: any, OVERDUE?: any, UNASSIGNED?: any }, ResolversTypes['TaskStatus']>;

export type TaskStatusReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskStatusReport'] = ResolversParentTypes['TaskStatusReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  elapsedPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  explanations?: Resolver<Array<ResolversTypes['Explanation']>, ParentType, ContextType>;
  latestApprovedReport?: Resolver<Maybe<ResolversTypes['TaskReport']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['OutputProgress']>, ParentType, ContextType>;
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
};

export type TextSourceResolvers = EnumResolverSignature<{ EDITOR?: any, PLAN?: any }, ResolversTypes['TextSource']>;

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recurring?: Resolver<Maybe<ResolversTypes['Recurrence']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface URLScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UploadTicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UploadTicket'] = ResolversParentTypes['UploadTicket']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['HttpHeader']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserAccountPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserAccountPayload'] = ResolversParentTypes['UserAccountPayload']> = {
  userAccount?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

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
  AccountRole?: AccountRoleResolvers;
  Accumulation?: AccumulationResolvers;
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyKind?: AgencyKindResolvers;
  AgencyPayload?: AgencyPayloadResolvers<ContextType>;
  AgencyResponsibility?: AgencyResponsibilityResolvers<ContextType>;
  AgencyRole?: AgencyRoleResolvers;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyCreatePayload?: ApiKeyCreatePayloadResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  ApplicationStatus?: ApplicationStatusResolvers;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentPayload?: AttachmentPayloadResolvers<ContextType>;
  AttachmentStatus?: AttachmentStatusResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  ClosedTaskStatus?: ClosedTaskStatusResolvers<ContextType>;
  Competition?: CompetitionResolvers<ContextType>;
  CompetitionApplication?: CompetitionApplicationResolvers<ContextType>;
  CompetitionApplicationConnection?: CompetitionApplicationConnectionResolvers<ContextType>;
  CompetitionApplicationEdge?: CompetitionApplicationEdgeResolvers<ContextType>;
  CompetitionApplicationPayload?: CompetitionApplicationPayloadResolvers<ContextType>;
  CompetitionAward?: CompetitionAwardResolvers<ContextType>;
  CompetitionConnection?: CompetitionConnectionResolvers<ContextType>;
  CompetitionEdge?: CompetitionEdgeResolvers<ContextType>;
  CompetitionPayload?: CompetitionPayloadResolvers<ContextType>;
  CompetitionPhase?: CompetitionPhaseResolvers<ContextType>;
  CompetitionPhaseKind?: CompetitionPhaseKindResolvers;
  CountedItem?: CountedItemResolvers<ContextType>;
  CountedRecord?: CountedRecordResolvers<ContextType>;
  CriteriaResult?: CriteriaResultResolvers<ContextType>;
  CurrencyCode?: CurrencyCodeResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Eligibility?: EligibilityResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventKind?: EventKindResolvers;
  EventPayload?: EventPayloadResolvers<ContextType>;
  ExchangeChange?: ExchangeChangeResolvers<ContextType>;
  ExchangeChangesPage?: ExchangeChangesPageResolvers<ContextType>;
  ExchangeRecord?: ExchangeRecordResolvers<ContextType>;
  ExchangeSnapshotPage?: ExchangeSnapshotPageResolvers<ContextType>;
  ExperienceField?: ExperienceFieldResolvers;
  Explanation?: ExplanationResolvers<ContextType>;
  ExplanationCode?: ExplanationCodeResolvers;
  ExplanationParam?: ExplanationParamResolvers<ContextType>;
  ExplanationParamKind?: ExplanationParamKindResolvers;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FieldConfidence?: FieldConfidenceResolvers<ContextType>;
  Founder?: FounderResolvers<ContextType>;
  FundingSource?: FundingSourceResolvers<ContextType>;
  FundingSourceKind?: FundingSourceKindResolvers;
  GrantSource?: GrantSourceResolvers;
  HttpHeader?: HttpHeaderResolvers<ContextType>;
  ImportedIndicator?: ImportedIndicatorResolvers<ContextType>;
  Incubation?: IncubationResolvers<ContextType>;
  IncubationConnection?: IncubationConnectionResolvers<ContextType>;
  IncubationEdge?: IncubationEdgeResolvers<ContextType>;
  IncubationPayload?: IncubationPayloadResolvers<ContextType>;
  Incubator?: IncubatorResolvers<ContextType>;
  IncubatorConnection?: IncubatorConnectionResolvers<ContextType>;
  IncubatorCriteria?: IncubatorCriteriaResolvers<ContextType>;
  IncubatorEdge?: IncubatorEdgeResolvers<ContextType>;
  IncubatorKind?: IncubatorKindResolvers;
  IncubatorPayload?: IncubatorPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorAgency?: IndicatorAgencyResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorDerivation?: IndicatorDerivationResolvers;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorMeasure?: IndicatorMeasureResolvers;
  IndicatorPayload?: IndicatorPayloadResolvers<ContextType>;
  IndicatorProgress?: IndicatorProgressResolvers<ContextType>;
  IndicatorProgressSummary?: IndicatorProgressSummaryResolvers<ContextType>;
  IndicatorSource?: IndicatorSourceResolvers;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IntellectualProperty?: IntellectualPropertyResolvers<ContextType>;
  Investment?: InvestmentResolvers<ContextType>;
  InvestmentConnection?: InvestmentConnectionResolvers<ContextType>;
  InvestmentEdge?: InvestmentEdgeResolvers<ContextType>;
  InvestmentPayload?: InvestmentPayloadResolvers<ContextType>;
  Investor?: InvestorResolvers<ContextType>;
  InvestorConnection?: InvestorConnectionResolvers<ContextType>;
  InvestorEdge?: InvestorEdgeResolvers<ContextType>;
  InvestorKind?: InvestorKindResolvers;
  InvestorPayload?: InvestorPayloadResolvers<ContextType>;
  IpKind?: IpKindResolvers;
  JSONObject?: GraphQLScalarType;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  JurisdictionKind?: JurisdictionKindResolvers;
  JurisdictionSummary?: JurisdictionSummaryResolvers<ContextType>;
  Language?: LanguageResolvers;
  LegalDocument?: LegalDocumentResolvers<ContextType>;
  LegalDocumentConnection?: LegalDocumentConnectionResolvers<ContextType>;
  LegalDocumentEdge?: LegalDocumentEdgeResolvers<ContextType>;
  LegalDocumentKind?: LegalDocumentKindResolvers;
  Mentor?: MentorResolvers<ContextType>;
  MentorConnection?: MentorConnectionResolvers<ContextType>;
  MentorEdge?: MentorEdgeResolvers<ContextType>;
  MentorPayload?: MentorPayloadResolvers<ContextType>;
  MentorSuggestion?: MentorSuggestionResolvers<ContextType>;
  Mentorship?: MentorshipResolvers<ContextType>;
  MentorshipConnection?: MentorshipConnectionResolvers<ContextType>;
  MentorshipEdge?: MentorshipEdgeResolvers<ContextType>;
  MentorshipGap?: MentorshipGapResolvers<ContextType>;
  MentorshipPayload?: MentorshipPayloadResolvers<ContextType>;
  MentorshipStatus?: MentorshipStatusResolvers;
  MilestoneProgress?: MilestoneProgressResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalSummary?: NationalSummaryResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  NotificationPayload?: NotificationPayloadResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  ObservationBatchRowResult?: ObservationBatchRowResultResolvers<ContextType>;
  ObservationBatchSubmitPayload?: ObservationBatchSubmitPayloadResolvers<ContextType>;
  ObservationConnection?: ObservationConnectionResolvers<ContextType>;
  ObservationEdge?: ObservationEdgeResolvers<ContextType>;
  ObservationPayload?: ObservationPayloadResolvers<ContextType>;
  ObservationStatus?: ObservationStatusResolvers;
  OrderDirection?: OrderDirectionResolvers;
  OutputProgress?: OutputProgressResolvers<ContextType>;
  OverdueItem?: OverdueItemResolvers<ContextType>;
  OverdueKind?: OverdueKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participants?: ParticipantsResolvers<ContextType>;
  PersonErasePayload?: PersonErasePayloadResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanAmendPayload?: PlanAmendPayloadResolvers<ContextType>;
  PlanBudget?: PlanBudgetResolvers<ContextType>;
  PlanClosure?: PlanClosureResolvers<ContextType>;
  PlanConnection?: PlanConnectionResolvers<ContextType>;
  PlanDiff?: PlanDiffResolvers<ContextType>;
  PlanEdge?: PlanEdgeResolvers<ContextType>;
  PlanEdition?: PlanEditionResolvers<ContextType>;
  PlanEditionConnection?: PlanEditionConnectionResolvers<ContextType>;
  PlanEditionEdge?: PlanEditionEdgeResolvers<ContextType>;
  PlanImportPayload?: PlanImportPayloadResolvers<ContextType>;
  PlanImportReview?: PlanImportReviewResolvers<ContextType>;
  PlanOutcome?: PlanOutcomeResolvers;
  PlanPayload?: PlanPayloadResolvers<ContextType>;
  PlanPeriod?: PlanPeriodResolvers<ContextType>;
  PlanProgressSummary?: PlanProgressSummaryResolvers<ContextType>;
  PlanReport?: PlanReportResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  Product?: ProductResolvers<ContextType>;
  ProgressSeries?: ProgressSeriesResolvers<ContextType>;
  ProgressStatus?: ProgressStatusResolvers;
  ProgressStatusCount?: ProgressStatusCountResolvers<ContextType>;
  PullApplyPayload?: PullApplyPayloadResolvers<ContextType>;
  PullDetachPayload?: PullDetachPayloadResolvers<ContextType>;
  PullRefusal?: PullRefusalResolvers<ContextType>;
  PullState?: PullStateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecognitionLevel?: RecognitionLevelResolvers;
  Recurrence?: RecurrenceResolvers;
  RegistryCount?: RegistryCountResolvers<ContextType>;
  RegistryCountKind?: RegistryCountKindResolvers;
  RegistryDeletePayload?: RegistryDeletePayloadResolvers<ContextType>;
  RegistryOrderField?: RegistryOrderFieldResolvers;
  RemindersRunPayload?: RemindersRunPayloadResolvers<ContextType>;
  ReportingCalendar?: ReportingCalendarResolvers<ContextType>;
  ReportingCalendarPayload?: ReportingCalendarPayloadResolvers<ContextType>;
  ReportingFrequency?: ReportingFrequencyResolvers;
  ReportingRound?: ReportingRoundResolvers<ContextType>;
  ReportingRoundSchedule?: ReportingRoundScheduleResolvers<ContextType>;
  Role?: RoleResolvers;
  RoundActual?: RoundActualResolvers<ContextType>;
  RoundAgency?: RoundAgencyResolvers<ContextType>;
  RoundCounts?: RoundCountsResolvers<ContextType>;
  RoundItemState?: RoundItemStateResolvers;
  RoundTask?: RoundTaskResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  SearchType?: SearchTypeResolvers;
  Sector?: SectorResolvers;
  SeriesDisagreement?: SeriesDisagreementResolvers<ContextType>;
  SeriesValue?: SeriesValueResolvers<ContextType>;
  SourceBalance?: SourceBalanceResolvers<ContextType>;
  SpendingEntry?: SpendingEntryResolvers<ContextType>;
  SpendingEntryConnection?: SpendingEntryConnectionResolvers<ContextType>;
  SpendingEntryEdge?: SpendingEntryEdgeResolvers<ContextType>;
  SpendingEntryPayload?: SpendingEntryPayloadResolvers<ContextType>;
  Startup?: StartupResolvers<ContextType>;
  StartupConnection?: StartupConnectionResolvers<ContextType>;
  StartupEdge?: StartupEdgeResolvers<ContextType>;
  StartupPayload?: StartupPayloadResolvers<ContextType>;
  StartupStage?: StartupStageResolvers;
  SupportGrant?: SupportGrantResolvers<ContextType>;
  SupportGrantConnection?: SupportGrantConnectionResolvers<ContextType>;
  SupportGrantEdge?: SupportGrantEdgeResolvers<ContextType>;
  SupportGrantPayload?: SupportGrantPayloadResolvers<ContextType>;
  TargetComparator?: TargetComparatorResolvers;
  TargetDirection?: TargetDirectionResolvers;
  Task?: TaskResolvers<ContextType>;
  TaskAgency?: TaskAgencyResolvers<ContextType>;
  TaskBudget?: TaskBudgetResolvers<ContextType>;
  TaskBudgetPayload?: TaskBudgetPayloadResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskDeletePayload?: TaskDeletePayloadResolvers<ContextType>;
  TaskDelivery?: TaskDeliveryResolvers<ContextType>;
  TaskDeliveryPayload?: TaskDeliveryPayloadResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskOutput?: TaskOutputResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  TaskPhase?: TaskPhaseResolvers<ContextType>;
  TaskReport?: TaskReportResolvers<ContextType>;
  TaskReportConnection?: TaskReportConnectionResolvers<ContextType>;
  TaskReportEdge?: TaskReportEdgeResolvers<ContextType>;
  TaskReportPayload?: TaskReportPayloadResolvers<ContextType>;
  TaskReportStatus?: TaskReportStatusResolvers;
  TaskStatus?: TaskStatusResolvers;
  TaskStatusReport?: TaskStatusReportResolvers<ContextType>;
  TextSource?: TextSourceResolvers;
  Timeline?: TimelineResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UploadTicket?: UploadTicketResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  UserAccountPayload?: UserAccountPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
};

