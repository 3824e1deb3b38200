import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queryAllPages } from './query-pages';
import { withBefore, type StoredAuditEntry } from './audit-entry';
import { isConditionalCheckFailed } from './errors';
import { recordPk, type EntityRef } from './keys';
import type { AuditEntry, StoredRecord } from './record';
import { assertWritable, type DataScope } from './scope';
import type { Store } from './store';

/**
 * Erasure of a person's data from an entity's audit trail (Decree 13/2023/NĐ-CP on personal
 * data protection: a data subject may have their personal data deleted).
 *
 * The audit trail is otherwise append-only: the store only ever puts an entry (entity, v)
 * if it does not exist. Rewriting entries here is a deliberate, narrow exception:
 *  - the law's erasure duty beats the trail's immutability — a "deleted" person whose name
 *    and phone stay in every before/after copy has not been deleted;
 *  - only the personal values inside `before` / `after` change. The entry's structure and
 *    the fact of every change stay: pk, version, seq, at, actor, op and note are untouched
 *    (each update is conditional on them), so the trail still shows who changed what and
 *    when, every version in order; the entry is stamped `redactedAt` / `redactedBy`;
 *  - the change itself is on the record: the erasure is a new version of the entity
 *    (op ERASE) written through the normal write path, so the trail shows that an
 *    erasure happened, by whom, when and why.
 * What counts as the person's data is the service's decision (services/privacy.ts): it
 * passes `rewrite`, this module only reads the entity's partition of the Audit table
 * (one Query, paged) and writes back the entries whose copies change, one conditional
 * UpdateItem each. Entries that `last` selects are written after all others, so a crash
 * midway leaves the entries the service derives the erasure from until the very end.
 */

export interface AuditCopies {
  readonly before: StoredRecord | null;
  readonly after: StoredRecord;
}

export interface RewriteReport {
  /** Entries in the entity's trail. */
  readonly entries: number;
  /** Entries whose before/after copies were rewritten now. */
  readonly rewritten: number;
}

/** Every audit entry of one entity, oldest first (consistent, all pages), with its `before` copy. */
export const auditEntriesOf = async (store: Store, ref: EntityRef): Promise<AuditEntry[]> => withBefore(store, await storedShapes(store, ref));

const storedShapes = async (store: Store, ref: EntityRef): Promise<StoredAuditEntry[]> => {
  return queryAllPages<StoredAuditEntry>(store.client, {
    TableName: store.table('Audit'),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': recordPk(ref) },
    ConsistentRead: true,
  });
};

export class AuditEntryMoved extends Error {
  constructor(readonly pk: string, readonly version: number) {
    super(`Audit entry ${pk} v${version} changed while it was being redacted`);
    this.name = 'AuditEntryMoved';
  }
}

/**
 * Rewrites the before/after copies of an entity's audit entries. `rewrite` returns the new
 * copies, or null to leave an entry alone; `last` marks entries to write after every other.
 * The scope must be allowed to write the entity's jurisdiction (the same rule as commit).
 */
export const rewriteAuditCopies = async (
  store: Store,
  scope: DataScope,
  ref: EntityRef,
  rewrite: (entry: AuditEntry) => AuditCopies | null,
  last: (entry: AuditEntry) => boolean = () => false,
): Promise<RewriteReport> => {
  assertWritable(scope, ref.jur);
  const entries = await auditEntriesOf(store, ref);
  const ordered = [...entries.filter((e) => !last(e)), ...entries.filter((e) => last(e))];
  const omitted = new Set((await storedShapes(store, ref)).filter((e) => e.beforeOmitted).map((e) => e.version));
  const now = new Date().toISOString();
  let rewritten = 0;
  for (const entry of ordered) {
    const copies = rewrite(entry);
    if (!copies) continue;
    try {
      await store.client.send(
        new UpdateCommand({
          TableName: store.table('Audit'),
          Key: { pk: entry.pk, version: entry.version },
          // An entry without its own `before` copy keeps none: its before is entry v−1's after, rewritten there.
          UpdateExpression: omitted.has(entry.version)
            ? 'SET #after = :after, redactedAt = :now, redactedBy = :by'
            : 'SET #before = :before, #after = :after, redactedAt = :now, redactedBy = :by',
          // The same entry as read: same change number, time, actor and verb.
          ConditionExpression: 'attribute_exists(pk) AND seq = :seq AND #at = :at AND actor = :actor AND #op = :op',
          ExpressionAttributeNames: { ...(omitted.has(entry.version) ? {} : { '#before': 'before' }), '#after': 'after', '#at': 'at', '#op': 'op' },
          ExpressionAttributeValues: {
            ...(omitted.has(entry.version) ? {} : { ':before': copies.before }),
            ':after': copies.after,
            ':now': now,
            ':by': scope.actor,
            ':seq': entry.seq,
            ':at': entry.at,
            ':actor': entry.actor,
            ':op': entry.op,
          },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new AuditEntryMoved(entry.pk, entry.version);
      throw error;
    }
    rewritten += 1;
  }
  return { entries: entries.length, rewritten };
};
