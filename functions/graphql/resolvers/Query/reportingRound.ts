import type { QueryResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { reportingRound as readRound } from '../../../services/operations/rounds';
import { refOf } from '../../global-id';
import { signedInOnly } from '../../operations';

export const reportingRound: NonNullable<QueryResolvers['reportingRound']> = async (_parent, { plan, period, asOf }, ctx) => {
  signedInOnly(ctx, 'reportingRound');
  const ref = refOf(plan, PLAN);
  return ref ? readRound(ctx.services, ref, period, asOf ?? null) : null;
};
