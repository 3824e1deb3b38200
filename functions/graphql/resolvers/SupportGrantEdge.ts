import type   { SupportGrantEdgeResolvers } from './types.generated.js';
    export const SupportGrantEdge: SupportGrantEdgeResolvers = {
    /* Implement SupportGrantEdge resolver logic here */
  };