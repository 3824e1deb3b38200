import type { AuditEntryResolvers } from './types.generated.js';
import { recordId } from '../global-id';

export const AuditEntry: AuditEntryResolvers = {
  entityId: (entry) => recordId(entry),
  entityType: (entry) => entry.type,
  operation: (entry) => entry.op,
  changes: (entry) => [...entry.changes],
};
