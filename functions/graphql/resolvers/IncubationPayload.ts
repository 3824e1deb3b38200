import type   { IncubationPayloadResolvers } from './types.generated.js';
    export const IncubationPayload: IncubationPayloadResolvers = {
    /* Implement IncubationPayload resolver logic here */
  };