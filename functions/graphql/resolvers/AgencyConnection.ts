import type   { AgencyConnectionResolvers } from './types.generated.js';
    export const AgencyConnection: AgencyConnectionResolvers = {
    /* Implement AgencyConnection resolver logic here */
  };