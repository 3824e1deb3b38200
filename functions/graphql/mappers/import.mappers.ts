/**
 * Stored shapes behind the import module's GraphQL types (codegen mappers).
 */
import type { ImportedIndicator } from '../../domain/import/review';
import type { PlanImportResult, PlanImportRecord } from '../../services/imports';
import type { UserError } from '../../domain/common/user-error';

/** The review is its PlanImport record; its agencies are resolved from their ids. */
export type PlanImportReviewMapper = PlanImportRecord;
/** The payload of `planImport`: the result (or null on refusal) and why not. */
export interface PlanImportPayloadMapper {
  readonly result: PlanImportResult | null;
  readonly userErrors: readonly UserError[];
}
export type ImportedIndicatorMapper = ImportedIndicator;
