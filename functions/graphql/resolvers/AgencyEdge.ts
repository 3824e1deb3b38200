import type   { AgencyEdgeResolvers } from './types.generated.js';
    export const AgencyEdge: AgencyEdgeResolvers = {
    /* Implement AgencyEdge resolver logic here */
  };