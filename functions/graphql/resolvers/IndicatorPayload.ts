import type   { IndicatorPayloadResolvers } from './types.generated.js';
    export const IndicatorPayload: IndicatorPayloadResolvers = {
    /* Implement IndicatorPayload resolver logic here */
  };