import type { QueryResolvers } from './../types.generated.js';
import { planByNumber as findPlan } from '../../../services/plans';

export const planByNumber: NonNullable<QueryResolvers['planByNumber']> = (_parent, { jurisdiction, number }, ctx) =>
  findPlan(ctx.services, jurisdiction, number);
