import type   { EventEdgeResolvers } from './types.generated.js';
    export const EventEdge: EventEdgeResolvers = {
    /* Implement EventEdge resolver logic here */
  };