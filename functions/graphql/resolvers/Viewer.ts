import type { ViewerResolvers } from './types.generated.js';
import { jurisdictionInfo, type JurisdictionInfo } from '../../domain/jurisdiction/provinces';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';

export const Viewer: ViewerResolvers = {
  jurisdictions: (caller) => caller.jurisdictions.map(jurisdictionInfo).filter((j): j is JurisdictionInfo => j !== null),
  agency: (caller, _arg, ctx) =>
    caller.agencyId && caller.jurisdictions[0] ? loadRecord<AgencyData>(ctx.services, AGENCY, caller.jurisdictions[0], caller.agencyId) : null,
};
