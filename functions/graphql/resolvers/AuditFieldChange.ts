import type   { AuditFieldChangeResolvers } from './types.generated.js';
    export const AuditFieldChange: AuditFieldChangeResolvers = {
    /* Implement AuditFieldChange resolver logic here */
  };