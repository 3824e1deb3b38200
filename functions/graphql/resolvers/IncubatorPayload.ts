import type   { IncubatorPayloadResolvers } from './types.generated.js';
    export const IncubatorPayload: IncubatorPayloadResolvers = {
    /* Implement IncubatorPayload resolver logic here */
  };