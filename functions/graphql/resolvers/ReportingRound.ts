import type { ReportingRoundResolvers } from './types.generated.js';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecords } from '../../services/records';
import { countItems } from './RoundCounts';

export const ReportingRound: ReportingRoundResolvers = {
  plan: (r) => r.plan,
  period: (r) => r.round.period,
  frequency: (r) => r.round.frequency,
  start: (r) => r.round.start,
  end: (r) => r.round.end,
  dueOn: (r) => r.round.dueOn,
  pastDue: (r) => r.asOf > r.round.dueOn,
  asOf: (r) => r.asOf,
  reports: (r) => countItems(r.items.filter((i) => i.kind === 'REPORT')),
  // An indicator is one actual, whichever of its lead agencies sends it.
  actuals: (r) => countItems(r.items.filter((i, n, all) => i.kind === 'ACTUAL' && all.findIndex((o) => o.indicator?.id === i.indicator?.id) === n)),
  agencies: async (r, _arg, ctx) => {
    const ids = [...new Set(r.items.map((i) => i.agencyId))];
    const agencies = await loadRecords<AgencyData>(ctx.services, ids.map((id) => ({ type: AGENCY, jur: r.plan.jur, id })));
    return ids
      .map((agencyId, n) => ({ jur: r.plan.jur, agencyId, name: agencies[n]?.data.name ?? agencyId, items: r.items.filter((i) => i.agencyId === agencyId) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  },
};
