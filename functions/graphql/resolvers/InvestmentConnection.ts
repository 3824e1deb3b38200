import type   { InvestmentConnectionResolvers } from './types.generated.js';
    export const InvestmentConnection: InvestmentConnectionResolvers = {
    /* Implement InvestmentConnection resolver logic here */
  };