import type { QueryResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { planDiff as diff } from '../../../services/operations/editions';
import { getPlan } from '../../../services/plans';
import { refOf } from '../../global-id';

export const planDiff: NonNullable<QueryResolvers['planDiff']> = async (_parent, { plan, from, to, current }, ctx) => {
  const ref = refOf(plan, PLAN);
  const found = ref ? await getPlan(ctx.services, ref.jur, ref.id) : null;
  return found ? diff(ctx.services, found, from, to ?? null, current ?? false) : null;
};
