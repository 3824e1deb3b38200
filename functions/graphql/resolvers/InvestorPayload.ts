import type   { InvestorPayloadResolvers } from './types.generated.js';
    export const InvestorPayload: InvestorPayloadResolvers = {
    /* Implement InvestorPayload resolver logic here */
  };