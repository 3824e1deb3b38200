import type { ObservationBatchRowResultResolvers } from './types.generated.js';

/** Plain fields: the row and its observation record (resolved by Observation's own resolvers). */
export const ObservationBatchRowResult: ObservationBatchRowResultResolvers = {};
