import type { ObservationBatchSubmitPayloadResolvers } from './types.generated.js';

/** Plain fields, built by the mutation. */
export const ObservationBatchSubmitPayload: ObservationBatchSubmitPayloadResolvers = {};
