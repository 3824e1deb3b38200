import type   { IncubatorCriteriaResolvers } from './types.generated.js';
    export const IncubatorCriteria: IncubatorCriteriaResolvers = {
    /* Implement IncubatorCriteria resolver logic here */
  };