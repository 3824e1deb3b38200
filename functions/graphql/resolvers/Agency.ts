import type { AgencyResolvers } from './types.generated.js';
import { jurisdictionOf } from '../jurisdiction';
import { recordId } from '../global-id';
import { reportsProgress } from '../../domain/plan/entities';

export const Agency: AgencyResolvers = {
  id: (agency) => recordId(agency),
  name: (agency) => agency.data.name,
  shortName: (agency) => agency.data.shortName,
  kind: (agency) => agency.data.kind,
  jurisdiction: (agency) => jurisdictionOf(agency.jur),
  reportsProgress: (agency) => reportsProgress(agency.data),
  removedAt: (agency) => agency.data.removedAt ?? null,
};
