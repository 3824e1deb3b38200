import type   { IndicatorConnectionResolvers } from './types.generated.js';
    export const IndicatorConnection: IndicatorConnectionResolvers = {
    /* Implement IndicatorConnection resolver logic here */
  };