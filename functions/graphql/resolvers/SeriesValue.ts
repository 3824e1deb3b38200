import type   { SeriesValueResolvers } from './types.generated.js';
    export const SeriesValue: SeriesValueResolvers = {
    /* Implement SeriesValue resolver logic here */
  };