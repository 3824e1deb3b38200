import type { MutationResolvers } from './../types.generated.js';
import { applyPulled } from '../../../services/pull';

export const pullApply: NonNullable<MutationResolvers['pullApply']> = async (_parent, { input }, ctx) => {
  const outcome = await applyPulled(ctx.services, {
    source: input.source,
    jurisdiction: input.jurisdiction,
    records: input.records as Record<string, unknown>[],
    cursor: input.cursor ?? null,
  });
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { applied: 0, skipped: 0, userErrors: [...outcome.errors] };
};
