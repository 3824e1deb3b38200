import type { UserAccountResolvers } from './types.generated.js';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';

export const UserAccount: UserAccountResolvers = {
  email: (a) => a.email,
  displayName: (a) => a.displayName,
  role: (a) => a.role,
  jurisdiction: (a) => a.jurisdiction,
  // An agency deleted since the account was made reads as none; the account itself stays listed.
  agency: (a, _arg, ctx) => (a.agencyId ? loadRecord<AgencyData>(ctx.services, AGENCY, a.jurisdiction, a.agencyId) : null),
  enabled: (a) => a.enabled,
  status: (a) => a.status,
  createdAt: (a) => a.createdAt,
};
