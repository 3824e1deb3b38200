import type   { BaselineResolvers } from './types.generated.js';
    export const Baseline: BaselineResolvers = {
    /* Implement Baseline resolver logic here */
  };