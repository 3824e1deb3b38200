import type   { AuditEntryConnectionResolvers } from './types.generated.js';
    export const AuditEntryConnection: AuditEntryConnectionResolvers = {
    /* Implement AuditEntryConnection resolver logic here */
  };