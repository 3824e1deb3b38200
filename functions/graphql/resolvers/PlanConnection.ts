import type   { PlanConnectionResolvers } from './types.generated.js';
    export const PlanConnection: PlanConnectionResolvers = {
    /* Implement PlanConnection resolver logic here */
  };