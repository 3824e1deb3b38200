import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batch-get';
import { isConditionalCheckFailed } from './errors';
import { itemBytes } from './limits';
import type { AuditEntry, StoredRecord } from './record';
import type { Store } from './store';

/**
 * The stored shape of an audit entry (ISSUE 15.4). `after` is always there; `before` is
 * stored inline only while the entry stays small, because the state before version v is
 * exactly the `after` of entry v−1. A large entry keeps `after` alone and says so with
 * `beforeOmitted`, so an entry fits DynamoDB's 400 KB item limit whenever its record does.
 * Readers (audit-reads, erase, feed) give services the full shape back with `withBefore`.
 * Entries written before this rule always hold `before`: both shapes are read.
 */
export const ABORTED = 'ABORTED';

/** Above this size the `before` copy is left out of the entry. */
const INLINE_BEFORE_MAX_BYTES = 64 * 1024;

export interface StoredAuditEntry extends Omit<AuditEntry, 'before'> {
  readonly before?: StoredRecord | null;
  readonly beforeOmitted?: true;
}

export const auditEntryOf = (
  after: StoredRecord,
  before: StoredRecord | null,
  meta: { at: string; actor: string; op: string; note?: string | undefined },
): StoredAuditEntry => {
  const base = {
    pk: after.pk,
    version: after.version,
    jur: after.jur,
    type: after.type,
    id: after.id,
    seq: after.seq,
    at: meta.at,
    actor: meta.actor,
    op: meta.op,
    ...(meta.note ? { note: meta.note } : {}),
    after,
  };
  const inline = { ...base, before };
  return itemBytes(inline) <= INLINE_BEFORE_MAX_BYTES ? inline : { ...base, beforeOmitted: true };
};

/**
 * The entries with their `before` copies: from the previous entry in the same list when it
 * is there, else from the Audit table in one batched read for the whole page.
 */
export const withBefore = async (store: Store, entries: readonly StoredAuditEntry[]): Promise<AuditEntry[]> => {
  const byKey = new Map(entries.map((e) => [`${e.pk}|${e.version}`, e]));
  const missing = entries.filter((e) => e.beforeOmitted && e.version > 1 && !byKey.has(`${e.pk}|${e.version - 1}`));
  if (missing.length) {
    const found = await batchGetItems(store.client, store.table('Audit'), missing.map((e) => ({ pk: e.pk, version: e.version - 1 })), true);
    for (const item of found) byKey.set(`${String(item.pk)}|${String(item.version)}`, item as unknown as StoredAuditEntry);
  }
  return entries.map((e) => {
    if (!e.beforeOmitted) return { ...e, before: e.before ?? null };
    const previous = e.version > 1 ? byKey.get(`${e.pk}|${e.version - 1}`) : undefined;
    return { ...e, before: previous?.after ?? null };
  });
};

/**
 * Marks an entry whose state DynamoDB refused for good (docs/exchange.md "Aborted changes"):
 * the feed steps over it, roll-forward never applies it, and the next writer of the entity
 * may put its own entry in its place.
 */
export const markAborted = async (store: Store, pk: string, version: number, reason: string): Promise<void> => {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.table('Audit'),
        Key: { pk, version },
        UpdateExpression: 'SET #status = :aborted, abortReason = :reason, abortedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':aborted': ABORTED, ':reason': reason.slice(0, 500), ':now': new Date().toISOString() },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
};
