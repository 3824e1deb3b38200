import type { ExchangeRecordResolvers } from './types.generated.js';
import { toGlobalId } from '../global-id';

export const ExchangeRecord: ExchangeRecordResolvers = {
  globalId: (record) => toGlobalId(record.type, record.jurisdiction, record.id),
};
