/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * The roles the department may give: its own administrators and agency clerks. National networks
 * and pull operators are set up by whoever runs the national deployment, never from a province.
 */
export type AccountRole =
  /** An agency clerk: reports on the tasks and indicators of one agency. */
  | 'AGENCY'
  /** A department administrator (Sở KH&CN): enters and publishes plans, approves reports, manages accounts. */
  | 'PROVINCE_ADMIN';

/** The part an agency plays in a task. */
export type AgencyRole =
  /** Advises the lead and prepares the work (cơ quan tham mưu), as in Cao Bằng 3.1. */
  | 'ADVISORY'
  /** Coordinates with the lead (cơ quan phối hợp). */
  | 'COORDINATING'
  /** Leads the task (cơ quan chủ trì). */
  | 'LEAD';

/** A new partner key. */
export type ApiKeyCreateInput = {
  /** Jurisdiction code issuing it. */
  jurisdiction: string;
  /** The portal's name. */
  name: string;
  /** Requests a minute (default 600). */
  quotaPerMinute?: number | null | undefined;
};

/** A key to revoke. */
export type ApiKeyRevokeInput = {
  /** The key (global ID). */
  id: string | number;
};

/** A file to attach: register it, then upload its bytes to the returned URL. */
export type AttachmentCreateInput = {
  /** Its media type: application/pdf, image/jpeg, image/png, DOCX or XLSX. */
  contentType: string;
  /** The file's name. */
  fileName: string;
  /** What it is evidence for: a TaskReport, Observation, SpendingEntry or TaskDelivery (global ID). */
  owner: string | number;
  /** SHA-256 of its content, 64 hex digits; the upload is refused if the bytes differ. */
  sha256: string;
  /** Its size in bytes, at most 10 MB (10485760). */
  size: number;
};

/** Whether an attachment's file has arrived. */
export type AttachmentStatus =
  /** Registered; the file has not been uploaded (or confirmed) yet. */
  | 'PENDING'
  /** The file is stored and its SHA-256 matches. */
  | 'STORED';

/**
 * Which part of a jurisdiction's audit trail to list (nhật ký thay đổi). Give at most one of
 * `entity` and `actor`; with neither, the whole jurisdiction's changes in change order.
 */
export type AuditFilter = {
  /** Only the changes made by this person (the `sub` of their token), in time order. */
  actor?: string | null | undefined;
  /** Only the changes of this object (a global ID from this API), in version order. */
  entity?: string | number | null | undefined;
  /** Only changes made at or after this instant. */
  from?: string | null | undefined;
  /** The jurisdiction whose trail to read (code, e.g. `04`); the caller must be a province admin of it. */
  jurisdiction: string;
  /** Only changes made at or before this instant. */
  to?: string | null | undefined;
};

/** How a field differs between two editions of a plan. */
export type ChangeKind =
  /** Present only in the later edition. */
  | 'ADDED'
  /** Present in both, with a different value. */
  | 'CHANGED'
  /** Present only in the earlier edition. */
  | 'REMOVED';

/** An award from elsewhere to record. */
export type ExternalAwardInput = {
  /** Who awarded it. */
  awardedBy?: string | null | undefined;
  /** When. */
  awardedOn: string;
  /** Title. */
  title: string;
};

/** A founder to record. */
export type FounderInput = {
  /** E-mail (personal data). */
  email?: string | null | undefined;
  /** Name. */
  name: string;
  /** Phone (personal data). */
  phone?: string | null | undefined;
  /** Role. */
  role?: string | null | undefined;
  /** A woman founder. */
  woman?: boolean | null | undefined;
  /** A young founder (under 35). */
  youth?: boolean | null | undefined;
};

/** A source of money. */
export type FundingSourceInput = {
  /** Kind of source. */
  kind: FundingSourceKind;
  /** Name as the plan gives it. */
  name: string;
  /** Details. */
  note?: string | null | undefined;
};

/** Where money for a plan comes from (nguồn kinh phí). */
export type FundingSourceKind =
  /** A donor, such as CARE International (nhà tài trợ). */
  | 'DONOR'
  /** Other lawful sources (nguồn hợp pháp khác). */
  | 'OTHER'
  /** The state budget, such as the science and technology budget (ngân sách nhà nước). */
  | 'STATE_BUDGET';

/** A patent or utility solution to record. */
export type IntellectualPropertyInput = {
  /** Filing date. */
  filedOn?: string | null | undefined;
  /** Grant date. */
  grantedOn?: string | null | undefined;
  /** Patent or utility solution. */
  kind: IpKind;
  /** Number. */
  number?: string | null | undefined;
  /** Title. */
  title: string;
};

/** Patent or utility solution. */
export type IpKind =
  /** A patent (sáng chế). */
  | 'PATENT'
  /** A utility solution (giải pháp hữu ích). */
  | 'UTILITY_SOLUTION';

