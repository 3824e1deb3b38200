/** Shapes behind the report module's GraphQL types. */
import type { PlanReportData } from '../../domain/report/plan-report';
import type { PlanRecord } from '../../services/plans';

export interface PlanReportMapper {
  readonly plan: PlanRecord;
  readonly data: PlanReportData;
}
