import type   { AuditEntryEdgeResolvers } from './types.generated.js';
    export const AuditEntryEdge: AuditEntryEdgeResolvers = {
    /* Implement AuditEntryEdge resolver logic here */
  };