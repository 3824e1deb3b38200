import type   { InvestmentEdgeResolvers } from './types.generated.js';
    export const InvestmentEdge: InvestmentEdgeResolvers = {
    /* Implement InvestmentEdge resolver logic here */
  };