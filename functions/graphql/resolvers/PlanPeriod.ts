import type   { PlanPeriodResolvers } from './types.generated.js';
    export const PlanPeriod: PlanPeriodResolvers = {
    /* Implement PlanPeriod resolver logic here */
  };