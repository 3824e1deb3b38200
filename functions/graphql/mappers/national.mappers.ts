/** Shapes behind the national summary's GraphQL types (services/national.ts). */
import type { IndicatorSummary, JurisdictionSummary, PlanSummary } from '../../services/national';

export type JurisdictionSummaryMapper = JurisdictionSummary;
export type PlanProgressSummaryMapper = PlanSummary;
export type IndicatorProgressSummaryMapper = IndicatorSummary;
