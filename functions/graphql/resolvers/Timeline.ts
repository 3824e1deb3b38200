import type   { TimelineResolvers } from './types.generated.js';
    export const Timeline: TimelineResolvers = {
    /* Implement Timeline resolver logic here */
  };