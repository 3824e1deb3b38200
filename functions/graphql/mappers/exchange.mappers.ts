/** Shapes behind the exchange module's GraphQL types: the service's exchange records as they are. */
import type { ExchangeRecord } from '../../services/exchange';

export type ExchangeRecordMapper = ExchangeRecord;
