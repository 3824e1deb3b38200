import type   { SupportGrantConnectionResolvers } from './types.generated.js';
    export const SupportGrantConnection: SupportGrantConnectionResolvers = {
    /* Implement SupportGrantConnection resolver logic here */
  };