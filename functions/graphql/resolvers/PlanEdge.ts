import type   { PlanEdgeResolvers } from './types.generated.js';
    export const PlanEdge: PlanEdgeResolvers = {
    /* Implement PlanEdge resolver logic here */
  };