import type   { LegalDocumentEdgeResolvers } from './types.generated.js';
    export const LegalDocumentEdge: LegalDocumentEdgeResolvers = {
    /* Implement LegalDocumentEdge resolver logic here */
  };