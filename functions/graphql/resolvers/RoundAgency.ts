import type { RoundAgencyResolvers } from './types.generated.js';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';
import { countItems } from './RoundCounts';

export const RoundAgency: RoundAgencyResolvers = {
  agency: async (a, _arg, ctx) => {
    const agency = await loadRecord<AgencyData>(ctx.services, AGENCY, a.jur, a.agencyId);
    if (!agency) throw new Error(`Round names a missing agency ${a.agencyId}`);
    return agency;
  },
  reports: (a) => countItems(a.items.filter((i) => i.kind === 'REPORT')),
  actuals: (a) => countItems(a.items.filter((i) => i.kind === 'ACTUAL')),
  tasks: (a) => a.items.filter((i) => i.kind === 'REPORT'),
  indicators: (a) => a.items.filter((i) => i.kind === 'ACTUAL'),
};
