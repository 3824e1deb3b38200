/**
 * Stored shapes behind the indicator module's GraphQL types (codegen mappers).
 */
import type { IndicatorAgencyLink } from '../../domain/indicator/entities';
import type { AgencyRecord } from '../../services/agencies';
import type { IndicatorRecord } from '../../services/indicators';
import type { ObservationRecord } from '../../services/observations';
import type { IndicatorProgressView } from '../../services/progress';

export type IndicatorMapper = IndicatorRecord;
export type ObservationMapper = ObservationRecord;
export interface IndicatorAgencyMapper {
  readonly link: IndicatorAgencyLink;
  readonly agency: AgencyRecord;
}
export type IndicatorProgressMapper = IndicatorProgressView;
