import type   { ProgressSeriesResolvers } from './types.generated.js';
    export const ProgressSeries: ProgressSeriesResolvers = {
    /* Implement ProgressSeries resolver logic here */
  };