import type   { ProgressStatusCountResolvers } from './types.generated.js';
    export const ProgressStatusCount: ProgressStatusCountResolvers = {
    /* Implement ProgressStatusCount resolver logic here */
  };