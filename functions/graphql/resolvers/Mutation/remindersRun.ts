import type { MutationResolvers } from './../types.generated.js';
import { runReminders } from '../../../services/operations/notifications';

export const remindersRun: NonNullable<MutationResolvers['remindersRun']> = async (_parent, { input }, ctx) => {
  const result = await runReminders(ctx.services, input.jurisdiction, { asOf: input.asOf ?? null, dueWithinDays: input.dueWithinDays ?? null });
  return result.ok ? { created: result.value.created, existing: result.value.existing, userErrors: [] } : { created: 0, existing: 0, userErrors: [...result.errors] };
};
