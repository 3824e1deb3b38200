import type   { FundingSourceResolvers } from './types.generated.js';
    export const FundingSource: FundingSourceResolvers = {
    /* Implement FundingSource resolver logic here */
  };