import type { PlanImportReviewResolvers } from './types.generated.js';
import { agenciesByIds } from '../../services/imports';

export const PlanImportReview: PlanImportReviewResolvers = {
  importedAt: (review) => review.data.importedAt,
  confidence: (review) => [...review.data.confidence],
  unplaced: (review) => [...review.data.unplaced],
  warnings: (review) => [...review.data.warnings],
  proposedAgencies: (review, _args, ctx) => agenciesByIds(ctx.services, review.jur, review.data.proposedAgencyIds),
  indicators: (review) => [...review.data.indicators],
};
