/** Stored shapes behind the audit module's GraphQL types: the service's view of an entry, never the raw before/after records. */
import type { AuditTrailEntry } from '../../services/audit';

export type AuditEntryMapper = AuditTrailEntry;
