import type   { JurisdictionResolvers } from './types.generated.js';
    export const Jurisdiction: JurisdictionResolvers = {
    /* Implement Jurisdiction resolver logic here */
  };