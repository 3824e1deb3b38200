import type   { InvestmentPayloadResolvers } from './types.generated.js';
    export const InvestmentPayload: InvestmentPayloadResolvers = {
    /* Implement InvestmentPayload resolver logic here */
  };