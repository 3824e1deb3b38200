import type   { InvestorEdgeResolvers } from './types.generated.js';
    export const InvestorEdge: InvestorEdgeResolvers = {
    /* Implement InvestorEdge resolver logic here */
  };