import type { PlanImportPayloadResolvers } from './types.generated.js';

export const PlanImportPayload: PlanImportPayloadResolvers = {
  plan: ({ result }) => result?.plan ?? null,
  confidence: ({ result }) => [...(result?.review.confidence ?? [])],
  unplaced: ({ result }) => [...(result?.review.unplaced ?? [])],
  warnings: ({ result }) => [...(result?.review.warnings ?? [])],
  proposedAgencies: ({ result }) => [...(result?.proposedAgencies ?? [])],
  indicators: ({ result }) => [...(result?.review.indicators ?? [])],
  userErrors: ({ userErrors }) => userErrors.map((e) => ({ ...e, field: e.field ? [...e.field] : null })),
};
