import type   { LegalDocumentConnectionResolvers } from './types.generated.js';
    export const LegalDocumentConnection: LegalDocumentConnectionResolvers = {
    /* Implement LegalDocumentConnection resolver logic here */
  };