import type   { PullRefusalResolvers } from './types.generated.js';
    export const PullRefusal: PullRefusalResolvers = {
    /* Implement PullRefusal resolver logic here */
  };