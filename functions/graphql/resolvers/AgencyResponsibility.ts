import type { AgencyResponsibilityResolvers } from './types.generated.js';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';

export const AgencyResponsibility: AgencyResponsibilityResolvers = {
  agency: async (parent, _arg, ctx) => {
    const agency = await loadRecord<AgencyData>(ctx.services, AGENCY, parent.jur, parent.agencyId);
    if (!agency) throw new Error(`Responsibility names a missing agency ${parent.jur}/${parent.agencyId}`);
    return agency;
  },
  duties: (parent) => [...parent.duties],
};
