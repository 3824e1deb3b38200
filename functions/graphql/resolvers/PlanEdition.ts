import type { PlanEditionResolvers } from './types.generated.js';
import { getPlan } from '../../services/plans';
import { recordId } from '../global-id';

export const PlanEdition: PlanEditionResolvers = {
  id: (e) => recordId(e),
  plan: async (e, _arg, ctx) => {
    const plan = await getPlan(ctx.services, e.jur, e.data.planId);
    if (!plan) throw new Error(`Edition ${e.id} names a missing plan`);
    return plan;
  },
  edition: (e) => e.data.edition,
  note: (e) => e.data.note,
  decision: (e) => e.data.decision,
  recordedAt: (e) => e.createdAt,
  recordedBy: (e) => e.createdBy,
  taskCount: (e) => Object.keys(e.data.snapshot.tasks).length,
  indicatorCount: (e) => Object.keys(e.data.snapshot.indicators).length,
};
