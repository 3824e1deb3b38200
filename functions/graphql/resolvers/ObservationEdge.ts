import type   { ObservationEdgeResolvers } from './types.generated.js';
    export const ObservationEdge: ObservationEdgeResolvers = {
    /* Implement ObservationEdge resolver logic here */
  };