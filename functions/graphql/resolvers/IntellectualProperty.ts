import type   { IntellectualPropertyResolvers } from './types.generated.js';
    export const IntellectualProperty: IntellectualPropertyResolvers = {
    /* Implement IntellectualProperty resolver logic here */
  };