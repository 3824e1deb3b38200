export { parsePlan, agencyKind } from './draft';
export { matchAgencies, agencyKey, splitAgencies, readRoleLine, type AgencyMatch } from './agencies';
export { toPlanImportInput, toOutputJson, type PlanImportInput, type DraftJson } from './output';
export { PROVINCES, provinceByName, provinceIn } from './provinces';
export type { PlanDraft, TaskDraft, IndicatorDraft, TargetDraft, ParseResult } from './types';
