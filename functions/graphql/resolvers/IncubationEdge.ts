import type   { IncubationEdgeResolvers } from './types.generated.js';
    export const IncubationEdge: IncubationEdgeResolvers = {
    /* Implement IncubationEdge resolver logic here */
  };