import type { OverdueItemResolvers } from './types.generated.js';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';

export const OverdueItem: OverdueItemResolvers = {
  kind: (o) => o.kind,
  plan: (o) => o.plan,
  task: (o) => o.task,
  indicator: (o) => o.indicator,
  agency: async (o, _arg, ctx) => {
    const agency = await loadRecord<AgencyData>(ctx.services, AGENCY, o.plan.jur, o.agencyId);
    if (!agency) throw new Error(`Overdue item names a missing agency ${o.agencyId}`);
    return agency;
  },
  period: (o) => o.period,
  dueOn: (o) => o.dueOn,
  since: (o) => o.since,
  daysLate: (o) => o.daysLate,
  state: (o) => o.state,
};