/** A legal document to cite. */
export type LegalDocumentInput = {
  /** Date of issue. */
  issuedOn?: string | null | undefined;
  /** Issuer. */
  issuer?: string | null | undefined;
  /** Kind of document. */
  kind: LegalDocumentKind;
  /** Number and symbol. */
  number?: string | null | undefined;
  /** Title or subject. */
  title: string;
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

/** A new mentor. */
export type MentorCreateInput = {
  /** Availability note. */
  availabilityNote?: string | null | undefined;
  /** Open to new mentees. */
  available?: boolean | null | undefined;
  /** Places, 1–50. */
  capacity: number;
  /** E-mail (personal data). */
  email?: string | null | undefined;
  /** Expertise. */
  expertise?: Array<string> | null | undefined;
  /** A key that makes a retried create return the first result. */
  idempotencyKey?: string | null | undefined;
  /** Jurisdiction code. */
  jurisdiction: string;
  /** Name. */
  name: string;
  /** Organisation. */
  organisation?: string | null | undefined;
  /** Phone (personal data). */
  phone?: string | null | undefined;
  /** Sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** TOT-trained. */
  totTrained?: boolean | null | undefined;
};

/** Changes to a mentor. */
export type MentorUpdateInput = {
  /** Availability note. */
  availabilityNote?: string | null | undefined;
  /** Open to new mentees. */
  available?: boolean | null | undefined;
  /** Places, 1–50; lowering it ends no mentorship, it only stops new ones. */
  capacity?: number | null | undefined;
  /** E-mail. */
  email?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** Expertise. */
  expertise?: Array<string> | null | undefined;
  /** The mentor. */
  id: string | number;
  /** Name. */
  name?: string | null | undefined;
  /** Organisation. */
  organisation?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** TOT-trained. */
  totTrained?: boolean | null | undefined;
};

/** End a mentorship and free its place. */
export type MentorshipEndInput = {
  /** Last day. */
  endedOn: string;
  /** The version you read. */
  expectedVersion: number;
  /** The mentorship. */
  id: string | number;
  /** Why. */
  note?: string | null | undefined;
};

/** Pair a mentor with a startup. */
export type MentorshipStartInput = {
  /** First day. */
  from: string;
  /** The mentor; must be in the startup's jurisdiction, available and have a free place. */
  mentor: string | number;
  /** A note. */
  note?: string | null | undefined;
  /** The startup. */
  startup: string | number;
  /** Planned last day. */
  to?: string | null | undefined;
};

/** Whether a mentorship runs. */
export type MentorshipStatus =
  /** Running; it holds one of the mentor's places. */
  | 'ACTIVE'
  /** Ended; its place is free again. */
  | 'ENDED';

/** One row of a spreadsheet of actuals (indicator × period), as the console's upload sends it. */
export type ObservationBatchRowInput = {
  /** When a milestone was done. */
  doneOn?: string | null | undefined;
  /** The indicator (global ID). */
  indicator: string | number;
  /** Remarks. */
  note?: string | null | undefined;
  /** The period: `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  period: string;
  /** The actual in words (qualitative indicators). */
  text?: string | null | undefined;
  /** The number; send a plain number, not Vietnamese text. */
  value?: number | null | undefined;
};

/** Actuals entered and submitted together, such as a round's spreadsheet (at most 100 rows). */
export type ObservationBatchSubmitInput = {
  /** Names the batch: sending the same batch again with this key returns what the first call did instead of entering anything twice (required, because uploads are retried). */
  idempotencyKey: string;
  /** The rows, in sheet order; each is checked on its own. */
  rows: Array<ObservationBatchRowInput>;
  /** Check every row and answer what would happen, writing nothing (the upload's preview). */
  validateOnly?: boolean | null | undefined;
};

/** A new actual, saved as DRAFT. */
export type ObservationCreateInput = {
  /** When a milestone was done. */
  doneOn?: string | null | undefined;
  /** Links to evidence. */
  evidence?: Array<string> | null | undefined;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: string | null | undefined;
  /** The indicator (global ID). */
  indicator: string | number;
  /** Remarks. */
  note?: string | null | undefined;
  /** The period: `2028`, `2028-H1`, `2028-Q3` or `2028-09`. */
  period: string;
  /** The agency the figure comes from (global ID); an AGENCY caller is its own source. */
  sourceAgency?: string | number | null | undefined;
  /** The actual in words (qualitative indicators). */
  text?: string | null | undefined;
  /** The number (a count, percent, rank …); send a plain number, not Vietnamese text. */
  value?: number | null | undefined;
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
  doneOn?: string | null | undefined;
  /** Links to evidence (replaces). */
  evidence?: Array<string> | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The observation. */
  id: string | number;
  /** Remarks. */
  note?: string | null | undefined;
  /** The actual in words. */
  text?: string | null | undefined;
  /** The number. */
  value?: number | null | undefined;
};

/** What is late. */
export type OverdueKind =
  /** An indicator's actual for a reporting round (số liệu chỉ tiêu). */
  | 'ACTUAL'
  /** A task's progress report for a reporting round (báo cáo tiến độ). */
  | 'REPORT'
  /** A task whose end date has passed without being done (nhiệm vụ quá hạn). */
  | 'TASK';

/** Changes to a plan's own fields in an amendment; fields left out stay as they are. */
export type PlanAmendFields = {
  /** Funding sources (replaces). */
  fundingSources?: Array<FundingSourceInput> | null | undefined;
  /** Objectives (replaces). */
  objectives?: Array<string> | null | undefined;
  /** Orientation year. */
  orientationYear?: number | null | undefined;
  /** First year covered. */
  periodFrom?: number | null | undefined;
  /** Last year covered. */
  periodTo?: number | null | undefined;
  /** Purposes (replaces). */
  purposes?: Array<string> | null | undefined;
  /** Requirements (replaces). */
  requirements?: Array<string> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Amends a published plan: a new edition with its changes; the previous edition is kept. */
export type PlanAmendInput = {
  /** The amending decision ("Quyết định số 12/QĐ-UBND"). */
  decision?: string | null | undefined;
  /** The plan's version you read. */
  expectedVersion: number;
  /** The plan. */
  id: string | number;
  /** Why (nội dung điều chỉnh). */
  note: string;
  /** Changes to the plan's own fields. */
  plan?: PlanAmendFields | null | undefined;
  /** Targets changed. */
  targets?: Array<TargetAmendment> | null | undefined;
  /** Tasks changed, added or removed. */
  tasks?: Array<TaskAmendment> | null | undefined;
};

/** Closes a finished plan: it is frozen with its final status. */
export type PlanCloseInput = {
  /** The date to judge task statuses at; today when left out. */
  asOf?: string | null | undefined;
  /** The plan's version you read. */
  expectedVersion: number;
  /** The plan. */
  id: string | number;
  /** The final outcome. */
  outcome: PlanOutcome;
  /** The department's summary. */
  summary?: string | null | undefined;
};

/** A plan document to import as a draft plan. */
export type PlanImportInput = {
  /** A key that makes a retried import return the first result, or finish an interrupted one, instead of importing twice. */
  idempotencyKey?: string | null | undefined;
  /** Jurisdiction code to import into; by default the one the document names (its issuer or place). */
  jurisdiction?: string | null | undefined;
  /** The document as plain text (UTF-8; Markdown tables and scraped pages are read too), at most 200,000 bytes. */
  text: string;
};

/** How a closed plan ended (kết quả thực hiện kế hoạch). */
export type PlanOutcome =
  /** Every task done (hoàn thành). */
  | 'COMPLETED'
  /** Not done (không hoàn thành). */
  | 'NOT_COMPLETED'
  /** Some tasks done (hoàn thành một phần). */
  | 'PARTIALLY_COMPLETED';

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
  effectiveOn?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Funding sources (replaces the list). */
  fundingSources?: Array<FundingSourceInput> | null | undefined;
  /** The plan. */
  id: string | number;
  /** Date of issue. */
  issuedOn?: string | null | undefined;
  /** Issuing body. */
  issuer?: string | null | undefined;
  /** Legal bases (replaces the list). */
  legalBases?: Array<LegalDocumentInput> | null | undefined;
  /** Number and symbol. */
  number?: string | null | undefined;
  /** Objectives (replaces the list). */
  objectives?: Array<string> | null | undefined;
  /** Orientation year. */
  orientationYear?: number | null | undefined;
  /** First year covered. */
  periodFrom?: number | null | undefined;
  /** Last year covered. */
  periodTo?: number | null | undefined;
  /** Place of issue. */
  place?: string | null | undefined;
  /** Purposes (replaces the list). */
  purposes?: Array<string> | null | undefined;
  /** Requirements (replaces the list). */
  requirements?: Array<string> | null | undefined;
  /** Duties per agency (replaces the list). */
  responsibilities?: Array<ResponsibilityInput> | null | undefined;
  /** Signer. */
  signer?: string | null | undefined;
  /** Signer's title. */
  signerTitle?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** A product to record. */
export type ProductInput = {
  /** Day commercialised. */
  commercialisedOn?: string | null | undefined;
  /** What it is. */
  description?: string | null | undefined;
  /** Name. */
  name: string;
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

/** Duties of one agency. */
export type ResponsibilityInput = {
  /** The agency (global ID). */
  agency: string | number;
  /** Its duties. */
  duties: Array<string>;
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

/** A new startup. */
export type StartupCreateInput = {
  /** Awards from elsewhere. */
  awards?: Array<ExternalAwardInput> | null | undefined;
  /** Commune or ward. */
  commune?: string | null | undefined;
  /** What it does. */
  description?: string | null | undefined;
  /** Enterprise code, 10 digits or 13 for a branch; unique in the jurisdiction. */
  enterpriseCode?: string | null | undefined;
  /** Date of first registration; required unless a PROJECT. */
  firstRegisteredOn?: string | null | undefined;
  /** Founders. */
  founders?: Array<FounderInput> | null | undefined;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: string | null | undefined;
  /** Patents and utility solutions. */
  intellectualProperty?: Array<IntellectualPropertyInput> | null | undefined;
  /** Jurisdiction code of the registry. */
  jurisdiction: string;
  /** Name. */
  name: string;
  /** Products. */
  products?: Array<ProductInput> | null | undefined;
  /** Sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Stage. */
  stage: StartupStage;
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
  awards?: Array<ExternalAwardInput> | null | undefined;
  /** Commune or ward. */
  commune?: string | null | undefined;
  /** What it does. */
  description?: string | null | undefined;
  /** Enterprise code. */
  enterpriseCode?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** Date of first registration. */
  firstRegisteredOn?: string | null | undefined;
  /** Founders. */
  founders?: Array<FounderInput> | null | undefined;
  /** The startup. */
  id: string | number;
  /** Patents and utility solutions. */
  intellectualProperty?: Array<IntellectualPropertyInput> | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Products. */
  products?: Array<ProductInput> | null | undefined;
  /** Sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Stage. */
  stage?: StartupStage | null | undefined;
};

/** A milestone target changed by an amendment. */
export type TargetAmendment = {
  /** The indicator (global ID). */
  indicator: string | number;
  /** The cell as written; empty removes the target. */
  text: string;
  /** The milestone year. */
  year: number;
};

/** A direction the plan's text gives for a bare number in a cell (HDI \"0,7\" is \"trên 0.7\"). */
export type TargetDirection =
  /** Read the bare number as at least. */
  | 'AT_LEAST'
  /** Read the bare number as at most. */
  | 'AT_MOST';

/** Sets one milestone's target cell; an empty text removes the milestone. */
export type TargetSetInput = {
  /** A direction the plan's text gives for a bare number. */
  direction?: TargetDirection | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The indicator. */
  id: string | number;
  /** Where this reading comes from. */
  note?: string | null | undefined;
  /** The cell exactly as written. */
  text: string;
  /** The milestone year. */
  year: number;
};

/** An agency's part in a new or changed task. */
export type TaskAgencyInput = {
  /** The agency (global ID). */
  agency: string | number;
  /** A qualifier. */
  note?: string | null | undefined;
  /** Its role. */
  role: AgencyRole;
};

/** A task changed, added or removed by an amendment: give `task` to change or delete one, `code` to add one. */
export type TaskAmendment = {
  /** Agencies and roles (replaces). */
  agencies?: Array<TaskAgencyInput> | null | undefined;
  /** A new task's code. */
  code?: string | null | undefined;
  /** Content paragraphs (replaces). */
  content?: Array<string> | null | undefined;
  /** Remove the task. */
  delete?: boolean | null | undefined;
  /** Quantified outputs (replaces). */
  outputs?: Array<TaskOutputInput> | null | undefined;
  /** An existing task (global ID). */
  task?: string | number | null | undefined;
  /** When, as written. */
  timeline?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Agencies to give a task: each is added with its role, or has its role changed if the task already names it. */
export type TaskAssignAgenciesInput = {
  /** The agencies and their roles; at least one. */
  agencies: Array<TaskAgencyInput>;
  /** The version you read. */
  expectedVersion: number;
  /** The task. */
  id: string | number;
  /** Why, for the audit trail (the decision or the meeting that assigned them). */
  note?: string | null | undefined;
};

/** A new task in a plan. */
export type TaskCreateInput = {
  /** Agencies and roles. */
  agencies?: Array<TaskAgencyInput> | null | undefined;
  /** Its number (`3.1`); unique in the plan; its parent is the code without its last part. */
  code: string;
  /** Content paragraphs. */
  content?: Array<string> | null | undefined;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: string | null | undefined;
  /** Quantified outputs. */
  outputs?: Array<TaskOutputInput> | null | undefined;
  /** Dated steps. */
  phases?: Array<TaskPhaseInput> | null | undefined;
  /** The plan (global ID). */
  plan: string | number;
  /** When, as written ("Quý III/2026"); the dates are read from it. */
  timeline?: string | null | undefined;
  /** Title. */
  title: string;
  /** Where the title comes from; PLAN when left out. */
  titleSource?: TextSource | null | undefined;
};

/** A quantified output. */
export type TaskOutputInput = {
  /** How many. */
  quantity?: number | null | undefined;
  /** As written. */
  text: string;
  /** Of what. */
  unit?: string | null | undefined;
};

/** A dated step of a task. */
export type TaskPhaseInput = {
  /** What happens. */
  name: string;
  /** When, as written; the dates are read from it. */
  timeline: string;
};

/** A new progress report, saved as DRAFT. */
export type TaskReportCreateInput = {
  /** The reporting agency (global ID); an AGENCY caller may leave it out and reports as itself. */
  agency?: string | number | null | undefined;
  /** Links to evidence. */
  evidence?: Array<string> | null | undefined;
  /** A key that makes a retried create return the first result instead of creating twice. */
  idempotencyKey?: string | null | undefined;
  /** What was done. */
  narrative: string;
  /** How complete, 0–100. */
  percentComplete?: number | null | undefined;
  /** The period: `2026`, `2026-H1`, `2026-Q3` or `2026-09`. */
  period: string;
  /** The task (global ID). */
  task: string | number;
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
  evidence?: Array<string> | null | undefined;
  /** The version read; CONFLICT when someone changed it since. */
  expectedVersion: number;
  /** The report (global ID). */
  id: string | number;
  /** What was done (replaces the text). */
  narrative: string;
  /** How complete, 0–100; null clears it. */
  percentComplete?: number | null | undefined;
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

/** Changes to a task; fields left out stay as they are. */
export type TaskUpdateInput = {
  /** Agencies and roles (replaces). */
  agencies?: Array<TaskAgencyInput> | null | undefined;
  /** Content paragraphs (replaces). */
  content?: Array<string> | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The task. */
  id: string | number;
  /** Quantified outputs (replaces). */
  outputs?: Array<TaskOutputInput> | null | undefined;
  /** Dated steps (replaces). */
  phases?: Array<TaskPhaseInput> | null | undefined;
  /** When, as written. */
  timeline?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Where the title comes from; a new title left without it is the plan's (PLAN). */
  titleSource?: TextSource | null | undefined;
};

/** Where a piece of a plan's text comes from. */
export type TextSource =
  /** Supplied by whoever entered the plan, because the text we hold does not have it (do biên tập viên bổ sung); show it as such, not as the plan's wording. */
  | 'EDITOR'
  /** The plan's own wording, as written (nguyên văn kế hoạch). */
  | 'PLAN';

/**
 * A new account. Deployed, Cognito e-mails the person a temporary password; at the first sign-in
 * they choose a password and enrol an authenticator app (MFA is required for everyone).
 */
export type UserAccountCreateInput = {
  /** For AGENCY: the agency of the same province the clerk reports for. Must be absent for PROVINCE_ADMIN. */
  agency?: string | number | null | undefined;
  /** The person's name, shown to the department (at most 100 characters). */
  displayName?: string | null | undefined;
  /** The person's e-mail address: their user name, unique in the deployment. */
  email: string;
  /** The province the account acts in: one the caller administers. */
  jurisdiction: string;
  /** PROVINCE_ADMIN or AGENCY. */
  role: AccountRole;
};

/** Which account to disable or enable. */
export type UserAccountStateInput = {
  /** The account's e-mail address. */
  email: string;
  /** The province the account acts in. */
  jurisdiction: string;
  /** Why, for the audit trail (e.g. "chuyển công tác"). */
  note?: string | null | undefined;
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

/** A workflow step on an object: publish, submit, approve, return, delete. */
export type WorkflowInput = {
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** The object. */
  id: string | number;
  /** Why, for the audit trail (and, on return, for the agency). */
  note?: string | null | undefined;
};

export type ConsoleObservationCreateMutationVariables = Exact<{
  input: ObservationCreateInput;
}>;


export type ConsoleObservationCreateMutation = { observationCreate: { observation: { id: string, version: number, status: ObservationStatus, value: number | null, text: string | null, note: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleObservationUpdateMutationVariables = Exact<{
  input: ObservationUpdateInput;
}>;


export type ConsoleObservationUpdateMutation = { observationUpdate: { observation: { id: string, version: number, status: ObservationStatus, value: number | null, text: string | null, note: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleObservationSubmitMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleObservationSubmitMutation = { observationSubmit: { observation: { id: string, version: number, status: ObservationStatus, submittedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleObservationApproveMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleObservationApproveMutation = { observationApprove: { observation: { id: string, status: ObservationStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleObservationReturnMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleObservationReturnMutation = { observationReturn: { observation: { id: string, status: ObservationStatus, version: number, reviewNote: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleTasksNeedingAssignmentQueryVariables = Exact<{
  plan: string | number;
  jurisdiction: string;
}>;


export type ConsoleTasksNeedingAssignmentQuery = { node:
    | { id: string, tasksNeedingAssignment: { nodes: Array<{ id: string, code: string, title: string, titleSource: TextSource, version: number }> } }
    | Record<PropertyKey, never>
   | null, agencies: { nodes: Array<{ id: string, name: string }> } };

export type ConsoleTaskAssignAgenciesMutationVariables = Exact<{
  input: TaskAssignAgenciesInput;
}>;


export type ConsoleTaskAssignAgenciesMutation = { taskAssignAgencies: { task: { id: string, code: string, version: number, leadAgencies: Array<{ id: string, name: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleAuditTrailQueryVariables = Exact<{
  filter: AuditFilter;
  after?: string | null | undefined;
}>;


export type ConsoleAuditTrailQuery = { auditTrail: { nodes: Array<{ entityId: string, entityType: string, version: number, operation: string, actor: string, at: string, note: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleDirectorySearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleDirectorySearchQuery = { search: { nodes: Array<
      | { __typename: 'Competition', id: string, name: string, description: string | null, jurisdiction: { name: string } }
      | { __typename: 'Event', id: string, name: string, place: string | null, startsOn: string, jurisdiction: { name: string } }
      | { __typename: 'Incubator', id: string, name: string, host: string | null, jurisdiction: { name: string } }
      | { __typename: 'Indicator', id: string, code: string, name: string, plan: { id: string, number: string, jurisdiction: { name: string } } }
      | { __typename: 'Investor', id: string, name: string, organisation: string | null, jurisdiction: { name: string } }
      | { __typename: 'Mentor', id: string, name: string, organisation: string | null, expertise: Array<string>, mentorTitle: string | null, jurisdiction: { name: string } }
      | { __typename: 'Plan', id: string, title: string, number: string, jurisdiction: { name: string } }
      | { __typename: 'Startup', id: string, name: string, description: string | null, stage: StartupStage, jurisdiction: { name: string } }
      | { __typename: 'Task', id: string, code: string, title: string, plan: { id: string, number: string, jurisdiction: { name: string } } }
    >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleImportDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleImportDraftQuery = { node:
    | { id: string, number: string, title: string, issuer: string | null, issuedOn: string | null, status: PlanStatus, version: number, tasks: { nodes: Array<{ id: string, code: string, title: string, leadAgencies: Array<{ id: string, name: string }> }> }, importReview: { unplaced: Array<string>, warnings: Array<string>, confidence: Array<{ field: string, confidence: number }>, proposedAgencies: Array<{ id: string, name: string }>, indicators: Array<{ code: string, name: string, unit: string | null, targets: Array<string>, stored: boolean }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ConsolePlanImportMutationVariables = Exact<{
  input: PlanImportInput;
}>;


export type ConsolePlanImportMutation = { planImport: { plan: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanUpdateMutationVariables = Exact<{
  input: PlanUpdateInput;
}>;


export type ConsolePlanUpdateMutation = { planUpdate: { plan: { id: string, number: string, title: string, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanPublishMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsolePlanPublishMutation = { planPublish: { plan: { id: string, status: PlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleApiKeysQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type ConsoleApiKeysQuery = { apiKeys: Array<{ id: string, name: string, quotaPerMinute: number, createdAt: string, revokedAt: string | null }> | null };

export type ConsoleApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ConsoleApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, quotaPerMinute: number, createdAt: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ConsoleApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleNationalSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNationalSummaryQuery = { nationalSummary: { asOf: string, jurisdictions: Array<{ pulledFrom: string | null, startups: number, eligibleStartups: number, incubators: number, mentors: number, investments: number, supportGrants: number, jurisdiction: { code: string, name: string }, investmentAmount: { amount: string }, supportGrantAmount: { amount: string }, plans: Array<{ plan: { id: string, number: string, title: string }, statusCounts: Array<{ status: ProgressStatus, count: number }> }> }> } };

export type ConsoleOverdueQueryVariables = Exact<{
  plan: string | number;
}>;


export type ConsoleOverdueQuery = { overdue: Array<{ kind: OverdueKind, period: string | null, dueOn: string, daysLate: number, state: RoundItemState | null, agency: { id: string, name: string }, task: { id: string, code: string, title: string } | null, indicator: { id: string, code: string, name: string } | null }> };

export type ConsolePlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePlanQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Attachment' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionApplication' }
    | { __typename: 'Event' }
    | { __typename: 'Incubation' }
    | { __typename: 'Incubator' }
    | { __typename: 'Indicator' }
    | { __typename: 'Investment' }
    | { __typename: 'Investor' }
    | { __typename: 'LegalDocument' }
    | { __typename: 'Mentor' }
    | { __typename: 'Mentorship' }
    | { __typename: 'Notification' }
    | { __typename: 'Observation' }
    | { __typename: 'Plan', id: string, number: string, title: string, issuer: string | null, issuedOn: string | null, signer: string | null, signerTitle: string | null, status: PlanStatus, objectives: Array<string>, period: { from: number, to: number, orientationYear: number | null }, jurisdiction: { code: string, name: string }, legalBases: { nodes: Array<{ id: string, kind: LegalDocumentKind, number: string | null, title: string, issuedOn: string | null }> }, tasks: { nodes: Array<{ id: string, code: string, title: string, titleSource: TextSource, parent: { id: string } | null, leadAgencies: Array<{ id: string, name: string, shortName: string | null }>, timeline: { text: string } | null, status: { status: TaskStatus, percentComplete: number | null, explanations: Array<{ vi: string, en: string }>, latestApprovedReport: { id: string, period: string, narrative: string, percentComplete: number | null, reviewedAt: string | null, agency: { id: string, name: string } } | null } }> }, indicators: { nodes: Array<{ id: string, code: string, name: string, unit: string | null, baseline: { year: number, value: number } | null, targets: Array<{ year: number, text: string, value: number | null }>, progress: { overall: ProgressStatus, milestones: Array<{ year: number, status: ProgressStatus, actual: number | null, target: { text: string }, explanation: { vi: string, en: string } }>, series: Array<{ judged: boolean, values: Array<{ year: number, value: number }> }> } }> } }
    | { __typename: 'PlanEdition' }
    | { __typename: 'SpendingEntry' }
    | { __typename: 'Startup' }
    | { __typename: 'SupportGrant' }
    | { __typename: 'Task' }
    | { __typename: 'TaskDelivery' }
    | { __typename: 'TaskReport' }
   | null };

export type ConsolePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePlansQuery = { plans: { nodes: Array<{ id: string, number: string, title: string, status: PlanStatus, issuedOn: string | null, issuer: string | null, period: { from: number, to: number, orientationYear: number | null }, jurisdiction: { code: string, name: string } }> } };

export type ConsoleReportCreateMutationVariables = Exact<{
  input: TaskReportCreateInput;
}>;


export type ConsoleReportCreateMutation = { taskReportCreate: { taskReport: { id: string, version: number, status: TaskReportStatus, narrative: string, percentComplete: number | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleReportUpdateMutationVariables = Exact<{
  input: TaskReportUpdateInput;
}>;


export type ConsoleReportUpdateMutation = { taskReportUpdate: { taskReport: { id: string, version: number, status: TaskReportStatus, narrative: string, percentComplete: number | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleReportSubmitMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleReportSubmitMutation = { taskReportSubmit: { taskReport: { id: string, version: number, status: TaskReportStatus, submittedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleReportPlansQueryVariables = Exact<{
  jurisdiction?: string | null | undefined;
}>;


export type ConsoleReportPlansQuery = { plans: { nodes: Array<{ id: string, number: string, title: string, status: PlanStatus }> } };

export type ConsolePlanReportQueryVariables = Exact<{
  plan: string | number;
  asOf?: string | null | undefined;
}>;


export type ConsolePlanReportQuery = { planReport: { asOf: string, html: string, markdown: string, plan: { id: string, number: string } } | null };

export type ConsoleReviewRoundQueryVariables = Exact<{
  plan: string | number;
  period: string;
}>;


export type ConsoleReviewRoundQuery = { reportingRound: { period: string, dueOn: string, reports: { expected: number, received: number, approved: number, returned: number, missing: number }, actuals: { expected: number, received: number, approved: number, returned: number, missing: number }, agencies: Array<{ agency: { id: string, name: string }, reports: { expected: number, received: number, approved: number, returned: number, missing: number }, tasks: Array<{ state: RoundItemState, task: { id: string, code: string, title: string }, report: { id: string, version: number, status: TaskReportStatus, narrative: string, percentComplete: number | null, submittedAt: string | null, attachments: Array<{ id: string, fileName: string, url: string | null }> } | null }>, actuals: { expected: number, received: number, approved: number, returned: number, missing: number }, indicators: Array<{ state: RoundItemState, indicator: { id: string, code: string, name: string, unit: string | null }, observation: { id: string, version: number, status: ObservationStatus, value: number | null, text: string | null, note: string | null, submittedAt: string | null } | null }> }> } | null };

export type ConsoleReportApproveMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleReportApproveMutation = { taskReportApprove: { taskReport: { id: string, status: TaskReportStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleReportReturnMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleReportReturnMutation = { taskReportReturn: { taskReport: { id: string, status: TaskReportStatus, version: number, reviewNote: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleObservationBatchMutationVariables = Exact<{
  input: ObservationBatchSubmitInput;
}>;


export type ConsoleObservationBatchMutation = { observationBatchSubmit: { submittedCount: number, rows: Array<{ row: number, observation: { id: string, status: ObservationStatus } | null }>, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleSignInAgenciesQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type ConsoleSignInAgenciesQuery = { jurisdictions: Array<{ code: string, name: string }>, agencies: { nodes: Array<{ id: string, name: string, shortName: string | null }> } };

export type ConsoleAgencyRoundQueryVariables = Exact<{
  plan: string | number;
  period: string;
  agency?: string | number | null | undefined;
}>;


export type ConsoleAgencyRoundQuery = { reportingRound: { period: string, dueOn: string, pastDue: boolean, agencies: Array<{ agency: { id: string, name: string }, tasks: Array<{ state: RoundItemState, task: { id: string, code: string, title: string }, report: { id: string, version: number, status: TaskReportStatus, narrative: string, percentComplete: number | null, reviewNote: string | null, submittedAt: string | null, attachments: Array<{ id: string, fileName: string, status: AttachmentStatus }> } | null }>, indicators: Array<{ state: RoundItemState, indicator: { id: string, code: string, name: string, unit: string | null }, observation: { id: string, version: number, status: ObservationStatus, value: number | null, text: string | null, note: string | null, reviewNote: string | null } | null }> }> } | null, overdue: Array<{ period: string | null, dueOn: string, daysLate: number, state: RoundItemState | null, plan: { id: string, number: string }, task: { id: string, code: string } | null }>, notifications: { nodes: Array<{ id: string, message: string, dueOn: string, createdAt: string }> } };

export type ConsoleUserAccountsQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type ConsoleUserAccountsQuery = { userAccounts: Array<{ email: string, displayName: string | null, role: AccountRole, jurisdiction: string, enabled: boolean, status: string, createdAt: string | null, agency: { id: string, name: string } | null }> | null, agencies: { nodes: Array<{ id: string, name: string }> } };

export type ConsoleUserAccountCreateMutationVariables = Exact<{
  input: UserAccountCreateInput;
}>;


export type ConsoleUserAccountCreateMutation = { userAccountCreate: { userAccount: { email: string, enabled: boolean, status: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleUserAccountDisableMutationVariables = Exact<{
  input: UserAccountStateInput;
}>;


export type ConsoleUserAccountDisableMutation = { userAccountDisable: { userAccount: { email: string, enabled: boolean } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleUserAccountEnableMutationVariables = Exact<{
  input: UserAccountStateInput;
}>;


export type ConsoleUserAccountEnableMutation = { userAccountEnable: { userAccount: { email: string, enabled: boolean } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditQueryVariables = Exact<{
  id: string | number;
  jurisdiction: string;
}>;


export type ConsolePlanEditQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Attachment' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionApplication' }
    | { __typename: 'Event' }
    | { __typename: 'Incubation' }
    | { __typename: 'Incubator' }
    | { __typename: 'Indicator' }
    | { __typename: 'Investment' }
    | { __typename: 'Investor' }
    | { __typename: 'LegalDocument' }
    | { __typename: 'Mentor' }
    | { __typename: 'Mentorship' }
    | { __typename: 'Notification' }
    | { __typename: 'Observation' }
    | { __typename: 'Plan', id: string, number: string, title: string, status: PlanStatus, version: number, edition: number, jurisdiction: { code: string, name: string }, tasks: { nodes: Array<{ id: string, code: string, title: string, version: number, parent: { id: string } | null, timeline: { text: string } | null, agencies: Array<{ role: AgencyRole, agency: { id: string, name: string } }>, outputs: Array<{ text: string, quantity: number | null, unit: string | null }> }> }, indicators: { nodes: Array<{ id: string, code: string, name: string, unit: string | null, version: number, targets: Array<{ year: number, text: string }> }> } }
    | { __typename: 'PlanEdition' }
    | { __typename: 'SpendingEntry' }
    | { __typename: 'Startup' }
    | { __typename: 'SupportGrant' }
    | { __typename: 'Task' }
    | { __typename: 'TaskDelivery' }
    | { __typename: 'TaskReport' }
   | null, agencies: { nodes: Array<{ id: string, name: string }> } };

export type ConsolePlanEditTaskUpdateMutationVariables = Exact<{
  input: TaskUpdateInput;
}>;


export type ConsolePlanEditTaskUpdateMutation = { taskUpdate: { task: { id: string, version: number, title: string, timeline: { text: string } | null, agencies: Array<{ role: AgencyRole, agency: { id: string, name: string } }>, outputs: Array<{ text: string, quantity: number | null, unit: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditTaskCreateMutationVariables = Exact<{
  input: TaskCreateInput;
}>;


export type ConsolePlanEditTaskCreateMutation = { taskCreate: { task: { id: string, code: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditTaskDeleteMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsolePlanEditTaskDeleteMutation = { taskDelete: { deletedTaskId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditTargetSetMutationVariables = Exact<{
  input: TargetSetInput;
}>;


export type ConsolePlanEditTargetSetMutation = { targetSet: { indicator: { id: string, version: number, targets: Array<{ year: number, text: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditPublishMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsolePlanEditPublishMutation = { planPublish: { plan: { id: string, status: PlanStatus, version: number, edition: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditAmendMutationVariables = Exact<{
  input: PlanAmendInput;
}>;


export type ConsolePlanEditAmendMutation = { planAmend: { plan: { id: string, version: number, edition: number } | null, edition: { id: string, edition: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditCloseMutationVariables = Exact<{
  input: PlanCloseInput;
}>;


export type ConsolePlanEditCloseMutation = { planClose: { plan: { id: string, status: PlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsolePlanEditionsQueryVariables = Exact<{
  plan: string | number;
}>;


export type ConsolePlanEditionsQuery = { planVersions: { nodes: Array<{ id: string, edition: number, note: string | null, decision: string | null, recordedAt: string, recordedBy: string, taskCount: number, indicatorCount: number }> } };

export type ConsolePlanDiffQueryVariables = Exact<{
  plan: string | number;
  from: number;
  to?: number | null | undefined;
  current?: boolean | null | undefined;
}>;


export type ConsolePlanDiffQuery = { planDiff: { from: number, to: number, current: boolean, changes: Array<{ path: string, kind: ChangeKind, before: string | null, after: string | null }> } | null };

export type ConsoleRegistryStartupsQueryVariables = Exact<{
  jurisdiction: string;
  search?: string | null | undefined;
  stage?: StartupStage | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRegistryStartupsQuery = { startups: { nodes: Array<{ id: string, name: string, enterpriseCode: string | null, stage: StartupStage, firstRegisteredOn: string | null, description: string | null, sectors: Array<Sector>, commune: string | null, version: number, mentorships: { nodes: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleRegistryMentorsQueryVariables = Exact<{
  jurisdiction: string;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRegistryMentorsQuery = { mentors: { nodes: Array<{ id: string, name: string, title: string | null, organisation: string | null, expertise: Array<string>, sectors: Array<Sector>, capacity: number, freePlaces: number, available: boolean, phone: string | null, email: string | null, version: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleRegistryGapsQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type ConsoleRegistryGapsQuery = { mentorshipGaps: Array<{ since: string, startup: { id: string, name: string, stage: StartupStage }, incubation: { id: string, incubator: { id: string, name: string } } }> };

export type ConsoleStartupMentoringQueryVariables = Exact<{
  startup: string | number;
}>;


export type ConsoleStartupMentoringQuery = { node:
    | { id: string, name: string, mentorships: { nodes: Array<{ id: string, from: string, to: string | null, status: MentorshipStatus, version: number, mentor: { id: string, name: string } }> } }
    | Record<PropertyKey, never>
   | null, mentorSuggestions: Array<{ score: number, freePlaces: number, explanations: Array<{ vi: string, en: string }>, mentor: { id: string, name: string, title: string | null, organisation: string | null } }> };

export type ConsoleStartupCreateMutationVariables = Exact<{
  input: StartupCreateInput;
}>;


export type ConsoleStartupCreateMutation = { startupCreate: { startup: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleStartupUpdateMutationVariables = Exact<{
  input: StartupUpdateInput;
}>;


export type ConsoleStartupUpdateMutation = { startupUpdate: { startup: { id: string, name: string, enterpriseCode: string | null, stage: StartupStage, firstRegisteredOn: string | null, description: string | null, sectors: Array<Sector>, commune: string | null, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleStartupDeleteMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleStartupDeleteMutation = { startupDelete: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleMentorCreateMutationVariables = Exact<{
  input: MentorCreateInput;
}>;


export type ConsoleMentorCreateMutation = { mentorCreate: { mentor: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleMentorUpdateMutationVariables = Exact<{
  input: MentorUpdateInput;
}>;


export type ConsoleMentorUpdateMutation = { mentorUpdate: { mentor: { id: string, name: string, title: string | null, organisation: string | null, expertise: Array<string>, sectors: Array<Sector>, capacity: number, freePlaces: number, available: boolean, phone: string | null, email: string | null, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleMentorshipStartMutationVariables = Exact<{
  input: MentorshipStartInput;
}>;


export type ConsoleMentorshipStartMutation = { mentorshipStart: { mentorship: { id: string, status: MentorshipStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleMentorshipEndMutationVariables = Exact<{
  input: MentorshipEndInput;
}>;


export type ConsoleMentorshipEndMutation = { mentorshipEnd: { mentorship: { id: string, status: MentorshipStatus, to: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleAttachmentCreateMutationVariables = Exact<{
  input: AttachmentCreateInput;
}>;


export type ConsoleAttachmentCreateMutation = { attachmentCreate: { attachment: { id: string, version: number } | null, upload: { url: string, method: string, headers: Array<{ name: string, value: string }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleAttachmentConfirmMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type ConsoleAttachmentConfirmMutation = { attachmentConfirm: { attachment: { id: string, status: AttachmentStatus, fileName: string, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ConsoleRoundPlansQueryVariables = Exact<{
  jurisdiction?: string | null | undefined;
}>;


export type ConsoleRoundPlansQuery = { viewer: { role: Role, agency: { id: string, name: string } | null, jurisdictions: Array<{ code: string, name: string }> }, plans: { nodes: Array<{ id: string, number: string, title: string, status: PlanStatus, reportingCalendar: { rounds: Array<{ period: string, start: string, end: string, dueOn: string }> } | null }> } };


export const ConsoleObservationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationCreateMutation, ConsoleObservationCreateMutationVariables>;
export const ConsoleObservationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationUpdateMutation, ConsoleObservationUpdateMutationVariables>;
export const ConsoleObservationSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationSubmitMutation, ConsoleObservationSubmitMutationVariables>;
export const ConsoleObservationApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationApproveMutation, ConsoleObservationApproveMutationVariables>;
export const ConsoleObservationReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationReturnMutation, ConsoleObservationReturnMutationVariables>;
export const ConsoleTasksNeedingAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTasksNeedingAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasksNeedingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleSource"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTasksNeedingAssignmentQuery, ConsoleTasksNeedingAssignmentQueryVariables>;
export const ConsoleTaskAssignAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTaskAssignAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskAssignAgenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskAssignAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTaskAssignAgenciesMutation, ConsoleTaskAssignAgenciesMutationVariables>;
export const ConsoleAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditTrailQuery, ConsoleAuditTrailQueryVariables>;
export const ConsoleDirectorySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Startup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"mentorTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incubator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDirectorySearchQuery, ConsoleDirectorySearchQueryVariables>;
export const ConsoleImportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"importReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportDraftQuery, ConsoleImportDraftQueryVariables>;
export const ConsolePlanImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanImportMutation, ConsolePlanImportMutationVariables>;
export const ConsolePlanUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanUpdateMutation, ConsolePlanUpdateMutationVariables>;
export const ConsolePlanPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanPublishMutation, ConsolePlanPublishMutationVariables>;
export const ConsoleApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const ConsoleApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleApiKeyCreateMutation, ConsoleApiKeyCreateMutationVariables>;
export const ConsoleApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleApiKeyRevokeMutation, ConsoleApiKeyRevokeMutationVariables>;
export const ConsoleNationalSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNationalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pulledFrom"}},{"kind":"Field","name":{"kind":"Name","value":"startups"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleStartups"}},{"kind":"Field","name":{"kind":"Name","value":"incubators"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"}},{"kind":"Field","name":{"kind":"Name","value":"investments"}},{"kind":"Field","name":{"kind":"Name","value":"investmentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportGrants"}},{"kind":"Field","name":{"kind":"Name","value":"supportGrantAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleNationalSummaryQuery, ConsoleNationalSummaryQueryVariables>;
export const ConsoleOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleOverdueQuery, ConsoleOverdueQueryVariables>;
export const ConsolePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"orientationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleSource"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vi"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"VI"}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"latestApprovedReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vi"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"VI"}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judged"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanQuery, ConsolePlanQueryVariables>;
export const ConsolePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"orientationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlansQuery, ConsolePlansQueryVariables>;
export const ConsoleReportCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReportCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportCreateMutation, ConsoleReportCreateMutationVariables>;
export const ConsoleReportUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReportUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportUpdateMutation, ConsoleReportUpdateMutationVariables>;
export const ConsoleReportSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReportSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportSubmitMutation, ConsoleReportSubmitMutationVariables>;
export const ConsoleReportPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReportPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportPlansQuery, ConsoleReportPlansQueryVariables>;
export const ConsolePlanReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlanReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanReportQuery, ConsolePlanReportQueryVariables>;
export const ConsoleReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actuals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actuals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewRoundQuery, ConsoleReviewRoundQueryVariables>;
export const ConsoleReportApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReportApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportApproveMutation, ConsoleReportApproveMutationVariables>;
export const ConsoleReportReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReportReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportReturnMutation, ConsoleReportReturnMutationVariables>;
export const ConsoleObservationBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleObservationBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationBatchSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationBatchSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleObservationBatchMutation, ConsoleObservationBatchMutationVariables>;
export const ConsoleSignInAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSignInAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignInAgenciesQuery, ConsoleSignInAgenciesQueryVariables>;
export const ConsoleAgencyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAgencyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAgencyRoundQuery, ConsoleAgencyRoundQueryVariables>;
export const ConsoleUserAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUserAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserAccountsQuery, ConsoleUserAccountsQueryVariables>;
export const ConsoleUserAccountCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserAccountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccountCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserAccountCreateMutation, ConsoleUserAccountCreateMutationVariables>;
export const ConsoleUserAccountDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserAccountDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccountDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserAccountDisableMutation, ConsoleUserAccountDisableMutationVariables>;
export const ConsoleUserAccountEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserAccountEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccountEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserAccountEnableMutation, ConsoleUserAccountEnableMutationVariables>;
export const ConsolePlanEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlanEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditQuery, ConsolePlanEditQueryVariables>;
export const ConsolePlanEditTaskUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditTaskUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditTaskUpdateMutation, ConsolePlanEditTaskUpdateMutationVariables>;
export const ConsolePlanEditTaskCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditTaskCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditTaskCreateMutation, ConsolePlanEditTaskCreateMutationVariables>;
export const ConsolePlanEditTaskDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditTaskDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditTaskDeleteMutation, ConsolePlanEditTaskDeleteMutationVariables>;
export const ConsolePlanEditTargetSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditTargetSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditTargetSetMutation, ConsolePlanEditTargetSetMutationVariables>;
export const ConsolePlanEditPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditPublishMutation, ConsolePlanEditPublishMutationVariables>;
export const ConsolePlanEditAmendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditAmend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAmendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAmend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditAmendMutation, ConsolePlanEditAmendMutationVariables>;
export const ConsolePlanEditCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanEditClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditCloseMutation, ConsolePlanEditCloseMutationVariables>;
export const ConsolePlanEditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlanEditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanEditionsQuery, ConsolePlanEditionsQueryVariables>;
export const ConsolePlanDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlanDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanDiffQuery, ConsolePlanDiffQueryVariables>;
export const ConsoleRegistryStartupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegistryStartups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCode"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegisteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistryStartupsQuery, ConsoleRegistryStartupsQueryVariables>;
export const ConsoleRegistryMentorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegistryMentors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistryMentorsQuery, ConsoleRegistryMentorsQueryVariables>;
export const ConsoleRegistryGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegistryGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"startup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incubation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incubator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistryGapsQuery, ConsoleRegistryGapsQueryVariables>;
export const ConsoleStartupMentoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStartupMentoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Startup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startup"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vi"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"VI"}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartupMentoringQuery, ConsoleStartupMentoringQueryVariables>;
export const ConsoleStartupCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartupCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartupCreateMutation, ConsoleStartupCreateMutationVariables>;
export const ConsoleStartupUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartupUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartupUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCode"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegisteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartupUpdateMutation, ConsoleStartupUpdateMutationVariables>;
export const ConsoleStartupDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartupDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startupDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartupDeleteMutation, ConsoleStartupDeleteMutationVariables>;
export const ConsoleMentorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMentorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMentorCreateMutation, ConsoleMentorCreateMutationVariables>;
export const ConsoleMentorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMentorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMentorUpdateMutation, ConsoleMentorUpdateMutationVariables>;
export const ConsoleMentorshipStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMentorshipStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMentorshipStartMutation, ConsoleMentorshipStartMutationVariables>;
export const ConsoleMentorshipEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMentorshipEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMentorshipEndMutation, ConsoleMentorshipEndMutationVariables>;
export const ConsoleAttachmentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAttachmentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAttachmentCreateMutation, ConsoleAttachmentCreateMutationVariables>;
export const ConsoleAttachmentConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAttachmentConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAttachmentConfirmMutation, ConsoleAttachmentConfirmMutationVariables>;
export const ConsoleRoundPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRoundPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRoundPlansQuery, ConsoleRoundPlansQueryVariables>;