/**
 * Stored shapes behind the plan module's GraphQL types (codegen mappers): the
 * resolvers map records to fields, so ids and foreign keys never leak.
 */
import type { PlanRecord } from '../../services/plans';
import type { TaskRecord } from '../../services/tasks';
import type { TaskReportRecord } from '../../services/reports';
import type { AgencyRecord } from '../../services/agencies';
import type { TaskAgencyLink } from '../../domain/plan/entities';

export type PlanMapper = PlanRecord;
export type TaskMapper = TaskRecord;
export type TaskReportMapper = TaskReportRecord;
/** A legal basis is a value inside its plan; its ID points into the plan. */
export interface LegalDocumentMapper {
  readonly plan: PlanRecord;
  readonly index: number;
}
export interface AgencyResponsibilityMapper {
  readonly jur: string;
  readonly agencyId: string;
  readonly duties: readonly string[];
}
export interface TaskAgencyMapper {
  readonly link: TaskAgencyLink;
  readonly agency: AgencyRecord;
}
