import type   { PlanPayloadResolvers } from './types.generated.js';
    export const PlanPayload: PlanPayloadResolvers = {
    /* Implement PlanPayload resolver logic here */
  };