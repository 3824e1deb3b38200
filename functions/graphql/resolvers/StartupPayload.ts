import type   { StartupPayloadResolvers } from './types.generated.js';
    export const StartupPayload: StartupPayloadResolvers = {
    /* Implement StartupPayload resolver logic here */
  };