import type { QueryResolvers } from './../types.generated.js';
import { nationalSummary as summarise } from '../../../services/national';

export const nationalSummary: NonNullable<QueryResolvers['nationalSummary']> = (_parent, { asOf, jurisdictions }, ctx) =>
  summarise(ctx.services, asOf ?? null, jurisdictions ?? null);
