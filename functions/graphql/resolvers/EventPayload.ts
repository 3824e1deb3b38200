import type   { EventPayloadResolvers } from './types.generated.js';
    export const EventPayload: EventPayloadResolvers = {
    /* Implement EventPayload resolver logic here */
  };