import type   { InvestorConnectionResolvers } from './types.generated.js';
    export const InvestorConnection: InvestorConnectionResolvers = {
    /* Implement InvestorConnection resolver logic here */
  };