import type   { ObservationConnectionResolvers } from './types.generated.js';
    export const ObservationConnection: ObservationConnectionResolvers = {
    /* Implement ObservationConnection resolver logic here */
  };