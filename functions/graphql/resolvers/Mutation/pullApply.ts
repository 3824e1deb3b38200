import type { MutationResolvers } from './../types.generated.js';
import { applyPulled } from '../../../services/pull';

export const pullApply: NonNullable<MutationResolvers['pullApply']> = async (_parent, { input }, ctx) => {
  const outcome = await applyPulled(ctx.services, {
    source: input.source,
    sourceUrl: input.sourceUrl,
    jurisdiction: input.jurisdiction,
    records: input.records as Record<string, unknown>[],
    cursor: input.cursor ?? null,
  });
  return outcome.ok ? { ...outcome.value, refused: [...outcome.value.refused], userErrors: [] } : { applied: 0, skipped: 0, refused: [], userErrors: [...outcome.errors] };
};
