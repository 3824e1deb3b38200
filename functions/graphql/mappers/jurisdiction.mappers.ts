/** Stored shapes behind the jurisdiction module's GraphQL types. */
import type { AgencyRecord } from '../../services/agencies';
import type { JurisdictionInfo } from '../../domain/jurisdiction/provinces';

export type AgencyMapper = AgencyRecord;
export type JurisdictionMapper = JurisdictionInfo;
