/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agencies as Query_agencies } from './Query/agencies.js';
import    { apiKeys as Query_apiKeys } from './Query/apiKeys.js';
import    { auditTrail as Query_auditTrail } from './Query/auditTrail.js';
import    { changes as Query_changes } from './Query/changes.js';
import    { competitions as Query_competitions } from './Query/competitions.js';
import    { events as Query_events } from './Query/events.js';
import    { incubations as Query_incubations } from './Query/incubations.js';
import    { incubators as Query_incubators } from './Query/incubators.js';
import    { indicatorCount as Query_indicatorCount } from './Query/indicatorCount.js';
import    { investments as Query_investments } from './Query/investments.js';
import    { investors as Query_investors } from './Query/investors.js';
import    { jurisdictions as Query_jurisdictions } from './Query/jurisdictions.js';
import    { mentorSuggestions as Query_mentorSuggestions } from './Query/mentorSuggestions.js';
import    { mentors as Query_mentors } from './Query/mentors.js';
import    { mentorshipGaps as Query_mentorshipGaps } from './Query/mentorshipGaps.js';
import    { mentorships as Query_mentorships } from './Query/mentorships.js';
import    { nationalSummary as Query_nationalSummary } from './Query/nationalSummary.js';
import    { node as Query_node } from './Query/node.js';
import    { nodes as Query_nodes } from './Query/nodes.js';
import    { notifications as Query_notifications } from './Query/notifications.js';
import    { overdue as Query_overdue } from './Query/overdue.js';
import    { planByNumber as Query_planByNumber } from './Query/planByNumber.js';
import    { planDiff as Query_planDiff } from './Query/planDiff.js';
import    { planReport as Query_planReport } from './Query/planReport.js';
import    { planVersions as Query_planVersions } from './Query/planVersions.js';
import    { plans as Query_plans } from './Query/plans.js';
import    { pullState as Query_pullState } from './Query/pullState.js';
import    { registryCount as Query_registryCount } from './Query/registryCount.js';
import    { reportingRound as Query_reportingRound } from './Query/reportingRound.js';
import    { search as Query_search } from './Query/search.js';
import    { snapshot as Query_snapshot } from './Query/snapshot.js';
import    { startups as Query_startups } from './Query/startups.js';
import    { supportGrants as Query_supportGrants } from './Query/supportGrants.js';
import    { userAccounts as Query_userAccounts } from './Query/userAccounts.js';
import    { viewer as Query_viewer } from './Query/viewer.js';
import    { agencyCreate as Mutation_agencyCreate } from './Mutation/agencyCreate.js';
import    { agencyDelete as Mutation_agencyDelete } from './Mutation/agencyDelete.js';
import    { agencyUpdate as Mutation_agencyUpdate } from './Mutation/agencyUpdate.js';
import    { apiKeyCreate as Mutation_apiKeyCreate } from './Mutation/apiKeyCreate.js';
import    { apiKeyRevoke as Mutation_apiKeyRevoke } from './Mutation/apiKeyRevoke.js';
import    { attachmentConfirm as Mutation_attachmentConfirm } from './Mutation/attachmentConfirm.js';
import    { attachmentCreate as Mutation_attachmentCreate } from './Mutation/attachmentCreate.js';
import    { competitionApply as Mutation_competitionApply } from './Mutation/competitionApply.js';
import    { competitionAward as Mutation_competitionAward } from './Mutation/competitionAward.js';
import    { competitionCreate as Mutation_competitionCreate } from './Mutation/competitionCreate.js';
import    { competitionDelete as Mutation_competitionDelete } from './Mutation/competitionDelete.js';
import    { competitionShortlist as Mutation_competitionShortlist } from './Mutation/competitionShortlist.js';
import    { competitionUpdate as Mutation_competitionUpdate } from './Mutation/competitionUpdate.js';
import    { eventCreate as Mutation_eventCreate } from './Mutation/eventCreate.js';
import    { eventDelete as Mutation_eventDelete } from './Mutation/eventDelete.js';
import    { eventUpdate as Mutation_eventUpdate } from './Mutation/eventUpdate.js';
import    { incubationCreate as Mutation_incubationCreate } from './Mutation/incubationCreate.js';
import    { incubationDelete as Mutation_incubationDelete } from './Mutation/incubationDelete.js';
import    { incubationUpdate as Mutation_incubationUpdate } from './Mutation/incubationUpdate.js';
import    { incubatorCreate as Mutation_incubatorCreate } from './Mutation/incubatorCreate.js';
import    { incubatorDelete as Mutation_incubatorDelete } from './Mutation/incubatorDelete.js';
import    { incubatorUpdate as Mutation_incubatorUpdate } from './Mutation/incubatorUpdate.js';
import    { indicatorCreate as Mutation_indicatorCreate } from './Mutation/indicatorCreate.js';
import    { indicatorDerive as Mutation_indicatorDerive } from './Mutation/indicatorDerive.js';
import    { indicatorUpdate as Mutation_indicatorUpdate } from './Mutation/indicatorUpdate.js';
import    { investmentCreate as Mutation_investmentCreate } from './Mutation/investmentCreate.js';
import    { investmentDelete as Mutation_investmentDelete } from './Mutation/investmentDelete.js';
import    { investmentUpdate as Mutation_investmentUpdate } from './Mutation/investmentUpdate.js';
import    { investorCreate as Mutation_investorCreate } from './Mutation/investorCreate.js';
import    { investorDelete as Mutation_investorDelete } from './Mutation/investorDelete.js';
import    { investorUpdate as Mutation_investorUpdate } from './Mutation/investorUpdate.js';
import    { mentorCreate as Mutation_mentorCreate } from './Mutation/mentorCreate.js';
import    { mentorDelete as Mutation_mentorDelete } from './Mutation/mentorDelete.js';
import    { mentorUpdate as Mutation_mentorUpdate } from './Mutation/mentorUpdate.js';
import    { mentorshipEnd as Mutation_mentorshipEnd } from './Mutation/mentorshipEnd.js';
import    { mentorshipStart as Mutation_mentorshipStart } from './Mutation/mentorshipStart.js';
import    { notificationMarkRead as Mutation_notificationMarkRead } from './Mutation/notificationMarkRead.js';
import    { observationApprove as Mutation_observationApprove } from './Mutation/observationApprove.js';
import    { observationBatchSubmit as Mutation_observationBatchSubmit } from './Mutation/observationBatchSubmit.js';
import    { observationCreate as Mutation_observationCreate } from './Mutation/observationCreate.js';
import    { observationReopen as Mutation_observationReopen } from './Mutation/observationReopen.js';
import    { observationReturn as Mutation_observationReturn } from './Mutation/observationReturn.js';
import    { observationSubmit as Mutation_observationSubmit } from './Mutation/observationSubmit.js';
import    { observationUpdate as Mutation_observationUpdate } from './Mutation/observationUpdate.js';
import    { personErase as Mutation_personErase } from './Mutation/personErase.js';
import    { planAmend as Mutation_planAmend } from './Mutation/planAmend.js';
import    { planClose as Mutation_planClose } from './Mutation/planClose.js';
import    { planCreate as Mutation_planCreate } from './Mutation/planCreate.js';
import    { planImport as Mutation_planImport } from './Mutation/planImport.js';
import    { planPublish as Mutation_planPublish } from './Mutation/planPublish.js';
import    { planUpdate as Mutation_planUpdate } from './Mutation/planUpdate.js';
import    { pullApply as Mutation_pullApply } from './Mutation/pullApply.js';
import    { pullDetach as Mutation_pullDetach } from './Mutation/pullDetach.js';
import    { remindersRun as Mutation_remindersRun } from './Mutation/remindersRun.js';
import    { reportingCalendarSet as Mutation_reportingCalendarSet } from './Mutation/reportingCalendarSet.js';
import    { spendingDelete as Mutation_spendingDelete } from './Mutation/spendingDelete.js';
import    { spendingRecord as Mutation_spendingRecord } from './Mutation/spendingRecord.js';
import    { startupCreate as Mutation_startupCreate } from './Mutation/startupCreate.js';
import    { startupDelete as Mutation_startupDelete } from './Mutation/startupDelete.js';
import    { startupUpdate as Mutation_startupUpdate } from './Mutation/startupUpdate.js';
import    { supportGrantCreate as Mutation_supportGrantCreate } from './Mutation/supportGrantCreate.js';
import    { supportGrantDelete as Mutation_supportGrantDelete } from './Mutation/supportGrantDelete.js';
import    { supportGrantUpdate as Mutation_supportGrantUpdate } from './Mutation/supportGrantUpdate.js';
import    { targetSet as Mutation_targetSet } from './Mutation/targetSet.js';
import    { taskAssignAgencies as Mutation_taskAssignAgencies } from './Mutation/taskAssignAgencies.js';
import    { taskBudgetSet as Mutation_taskBudgetSet } from './Mutation/taskBudgetSet.js';
import    { taskCreate as Mutation_taskCreate } from './Mutation/taskCreate.js';
import    { taskDelete as Mutation_taskDelete } from './Mutation/taskDelete.js';
import    { taskDeliveryRecord as Mutation_taskDeliveryRecord } from './Mutation/taskDeliveryRecord.js';
import    { taskReportApprove as Mutation_taskReportApprove } from './Mutation/taskReportApprove.js';
import    { taskReportCreate as Mutation_taskReportCreate } from './Mutation/taskReportCreate.js';
import    { taskReportReturn as Mutation_taskReportReturn } from './Mutation/taskReportReturn.js';
import    { taskReportSubmit as Mutation_taskReportSubmit } from './Mutation/taskReportSubmit.js';
import    { taskReportUpdate as Mutation_taskReportUpdate } from './Mutation/taskReportUpdate.js';
import    { taskUpdate as Mutation_taskUpdate } from './Mutation/taskUpdate.js';
import    { userAccountCreate as Mutation_userAccountCreate } from './Mutation/userAccountCreate.js';
import    { userAccountDisable as Mutation_userAccountDisable } from './Mutation/userAccountDisable.js';
import    { userAccountEnable as Mutation_userAccountEnable } from './Mutation/userAccountEnable.js';
import    { Agency } from './Agency.js';
import    { AgencyConnection } from './AgencyConnection.js';
import    { AgencyEdge } from './AgencyEdge.js';
import    { AgencyPayload } from './AgencyPayload.js';
import    { AgencyResponsibility } from './AgencyResponsibility.js';
import    { ApiKey } from './ApiKey.js';
import    { ApiKeyCreatePayload } from './ApiKeyCreatePayload.js';
import    { ApiKeyPayload } from './ApiKeyPayload.js';
import    { Attachment } from './Attachment.js';
import    { AttachmentPayload } from './AttachmentPayload.js';
import    { AuditEntry } from './AuditEntry.js';
import    { AuditEntryConnection } from './AuditEntryConnection.js';
import    { AuditEntryEdge } from './AuditEntryEdge.js';
import    { AuditFieldChange } from './AuditFieldChange.js';
import    { Award } from './Award.js';
import    { Baseline } from './Baseline.js';
import    { BudgetLine } from './BudgetLine.js';
import    { ClosedTaskStatus } from './ClosedTaskStatus.js';
import    { Competition } from './Competition.js';
import    { CompetitionApplication } from './CompetitionApplication.js';
import    { CompetitionApplicationConnection } from './CompetitionApplicationConnection.js';
import    { CompetitionApplicationEdge } from './CompetitionApplicationEdge.js';
import    { CompetitionApplicationPayload } from './CompetitionApplicationPayload.js';
import    { CompetitionAward } from './CompetitionAward.js';
import    { CompetitionConnection } from './CompetitionConnection.js';
import    { CompetitionEdge } from './CompetitionEdge.js';
import    { CompetitionPayload } from './CompetitionPayload.js';
import    { CompetitionPhase } from './CompetitionPhase.js';
import    { CountedItem } from './CountedItem.js';
import    { CriteriaResult } from './CriteriaResult.js';
import    { Eligibility } from './Eligibility.js';
import    { Event } from './Event.js';
import    { EventConnection } from './EventConnection.js';
import    { EventEdge } from './EventEdge.js';
import    { EventPayload } from './EventPayload.js';
import    { ExchangeChange } from './ExchangeChange.js';
import    { ExchangeChangesPage } from './ExchangeChangesPage.js';
import    { ExchangeRecord } from './ExchangeRecord.js';
import    { ExchangeSnapshotPage } from './ExchangeSnapshotPage.js';
import    { Explanation } from './Explanation.js';
import    { ExplanationParam } from './ExplanationParam.js';
import    { FieldChange } from './FieldChange.js';
import    { FieldConfidence } from './FieldConfidence.js';
import    { Founder } from './Founder.js';
import    { FundingSource } from './FundingSource.js';
import    { HttpHeader } from './HttpHeader.js';
import    { ImportedIndicator } from './ImportedIndicator.js';
import    { Incubation } from './Incubation.js';
import    { IncubationConnection } from './IncubationConnection.js';
import    { IncubationEdge } from './IncubationEdge.js';
import    { IncubationPayload } from './IncubationPayload.js';
import    { Incubator } from './Incubator.js';
import    { IncubatorConnection } from './IncubatorConnection.js';
import    { IncubatorCriteria } from './IncubatorCriteria.js';
import    { IncubatorEdge } from './IncubatorEdge.js';
import    { IncubatorPayload } from './IncubatorPayload.js';
import    { Indicator } from './Indicator.js';
import    { IndicatorAgency } from './IndicatorAgency.js';
import    { IndicatorConnection } from './IndicatorConnection.js';
import    { IndicatorEdge } from './IndicatorEdge.js';
import    { IndicatorPayload } from './IndicatorPayload.js';
import    { IndicatorProgress } from './IndicatorProgress.js';
import    { IndicatorProgressSummary } from './IndicatorProgressSummary.js';
import    { IndicatorTarget } from './IndicatorTarget.js';
import    { IntellectualProperty } from './IntellectualProperty.js';
import    { Investment } from './Investment.js';
import    { InvestmentConnection } from './InvestmentConnection.js';
import    { InvestmentEdge } from './InvestmentEdge.js';
import    { InvestmentPayload } from './InvestmentPayload.js';
import    { Investor } from './Investor.js';
import    { InvestorConnection } from './InvestorConnection.js';
import    { InvestorEdge } from './InvestorEdge.js';
import    { InvestorPayload } from './InvestorPayload.js';
import    { Jurisdiction } from './Jurisdiction.js';
import    { JurisdictionSummary } from './JurisdictionSummary.js';
import    { LegalDocument } from './LegalDocument.js';
import    { LegalDocumentConnection } from './LegalDocumentConnection.js';
import    { LegalDocumentEdge } from './LegalDocumentEdge.js';
import    { Mentor } from './Mentor.js';
import    { MentorConnection } from './MentorConnection.js';
import    { MentorEdge } from './MentorEdge.js';
import    { MentorPayload } from './MentorPayload.js';
import    { MentorSuggestion } from './MentorSuggestion.js';
import    { Mentorship } from './Mentorship.js';
import    { MentorshipConnection } from './MentorshipConnection.js';
import    { MentorshipEdge } from './MentorshipEdge.js';
import    { MentorshipGap } from './MentorshipGap.js';
import    { MentorshipPayload } from './MentorshipPayload.js';
import    { MilestoneProgress } from './MilestoneProgress.js';
import    { Money } from './Money.js';
import    { NationalSummary } from './NationalSummary.js';
import    { Notification } from './Notification.js';
import    { NotificationConnection } from './NotificationConnection.js';
import    { NotificationEdge } from './NotificationEdge.js';
import    { NotificationPayload } from './NotificationPayload.js';
import    { Observation } from './Observation.js';
import    { ObservationBatchRowResult } from './ObservationBatchRowResult.js';
import    { ObservationBatchSubmitPayload } from './ObservationBatchSubmitPayload.js';
import    { ObservationConnection } from './ObservationConnection.js';
import    { ObservationEdge } from './ObservationEdge.js';
import    { ObservationPayload } from './ObservationPayload.js';
import    { OutputProgress } from './OutputProgress.js';
import    { OverdueItem } from './OverdueItem.js';
import    { PageInfo } from './PageInfo.js';
import    { Participants } from './Participants.js';
import    { PersonErasePayload } from './PersonErasePayload.js';
import    { Plan } from './Plan.js';
import    { PlanAmendPayload } from './PlanAmendPayload.js';
import    { PlanBudget } from './PlanBudget.js';
import    { PlanClosure } from './PlanClosure.js';
import    { PlanConnection } from './PlanConnection.js';
import    { PlanDiff } from './PlanDiff.js';
import    { PlanEdge } from './PlanEdge.js';
import    { PlanEdition } from './PlanEdition.js';
import    { PlanEditionConnection } from './PlanEditionConnection.js';
import    { PlanEditionEdge } from './PlanEditionEdge.js';
import    { PlanImportPayload } from './PlanImportPayload.js';
import    { PlanImportReview } from './PlanImportReview.js';
import    { PlanPayload } from './PlanPayload.js';
import    { PlanPeriod } from './PlanPeriod.js';
import    { PlanProgressSummary } from './PlanProgressSummary.js';
import    { PlanReport } from './PlanReport.js';
import    { Product } from './Product.js';
import    { ProgressSeries } from './ProgressSeries.js';
import    { ProgressStatusCount } from './ProgressStatusCount.js';
import    { PullApplyPayload } from './PullApplyPayload.js';
import    { PullDetachPayload } from './PullDetachPayload.js';
import    { PullRefusal } from './PullRefusal.js';
import    { PullState } from './PullState.js';
import    { RegistryCount } from './RegistryCount.js';
import    { RegistryDeletePayload } from './RegistryDeletePayload.js';
import    { RemindersRunPayload } from './RemindersRunPayload.js';
import    { ReportingCalendar } from './ReportingCalendar.js';
import    { ReportingCalendarPayload } from './ReportingCalendarPayload.js';
import    { ReportingRound } from './ReportingRound.js';
import    { ReportingRoundSchedule } from './ReportingRoundSchedule.js';
import    { RoundActual } from './RoundActual.js';
import    { RoundAgency } from './RoundAgency.js';
import    { RoundCounts } from './RoundCounts.js';
import    { RoundTask } from './RoundTask.js';
import    { SearchResultConnection } from './SearchResultConnection.js';
import    { SearchResultEdge } from './SearchResultEdge.js';
import    { SeriesDisagreement } from './SeriesDisagreement.js';
import    { SeriesValue } from './SeriesValue.js';
import    { SourceBalance } from './SourceBalance.js';
import    { SpendingEntry } from './SpendingEntry.js';
import    { SpendingEntryConnection } from './SpendingEntryConnection.js';
import    { SpendingEntryEdge } from './SpendingEntryEdge.js';
import    { SpendingEntryPayload } from './SpendingEntryPayload.js';
import    { Startup } from './Startup.js';
import    { StartupConnection } from './StartupConnection.js';
import    { StartupEdge } from './StartupEdge.js';
import    { StartupPayload } from './StartupPayload.js';
import    { SupportGrant } from './SupportGrant.js';
import    { SupportGrantConnection } from './SupportGrantConnection.js';
import    { SupportGrantEdge } from './SupportGrantEdge.js';
import    { SupportGrantPayload } from './SupportGrantPayload.js';
import    { Task } from './Task.js';
import    { TaskAgency } from './TaskAgency.js';
import    { TaskBudget } from './TaskBudget.js';
import    { TaskBudgetPayload } from './TaskBudgetPayload.js';
import    { TaskConnection } from './TaskConnection.js';
import    { TaskDeletePayload } from './TaskDeletePayload.js';
import    { TaskDelivery } from './TaskDelivery.js';
import    { TaskDeliveryPayload } from './TaskDeliveryPayload.js';
import    { TaskEdge } from './TaskEdge.js';
import    { TaskOutput } from './TaskOutput.js';
import    { TaskPayload } from './TaskPayload.js';
import    { TaskPhase } from './TaskPhase.js';
import    { TaskReport } from './TaskReport.js';
import    { TaskReportConnection } from './TaskReportConnection.js';
import    { TaskReportEdge } from './TaskReportEdge.js';
import    { TaskReportPayload } from './TaskReportPayload.js';
import    { TaskStatusReport } from './TaskStatusReport.js';
import    { Timeline } from './Timeline.js';
import    { UploadTicket } from './UploadTicket.js';
import    { UserAccount } from './UserAccount.js';
import    { UserAccountPayload } from './UserAccountPayload.js';
import    { UserError } from './UserError.js';
import    { Viewer } from './Viewer.js';
import    { Date } from './Date.js';
import    { DateTime } from './DateTime.js';
import    { Decimal } from './Decimal.js';
import    { EmailAddress } from './EmailAddress.js';
import    { JSONObject } from './JSONObject.js';
import    { URL } from './URL.js';
    export const resolvers: Resolvers = {
      Query: { agencies: Query_agencies,apiKeys: Query_apiKeys,auditTrail: Query_auditTrail,changes: Query_changes,competitions: Query_competitions,events: Query_events,incubations: Query_incubations,incubators: Query_incubators,indicatorCount: Query_indicatorCount,investments: Query_investments,investors: Query_investors,jurisdictions: Query_jurisdictions,mentorSuggestions: Query_mentorSuggestions,mentors: Query_mentors,mentorshipGaps: Query_mentorshipGaps,mentorships: Query_mentorships,nationalSummary: Query_nationalSummary,node: Query_node,nodes: Query_nodes,notifications: Query_notifications,overdue: Query_overdue,planByNumber: Query_planByNumber,planDiff: Query_planDiff,planReport: Query_planReport,planVersions: Query_planVersions,plans: Query_plans,pullState: Query_pullState,registryCount: Query_registryCount,reportingRound: Query_reportingRound,search: Query_search,snapshot: Query_snapshot,startups: Query_startups,supportGrants: Query_supportGrants,userAccounts: Query_userAccounts,viewer: Query_viewer },
      Mutation: { agencyCreate: Mutation_agencyCreate,agencyDelete: Mutation_agencyDelete,agencyUpdate: Mutation_agencyUpdate,apiKeyCreate: Mutation_apiKeyCreate,apiKeyRevoke: Mutation_apiKeyRevoke,attachmentConfirm: Mutation_attachmentConfirm,attachmentCreate: Mutation_attachmentCreate,competitionApply: Mutation_competitionApply,competitionAward: Mutation_competitionAward,competitionCreate: Mutation_competitionCreate,competitionDelete: Mutation_competitionDelete,competitionShortlist: Mutation_competitionShortlist,competitionUpdate: Mutation_competitionUpdate,eventCreate: Mutation_eventCreate,eventDelete: Mutation_eventDelete,eventUpdate: Mutation_eventUpdate,incubationCreate: Mutation_incubationCreate,incubationDelete: Mutation_incubationDelete,incubationUpdate: Mutation_incubationUpdate,incubatorCreate: Mutation_incubatorCreate,incubatorDelete: Mutation_incubatorDelete,incubatorUpdate: Mutation_incubatorUpdate,indicatorCreate: Mutation_indicatorCreate,indicatorDerive: Mutation_indicatorDerive,indicatorUpdate: Mutation_indicatorUpdate,investmentCreate: Mutation_investmentCreate,investmentDelete: Mutation_investmentDelete,investmentUpdate: Mutation_investmentUpdate,investorCreate: Mutation_investorCreate,investorDelete: Mutation_investorDelete,investorUpdate: Mutation_investorUpdate,mentorCreate: Mutation_mentorCreate,mentorDelete: Mutation_mentorDelete,mentorUpdate: Mutation_mentorUpdate,mentorshipEnd: Mutation_mentorshipEnd,mentorshipStart: Mutation_mentorshipStart,notificationMarkRead: Mutation_notificationMarkRead,observationApprove: Mutation_observationApprove,observationBatchSubmit: Mutation_observationBatchSubmit,observationCreate: Mutation_observationCreate,observationReopen: Mutation_observationReopen,observationReturn: Mutation_observationReturn,observationSubmit: Mutation_observationSubmit,observationUpdate: Mutation_observationUpdate,personErase: Mutation_personErase,planAmend: Mutation_planAmend,planClose: Mutation_planClose,planCreate: Mutation_planCreate,planImport: Mutation_planImport,planPublish: Mutation_planPublish,planUpdate: Mutation_planUpdate,pullApply: Mutation_pullApply,pullDetach: Mutation_pullDetach,remindersRun: Mutation_remindersRun,reportingCalendarSet: Mutation_reportingCalendarSet,spendingDelete: Mutation_spendingDelete,spendingRecord: Mutation_spendingRecord,startupCreate: Mutation_startupCreate,startupDelete: Mutation_startupDelete,startupUpdate: Mutation_startupUpdate,supportGrantCreate: Mutation_supportGrantCreate,supportGrantDelete: Mutation_supportGrantDelete,supportGrantUpdate: Mutation_supportGrantUpdate,targetSet: Mutation_targetSet,taskAssignAgencies: Mutation_taskAssignAgencies,taskBudgetSet: Mutation_taskBudgetSet,taskCreate: Mutation_taskCreate,taskDelete: Mutation_taskDelete,taskDeliveryRecord: Mutation_taskDeliveryRecord,taskReportApprove: Mutation_taskReportApprove,taskReportCreate: Mutation_taskReportCreate,taskReportReturn: Mutation_taskReportReturn,taskReportSubmit: Mutation_taskReportSubmit,taskReportUpdate: Mutation_taskReportUpdate,taskUpdate: Mutation_taskUpdate,userAccountCreate: Mutation_userAccountCreate,userAccountDisable: Mutation_userAccountDisable,userAccountEnable: Mutation_userAccountEnable },
      
      Agency: Agency,
AgencyConnection: AgencyConnection,
AgencyEdge: AgencyEdge,
AgencyPayload: AgencyPayload,
AgencyResponsibility: AgencyResponsibility,
ApiKey: ApiKey,
ApiKeyCreatePayload: ApiKeyCreatePayload,
ApiKeyPayload: ApiKeyPayload,
Attachment: Attachment,
AttachmentPayload: AttachmentPayload,
AuditEntry: AuditEntry,
AuditEntryConnection: AuditEntryConnection,
AuditEntryEdge: AuditEntryEdge,
AuditFieldChange: AuditFieldChange,
Award: Award,
Baseline: Baseline,
BudgetLine: BudgetLine,
ClosedTaskStatus: ClosedTaskStatus,
Competition: Competition,
CompetitionApplication: CompetitionApplication,
CompetitionApplicationConnection: CompetitionApplicationConnection,
CompetitionApplicationEdge: CompetitionApplicationEdge,
CompetitionApplicationPayload: CompetitionApplicationPayload,
CompetitionAward: CompetitionAward,
CompetitionConnection: CompetitionConnection,
CompetitionEdge: CompetitionEdge,
CompetitionPayload: CompetitionPayload,
CompetitionPhase: CompetitionPhase,
CountedItem: CountedItem,
CriteriaResult: CriteriaResult,
Eligibility: Eligibility,
Event: Event,
EventConnection: EventConnection,
EventEdge: EventEdge,
EventPayload: EventPayload,
ExchangeChange: ExchangeChange,
ExchangeChangesPage: ExchangeChangesPage,
ExchangeRecord: ExchangeRecord,
ExchangeSnapshotPage: ExchangeSnapshotPage,
Explanation: Explanation,
ExplanationParam: ExplanationParam,
FieldChange: FieldChange,
FieldConfidence: FieldConfidence,
Founder: Founder,
FundingSource: FundingSource,
HttpHeader: HttpHeader,
ImportedIndicator: ImportedIndicator,
Incubation: Incubation,
IncubationConnection: IncubationConnection,
IncubationEdge: IncubationEdge,
IncubationPayload: IncubationPayload,
Incubator: Incubator,
IncubatorConnection: IncubatorConnection,
IncubatorCriteria: IncubatorCriteria,
IncubatorEdge: IncubatorEdge,
IncubatorPayload: IncubatorPayload,
Indicator: Indicator,
IndicatorAgency: IndicatorAgency,
IndicatorConnection: IndicatorConnection,
IndicatorEdge: IndicatorEdge,
IndicatorPayload: IndicatorPayload,
IndicatorProgress: IndicatorProgress,
IndicatorProgressSummary: IndicatorProgressSummary,
IndicatorTarget: IndicatorTarget,
IntellectualProperty: IntellectualProperty,
Investment: Investment,
InvestmentConnection: InvestmentConnection,
InvestmentEdge: InvestmentEdge,
InvestmentPayload: InvestmentPayload,
Investor: Investor,
InvestorConnection: InvestorConnection,
InvestorEdge: InvestorEdge,
InvestorPayload: InvestorPayload,
Jurisdiction: Jurisdiction,
JurisdictionSummary: JurisdictionSummary,
LegalDocument: LegalDocument,
LegalDocumentConnection: LegalDocumentConnection,
LegalDocumentEdge: LegalDocumentEdge,
Mentor: Mentor,
MentorConnection: MentorConnection,
MentorEdge: MentorEdge,
MentorPayload: MentorPayload,
MentorSuggestion: MentorSuggestion,
Mentorship: Mentorship,
MentorshipConnection: MentorshipConnection,
MentorshipEdge: MentorshipEdge,
MentorshipGap: MentorshipGap,
MentorshipPayload: MentorshipPayload,
MilestoneProgress: MilestoneProgress,
Money: Money,
NationalSummary: NationalSummary,
Notification: Notification,
NotificationConnection: NotificationConnection,
NotificationEdge: NotificationEdge,
NotificationPayload: NotificationPayload,
Observation: Observation,
ObservationBatchRowResult: ObservationBatchRowResult,
ObservationBatchSubmitPayload: ObservationBatchSubmitPayload,
ObservationConnection: ObservationConnection,
ObservationEdge: ObservationEdge,
ObservationPayload: ObservationPayload,
OutputProgress: OutputProgress,
OverdueItem: OverdueItem,
PageInfo: PageInfo,
Participants: Participants,
PersonErasePayload: PersonErasePayload,
Plan: Plan,
PlanAmendPayload: PlanAmendPayload,
PlanBudget: PlanBudget,
PlanClosure: PlanClosure,
PlanConnection: PlanConnection,
PlanDiff: PlanDiff,
PlanEdge: PlanEdge,
PlanEdition: PlanEdition,
PlanEditionConnection: PlanEditionConnection,
PlanEditionEdge: PlanEditionEdge,
PlanImportPayload: PlanImportPayload,
PlanImportReview: PlanImportReview,
PlanPayload: PlanPayload,
PlanPeriod: PlanPeriod,
PlanProgressSummary: PlanProgressSummary,
PlanReport: PlanReport,
Product: Product,
ProgressSeries: ProgressSeries,
ProgressStatusCount: ProgressStatusCount,
PullApplyPayload: PullApplyPayload,
PullDetachPayload: PullDetachPayload,
PullRefusal: PullRefusal,
PullState: PullState,
RegistryCount: RegistryCount,
RegistryDeletePayload: RegistryDeletePayload,
RemindersRunPayload: RemindersRunPayload,
ReportingCalendar: ReportingCalendar,
ReportingCalendarPayload: ReportingCalendarPayload,
ReportingRound: ReportingRound,
ReportingRoundSchedule: ReportingRoundSchedule,
RoundActual: RoundActual,
RoundAgency: RoundAgency,
RoundCounts: RoundCounts,
RoundTask: RoundTask,
SearchResultConnection: SearchResultConnection,
SearchResultEdge: SearchResultEdge,
SeriesDisagreement: SeriesDisagreement,
SeriesValue: SeriesValue,
SourceBalance: SourceBalance,
SpendingEntry: SpendingEntry,
SpendingEntryConnection: SpendingEntryConnection,
SpendingEntryEdge: SpendingEntryEdge,
SpendingEntryPayload: SpendingEntryPayload,
Startup: Startup,
StartupConnection: StartupConnection,
StartupEdge: StartupEdge,
StartupPayload: StartupPayload,
SupportGrant: SupportGrant,
SupportGrantConnection: SupportGrantConnection,
SupportGrantEdge: SupportGrantEdge,
SupportGrantPayload: SupportGrantPayload,
Task: Task,
TaskAgency: TaskAgency,
TaskBudget: TaskBudget,
TaskBudgetPayload: TaskBudgetPayload,
TaskConnection: TaskConnection,
TaskDeletePayload: TaskDeletePayload,
TaskDelivery: TaskDelivery,
TaskDeliveryPayload: TaskDeliveryPayload,
TaskEdge: TaskEdge,
TaskOutput: TaskOutput,
TaskPayload: TaskPayload,
TaskPhase: TaskPhase,
TaskReport: TaskReport,
TaskReportConnection: TaskReportConnection,
TaskReportEdge: TaskReportEdge,
TaskReportPayload: TaskReportPayload,
TaskStatusReport: TaskStatusReport,
Timeline: Timeline,
UploadTicket: UploadTicket,
UserAccount: UserAccount,
UserAccountPayload: UserAccountPayload,
UserError: UserError,
Viewer: Viewer,
Date: Date,
DateTime: DateTime,
Decimal: Decimal,
EmailAddress: EmailAddress,
JSONObject: JSONObject,
URL: URL
    }