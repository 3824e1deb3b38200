import type { QueryResolvers } from './../types.generated.js';
import { planReport as buildReport } from '../../../services/plan-report';
import { refOf } from '../../global-id';

export const planReport: NonNullable<QueryResolvers['planReport']> = async (_parent, { plan, asOf }, ctx) => {
  const ref = refOf(plan, 'Plan');
  return ref ? buildReport(ctx.services, ref, asOf ?? null) : null;
};
