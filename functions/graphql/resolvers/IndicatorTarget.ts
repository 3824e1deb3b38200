import type   { IndicatorTargetResolvers } from './types.generated.js';
    export const IndicatorTarget: IndicatorTargetResolvers = {
    /* Implement IndicatorTarget resolver logic here */
  };