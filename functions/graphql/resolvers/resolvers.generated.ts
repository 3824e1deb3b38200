/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agencies as Query_agencies } from './Query/agencies.js';
import    { jurisdictions as Query_jurisdictions } from './Query/jurisdictions.js';
import    { node as Query_node } from './Query/node.js';
import    { nodes as Query_nodes } from './Query/nodes.js';
import    { planByNumber as Query_planByNumber } from './Query/planByNumber.js';
import    { plans as Query_plans } from './Query/plans.js';
import    { viewer as Query_viewer } from './Query/viewer.js';
import    { agencyCreate as Mutation_agencyCreate } from './Mutation/agencyCreate.js';
import    { indicatorCreate as Mutation_indicatorCreate } from './Mutation/indicatorCreate.js';
import    { indicatorUpdate as Mutation_indicatorUpdate } from './Mutation/indicatorUpdate.js';
import    { observationApprove as Mutation_observationApprove } from './Mutation/observationApprove.js';
import    { observationCreate as Mutation_observationCreate } from './Mutation/observationCreate.js';
import    { observationReopen as Mutation_observationReopen } from './Mutation/observationReopen.js';
import    { observationReturn as Mutation_observationReturn } from './Mutation/observationReturn.js';
import    { observationSubmit as Mutation_observationSubmit } from './Mutation/observationSubmit.js';
import    { observationUpdate as Mutation_observationUpdate } from './Mutation/observationUpdate.js';
import    { planCreate as Mutation_planCreate } from './Mutation/planCreate.js';
import    { planImport as Mutation_planImport } from './Mutation/planImport.js';
import    { planPublish as Mutation_planPublish } from './Mutation/planPublish.js';
import    { planUpdate as Mutation_planUpdate } from './Mutation/planUpdate.js';
import    { targetSet as Mutation_targetSet } from './Mutation/targetSet.js';
import    { taskCreate as Mutation_taskCreate } from './Mutation/taskCreate.js';
import    { taskDelete as Mutation_taskDelete } from './Mutation/taskDelete.js';
import    { taskReportApprove as Mutation_taskReportApprove } from './Mutation/taskReportApprove.js';
import    { taskReportCreate as Mutation_taskReportCreate } from './Mutation/taskReportCreate.js';
import    { taskReportReturn as Mutation_taskReportReturn } from './Mutation/taskReportReturn.js';
import    { taskReportSubmit as Mutation_taskReportSubmit } from './Mutation/taskReportSubmit.js';
import    { taskUpdate as Mutation_taskUpdate } from './Mutation/taskUpdate.js';
import    { Agency } from './Agency.js';
import    { AgencyConnection } from './AgencyConnection.js';
import    { AgencyEdge } from './AgencyEdge.js';
import    { AgencyPayload } from './AgencyPayload.js';
import    { AgencyResponsibility } from './AgencyResponsibility.js';
import    { Baseline } from './Baseline.js';
import    { FieldConfidence } from './FieldConfidence.js';
import    { FundingSource } from './FundingSource.js';
import    { ImportedIndicator } from './ImportedIndicator.js';
import    { Indicator } from './Indicator.js';
import    { IndicatorAgency } from './IndicatorAgency.js';
import    { IndicatorConnection } from './IndicatorConnection.js';
import    { IndicatorEdge } from './IndicatorEdge.js';
import    { IndicatorPayload } from './IndicatorPayload.js';
import    { IndicatorProgress } from './IndicatorProgress.js';
import    { IndicatorTarget } from './IndicatorTarget.js';
import    { Jurisdiction } from './Jurisdiction.js';
import    { LegalDocument } from './LegalDocument.js';
import    { LegalDocumentConnection } from './LegalDocumentConnection.js';
import    { LegalDocumentEdge } from './LegalDocumentEdge.js';
import    { MilestoneProgress } from './MilestoneProgress.js';
import    { Observation } from './Observation.js';
import    { ObservationConnection } from './ObservationConnection.js';
import    { ObservationEdge } from './ObservationEdge.js';
import    { ObservationPayload } from './ObservationPayload.js';
import    { PageInfo } from './PageInfo.js';
import    { Plan } from './Plan.js';
import    { PlanConnection } from './PlanConnection.js';
import    { PlanEdge } from './PlanEdge.js';
import    { PlanImportPayload } from './PlanImportPayload.js';
import    { PlanImportReview } from './PlanImportReview.js';
import    { PlanPayload } from './PlanPayload.js';
import    { PlanPeriod } from './PlanPeriod.js';
import    { Task } from './Task.js';
import    { TaskAgency } from './TaskAgency.js';
import    { TaskConnection } from './TaskConnection.js';
import    { TaskDeletePayload } from './TaskDeletePayload.js';
import    { TaskEdge } from './TaskEdge.js';
import    { TaskOutput } from './TaskOutput.js';
import    { TaskPayload } from './TaskPayload.js';
import    { TaskPhase } from './TaskPhase.js';
import    { TaskReport } from './TaskReport.js';
import    { TaskReportConnection } from './TaskReportConnection.js';
import    { TaskReportEdge } from './TaskReportEdge.js';
import    { TaskReportPayload } from './TaskReportPayload.js';
import    { Timeline } from './Timeline.js';
import    { UserError } from './UserError.js';
import    { Viewer } from './Viewer.js';
import    { Date } from './Date.js';
import    { DateTime } from './DateTime.js';
import    { Decimal } from './Decimal.js';
import    { EmailAddress } from './EmailAddress.js';
import    { URL } from './URL.js';
    export const resolvers: Resolvers = {
      Query: { agencies: Query_agencies,jurisdictions: Query_jurisdictions,node: Query_node,nodes: Query_nodes,planByNumber: Query_planByNumber,plans: Query_plans,viewer: Query_viewer },
      Mutation: { agencyCreate: Mutation_agencyCreate,indicatorCreate: Mutation_indicatorCreate,indicatorUpdate: Mutation_indicatorUpdate,observationApprove: Mutation_observationApprove,observationCreate: Mutation_observationCreate,observationReopen: Mutation_observationReopen,observationReturn: Mutation_observationReturn,observationSubmit: Mutation_observationSubmit,observationUpdate: Mutation_observationUpdate,planCreate: Mutation_planCreate,planImport: Mutation_planImport,planPublish: Mutation_planPublish,planUpdate: Mutation_planUpdate,targetSet: Mutation_targetSet,taskCreate: Mutation_taskCreate,taskDelete: Mutation_taskDelete,taskReportApprove: Mutation_taskReportApprove,taskReportCreate: Mutation_taskReportCreate,taskReportReturn: Mutation_taskReportReturn,taskReportSubmit: Mutation_taskReportSubmit,taskUpdate: Mutation_taskUpdate },
      
      Agency: Agency,
AgencyConnection: AgencyConnection,
AgencyEdge: AgencyEdge,
AgencyPayload: AgencyPayload,
AgencyResponsibility: AgencyResponsibility,
Baseline: Baseline,
FieldConfidence: FieldConfidence,
FundingSource: FundingSource,
ImportedIndicator: ImportedIndicator,
Indicator: Indicator,
IndicatorAgency: IndicatorAgency,
IndicatorConnection: IndicatorConnection,
IndicatorEdge: IndicatorEdge,
IndicatorPayload: IndicatorPayload,
IndicatorProgress: IndicatorProgress,
IndicatorTarget: IndicatorTarget,
Jurisdiction: Jurisdiction,
LegalDocument: LegalDocument,
LegalDocumentConnection: LegalDocumentConnection,
LegalDocumentEdge: LegalDocumentEdge,
MilestoneProgress: MilestoneProgress,
Observation: Observation,
ObservationConnection: ObservationConnection,
ObservationEdge: ObservationEdge,
ObservationPayload: ObservationPayload,
PageInfo: PageInfo,
Plan: Plan,
PlanConnection: PlanConnection,
PlanEdge: PlanEdge,
PlanImportPayload: PlanImportPayload,
PlanImportReview: PlanImportReview,
PlanPayload: PlanPayload,
PlanPeriod: PlanPeriod,
Task: Task,
TaskAgency: TaskAgency,
TaskConnection: TaskConnection,
TaskDeletePayload: TaskDeletePayload,
TaskEdge: TaskEdge,
TaskOutput: TaskOutput,
TaskPayload: TaskPayload,
TaskPhase: TaskPhase,
TaskReport: TaskReport,
TaskReportConnection: TaskReportConnection,
TaskReportEdge: TaskReportEdge,
TaskReportPayload: TaskReportPayload,
Timeline: Timeline,
UserError: UserError,
Viewer: Viewer,
Date: Date,
DateTime: DateTime,
Decimal: Decimal,
EmailAddress: EmailAddress,
URL: URL
    }