import type   { SupportGrantPayloadResolvers } from './types.generated.js';
    export const SupportGrantPayload: SupportGrantPayloadResolvers = {
    /* Implement SupportGrantPayload resolver logic here */
  };