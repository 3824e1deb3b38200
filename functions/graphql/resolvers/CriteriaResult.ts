import type   { CriteriaResultResolvers } from './types.generated.js';
    export const CriteriaResult: CriteriaResultResolvers = {
    /* Implement CriteriaResult resolver logic here */
  };