import type   { AgencyPayloadResolvers } from './types.generated.js';
    export const AgencyPayload: AgencyPayloadResolvers = {
    /* Implement AgencyPayload resolver logic here */
  };