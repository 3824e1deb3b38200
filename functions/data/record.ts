import type { EntityRef } from './keys';

/** Where an entity is listed: by type, under a parent, under a second owner. */
export interface IndexKeys {
  readonly tpk?: string;
  readonly tsk?: string;
  readonly ppk?: string;
  readonly psk?: string;
  readonly lpk?: string;
  readonly lsk?: string;
}

/** One entity as stored: system attributes beside the entity's own `data`. */
export interface StoredRecord<T = unknown> extends IndexKeys, EntityRef {
  readonly pk: string;
  readonly sk: string;
  readonly version: number;
  /** The change number of the write that produced this version (the feed position). */
  readonly seq: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string;
  readonly updatedBy: string;
  /** Tombstone: the entity was deleted; it stays for the audit trail and the change feed. */
  readonly deleted?: boolean;
  readonly data: T;
}

/** One audit entry: the write-ahead log of the change from version-1 to version. */
export interface AuditEntry {
  readonly pk: string;
  readonly version: number;
  readonly jur: string;
  readonly type: string;
  readonly id: string;
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly op: string;
  readonly note?: string;
  /** The state before (read shape: filled from entry version−1 when not stored inline, see audit-entry.ts). */
  readonly before: StoredRecord | null;
  readonly after: StoredRecord;
  /** ABORTED: DynamoDB refused `after` for good; the change never happened and the feed skips it. */
  readonly status?: 'ABORTED';
}
