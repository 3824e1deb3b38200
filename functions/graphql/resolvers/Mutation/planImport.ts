import type { MutationResolvers } from './../types.generated.js';
import { importPlan } from '../../../services/imports';

export const planImport: NonNullable<MutationResolvers['planImport']> = async (_parent, { input }, ctx) => {
  const outcome = await importPlan(ctx.services, input);
  return outcome.ok ? { result: outcome.value, userErrors: [] } : { result: null, userErrors: outcome.errors };
};
