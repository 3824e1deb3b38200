import type   { IncubatorEdgeResolvers } from './types.generated.js';
    export const IncubatorEdge: IncubatorEdgeResolvers = {
    /* Implement IncubatorEdge resolver logic here */
  };