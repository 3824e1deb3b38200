import type   { IncubationConnectionResolvers } from './types.generated.js';
    export const IncubationConnection: IncubationConnectionResolvers = {
    /* Implement IncubationConnection resolver logic here */
  };