import type   { ObservationPayloadResolvers } from './types.generated.js';
    export const ObservationPayload: ObservationPayloadResolvers = {
    /* Implement ObservationPayload resolver logic here */
  };