import type   { IncubatorConnectionResolvers } from './types.generated.js';
    export const IncubatorConnection: IncubatorConnectionResolvers = {
    /* Implement IncubatorConnection resolver logic here */
  };