import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batch-get';
import { createDocumentClient, type DataConfig } from './client';
import { maintainDerived } from './derived';
import { CursorCodec, cursorSecretFromEnv } from './cursor';
import { auditEntryOf, ABORTED, markAborted, withBefore } from './audit-entry';
import { ClaimTaken, InvalidCursor, isConditionalCheckFailed, isPermanentRefusal, VersionConflict } from './errors';
import { InvalidWrite, writeProblems } from './limits';
import { RECORD_SK, recordPk, type EntityRef } from './keys';
import { indexKeysOf } from './entities';
import type { AuditEntry, StoredRecord } from './record';
import { assertWritable, type DataScope } from './scope';
import { tableName, type TableId } from './tables';

export type IndexName = 'byType' | 'byParent' | 'byLink';

const INDEX_KEYS: Record<IndexName, readonly [string, string]> = {
  byType: ['tpk', 'tsk'],
  byParent: ['ppk', 'psk'],
  byLink: ['lpk', 'lsk'],
};

export interface ChangeRequest<T> {
  readonly ref: EntityRef;
  /** The version the caller read; 0 means "must not exist yet". */
  readonly expectedVersion: number;
  /** The new state; null writes a tombstone. */
  readonly data: T | null;
  /** The verb, for the audit trail: CREATE, UPDATE, DELETE, PUBLISH, APPROVE … */
  readonly op: string;
  readonly note?: string;
}

export interface Page<T> {
  readonly items: StoredRecord<T>[];
  /** Opaque cursor after the last item, when more may follow. */
  readonly endCursor: string | null;
}

/** A claim older than this whose holder never appeared may be taken over (a crashed create). */
const CLAIM_SETTLE_MS = 60_000;

/**
 * The repositories' one door to DynamoDB. Writes follow DESIGN.md §5 with single-item
 * conditional writes only (dynalite has no transactions):
 *  1. read the current item (consistent) and check `expectedVersion`;
 *  2. take the next change number of the jurisdiction (ADD on a counter);
 *  3. put the audit entry (entity, v+1) if absent — this put is the lock;
 *  4. put the item on condition it is still at v.
 * A crash between 3 and 4 leaves an audit entry ahead of the item; the next writer
 * that loses step 3 rolls the item forward from that entry before reporting CONFLICT.
 */
export class Store {
  readonly client: DynamoDBDocumentClient;
  /** Seals every list cursor this deployment gives out (data/cursor.ts). */
  readonly cursors: CursorCodec;
  private readonly names: Record<TableId, string>;

  constructor(readonly config: DataConfig, client?: DynamoDBDocumentClient) {
    this.client = client ?? createDocumentClient(config);
    this.cursors = new CursorCodec(config.cursorSecret ?? cursorSecretFromEnv());
    this.names = {
      Records: tableName(config.tablePrefix, 'Records'),
      Audit: tableName(config.tablePrefix, 'Audit'),
      Control: tableName(config.tablePrefix, 'Control'),
    };
  }

  table(id: TableId): string {
    return this.names[id];
  }

  async getRecord<T>(ref: EntityRef, consistent = false): Promise<StoredRecord<T> | null> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.names.Records,
        Key: { pk: recordPk(ref), sk: RECORD_SK },
        ConsistentRead: consistent,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    return (out.Item as StoredRecord<T> | undefined) ?? null;
  }

  /** Many records by partition key, in one round trip of ≤ 100-key batches; `consistent` reads the latest writes. */
  async getRecords(pks: readonly string[], consistent = false): Promise<Map<string, StoredRecord>> {
    const items = await batchGetItems(
      this.client,
      this.names.Records,
      pks.map((pk) => ({ pk, sk: RECORD_SK })),
      consistent,
    );
    return new Map(items.map((item) => [item.pk as string, item as unknown as StoredRecord]));
  }

  /** The cursor that points just after `item` in `index` (the shape Query returns as LastEvaluatedKey), sealed. */
  cursorOf(index: IndexName, item: StoredRecord<unknown>): string {
    const [pkName, skName] = INDEX_KEYS[index];
    const record = item as unknown as Record<string, unknown>;
    return this.sealKey(index, String(record[pkName]), { pk: item.pk, sk: item.sk, [pkName]: record[pkName], [skName]: record[skName] });
  }

  async query<T>(
    index: IndexName,
    partition: string,
    options: { limit: number; after?: string | null; forward?: boolean },
  ): Promise<Page<T>> {
    const [pkName] = INDEX_KEYS[index];
    const start = options.after ? this.openKey(index, partition, options.after) : undefined;
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.names.Records,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': pkName },
        ExpressionAttributeValues: { ':pk': partition },
        Limit: options.limit,
        ScanIndexForward: options.forward ?? true,
        ...(start ? { ExclusiveStartKey: start } : {}),
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    const items = (out.Items ?? []) as StoredRecord<T>[];
    return { items, endCursor: out.LastEvaluatedKey ? this.sealKey(index, partition, out.LastEvaluatedKey) : null };
  }

  /**
   * Up to `limit` items of one index partition in sort-key order, starting after (or, with
   * `inclusive`, at) the sort key `from`: a registry page read where its cursor points,
   * so it costs its page whatever the partition holds. `more` says DynamoDB stopped at the limit.
   */
  async queryRange<T>(
    index: IndexName,
    partition: string,
    options: { limit: number; from?: { key: string; inclusive: boolean } | null; forward: boolean },
  ): Promise<{ items: StoredRecord<T>[]; more: boolean }> {
    const [pkName, skName] = INDEX_KEYS[index];
    const from = options.from;
    const op = !from ? '' : options.forward ? (from.inclusive ? '>=' : '>') : from.inclusive ? '<=' : '<';
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.names.Records,
        IndexName: index,
        KeyConditionExpression: from ? `#pk = :pk AND #sk ${op} :from` : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': pkName, ...(from ? { '#sk': skName } : {}) },
        ExpressionAttributeValues: { ':pk': partition, ...(from ? { ':from': from.key } : {}) },
        Limit: options.limit,
        ScanIndexForward: options.forward,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    return { items: (out.Items ?? []) as StoredRecord<T>[], more: Boolean(out.LastEvaluatedKey) };
  }

  /** The sort key an item holds in `index` (what `queryRange` starts from). */
  sortKeyOf(index: IndexName, item: StoredRecord<unknown>): string {
    return String((item as unknown as Record<string, unknown>)[INDEX_KEYS[index][1]] ?? '');
  }

  /** Every item of one partition of an index (bounded lists: a plan's tasks, a province's agencies). */
  async queryAll<T>(index: IndexName, partition: string): Promise<StoredRecord<T>[]> {
    const all: StoredRecord<T>[] = [];
    let after: string | null = null;
    do {
      const page: Page<T> = await this.query<T>(index, partition, { limit: 500, after });
      all.push(...page.items);
      after = page.endCursor;
    } while (after);
    return all;
  }

  /** A cursor is only honoured inside the index partition it came from: the list name is the seal's additional data. */
  private sealKey(index: IndexName, partition: string, key: Record<string, unknown>): string {
    return this.cursors.seal(`${index}|${partition}`, key);
  }

  private openKey(index: IndexName, partition: string, cursor: string): Record<string, unknown> {
    const key = this.cursors.open(`${index}|${partition}`, cursor);
    if (!key || typeof key !== 'object' || (key as Record<string, unknown>)[INDEX_KEYS[index][0]] !== partition) throw new InvalidCursor();
    return key as Record<string, unknown>;
  }

  async commit<T>(scope: DataScope, change: ChangeRequest<T>): Promise<StoredRecord<T>> {
    assertWritable(scope, change.ref.jur);
    const pk = recordPk(change.ref);
    const current = await this.getRecord<T>(change.ref, true);
    const from = current?.version ?? 0;
    if (from !== change.expectedVersion) throw new VersionConflict(change.expectedVersion, current?.version ?? null);

    const now = new Date().toISOString();
    const createdAt = current?.createdAt ?? now;
    // Where the record is listed comes from its entity's key design, never from the caller.
    const index = indexKeysOf(change.ref.type, { jur: change.ref.jur, id: change.ref.id, createdAt, data: change.data }, change.data === null);
    const build = (seq: number) => {
      const next: StoredRecord<T> = {
        ...index,
        pk,
        sk: RECORD_SK,
        type: change.ref.type,
        jur: change.ref.jur,
        id: change.ref.id,
        version: from + 1,
        seq,
        createdAt,
        createdBy: current?.createdBy ?? scope.actor,
        updatedAt: now,
        updatedBy: scope.actor,
        ...(change.data === null ? { deleted: true } : {}),
        data: change.data === null ? (current?.data as T) : change.data,
      };
      const entry = auditEntryOf(next as StoredRecord, (current as StoredRecord | null) ?? null, { at: now, actor: scope.actor, op: change.op, note: change.note });
      return { next, entry };
    };
    // Validate before the lock: the largest change number a write can take stands in for the real one.
    const problems = writeProblems(build(Number.MAX_SAFE_INTEGER).next as StoredRecord, build(Number.MAX_SAFE_INTEGER).entry);
    if (problems.length) throw new InvalidWrite(problems);

    const { next, entry } = build(await this.nextSeq(change.ref.jur));
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.names.Audit,
          Item: entry,
          // An aborted entry (its state could never be stored) gives its version back to the next writer.
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :aborted',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':aborted': ABORTED },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      await this.rollForward(pk, from);
      throw new VersionConflict(change.expectedVersion, from + 1);
    }
    if (await this.apply(next as StoredRecord, from)) await maintainDerived(this, (current as StoredRecord | null) ?? null, next as StoredRecord);
    this.newClaims.delete(scope);
    return next;
  }

  /**
   * Claims taken for the first time by the write a scope is making (not re-claims of a
   * name the holder already had), so a write refused by validation gives them back.
   */
  private readonly newClaims = new WeakMap<DataScope, { jur: string; name: string; holder: string }[]>();

  /** Releases the claims this scope newly took since its last successful commit (see InvalidWrite). */
  async releaseNewClaims(scope: DataScope): Promise<void> {
    const taken = this.newClaims.get(scope) ?? [];
    this.newClaims.delete(scope);
    for (const claim of taken.reverse()) await this.releaseClaim(scope, claim.jur, claim.name, claim.holder);
  }

  private noteNewClaim(scope: DataScope, claim: { jur: string; name: string; holder: string }): void {
    const list = this.newClaims.get(scope) ?? [];
    list.push(claim);
    this.newClaims.set(scope, list);
  }

  /** The audit trail of one entity, oldest first. */
  async auditOf(ref: EntityRef): Promise<AuditEntry[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.names.Audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': recordPk(ref) },
        ConsistentRead: true,
      }),
    );
    return withBefore(this, (out.Items ?? []) as AuditEntry[]);
  }

  /** Next change number of a jurisdiction; numbers lost to a failed write leave final gaps. */
  async nextSeq(jur: string): Promise<number> {
    const out = await this.client.send(
      new UpdateCommand({
        TableName: this.names.Control,
        Key: { pk: `${jur}#feed`, sk: 'counter' },
        UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(out.Attributes?.n);
  }

  /**
   * Claims a unique name (a plan number, a task code) for `holder`. Re-claiming by the
   * same holder succeeds. A claim whose holder never appeared is taken over after a
   * settle window, so a crash between claim and create does not block the name forever.
   */
  async claim(
    scope: DataScope,
    jur: string,
    name: string,
    holder: string,
    holderExists: (holder: string) => Promise<boolean>,
  ): Promise<void> {
    assertWritable(scope, jur);
    const key = { pk: `${jur}#claim`, sk: name };
    const now = Date.now();
    try {
      const out = await this.client.send(
        new PutCommand({
          TableName: this.names.Control,
          Item: { ...key, holder, at: now },
          ConditionExpression: 'attribute_not_exists(pk) OR holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
          ReturnValues: 'ALL_OLD',
        }),
      );
      if (!out.Attributes) this.noteNewClaim(scope, { jur, name, holder });
      return;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    const existing = await this.client.send(
      new GetCommand({ TableName: this.names.Control, Key: key, ConsistentRead: true }),
    );
    const other = existing.Item as { holder: string; at: number } | undefined;
    if (!other) return this.claim(scope, jur, name, holder, holderExists);
    if (now - other.at < CLAIM_SETTLE_MS || (await holderExists(other.holder))) {
      throw new ClaimTaken(name, other.holder);
    }
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.names.Control,
          Item: { ...key, holder, at: now },
          ConditionExpression: 'holder = :old AND #at = :at',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':old': other.holder, ':at': other.at },
        }),
      );
      this.noteNewClaim(scope, { jur, name, holder });
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      throw new ClaimTaken(name, 'another writer');
    }
  }

  /** Who holds a claim, read consistently (an index would not be). */
  async claimHolder(jur: string, name: string): Promise<string | null> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.names.Control, Key: { pk: `${jur}#claim`, sk: name }, ConsistentRead: true }),
    );
    return (out.Item?.holder as string | undefined) ?? null;
  }

  /** Claims whose names start with `prefix` (the codes under a task), read consistently. */
  async claimsWithPrefix(jur: string, prefix: string): Promise<{ name: string; holder: string }[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.names.Control,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `${jur}#claim`, ':prefix': prefix },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((item) => ({ name: item.sk as string, holder: item.holder as string }));
  }

  async releaseClaim(scope: DataScope, jur: string, name: string, holder: string): Promise<void> {
    assertWritable(scope, jur);
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.names.Control,
          Key: { pk: `${jur}#claim`, sk: name },
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** Puts the record at its next version; true when this call wrote it (and so keeps its derived items). */
  private async apply(next: StoredRecord, from: number): Promise<boolean> {
    try {
      return await this.putRecord(next, from);
    } catch (error) {
      // DynamoDB refused the state itself (size, key): no retry can store it, so its audit
      // entry is marked ABORTED and the feed steps over it (docs/exchange.md "Aborted changes").
      if (isPermanentRefusal(error)) await markAborted(this, next.pk, next.version, (error as Error).message);
      throw error;
    }
  }

  private async putRecord(next: StoredRecord, from: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.names.Records,
          Item: next,
          ...(from === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :from',
                ExpressionAttributeValues: { ':from': from },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // Someone rolled this very change forward already; anything else is a real anomaly.
      const now = await this.client.send(
        new GetCommand({ TableName: this.names.Records, Key: { pk: next.pk, sk: RECORD_SK }, ConsistentRead: true }),
      );
      if (((now.Item as StoredRecord | undefined)?.version ?? 0) < next.version) throw error;
      return false;
    }
  }

  /**
   * Settles the change after version `from` of a record, if its audit entry is there and its
   * record put never happened (a crash, or a refusal by an older version of this code that did
   * not yet mark entries): rolls it forward, or marks it ABORTED when DynamoDB refuses the state
   * for good, so the feed steps over it (docs/exchange.md "Aborted changes"). `prepare` gives
   * the stored state today's shape (index attributes) before it is put.
   */
  async settle(pk: string, from: number, prepare: (after: StoredRecord) => StoredRecord = (after) => after): Promise<'applied' | 'aborted' | 'none'> {
    const pending = await this.pendingChange(pk, from);
    if (!pending || (pending.before?.version ?? 0) !== from) return 'none';
    try {
      const after = prepare(pending.entry.after);
      if (await this.apply(after, from)) await maintainDerived(this, pending.before, after);
      return 'applied';
    } catch (error) {
      if (isPermanentRefusal(error)) return 'aborted';
      throw error;
    }
  }

  /** The audit entry of the change after `from` (none when absent or aborted), with the record as it stands. */
  private async pendingChange(pk: string, from: number): Promise<{ entry: AuditEntry; before: StoredRecord | null } | null> {
    const out = await this.client.send(new GetCommand({ TableName: this.names.Audit, Key: { pk, version: from + 1 }, ConsistentRead: true }));
    const entry = out.Item as AuditEntry | undefined;
    if (!entry || entry.status === ABORTED) return null;
    // The entry may not hold its `before` inline: the item still at `from` is it.
    const before = await this.client.send(new GetCommand({ TableName: this.names.Records, Key: { pk, sk: RECORD_SK }, ConsistentRead: true }));
    return { entry, before: (before.Item as StoredRecord | undefined) ?? null };
  }

  private async rollForward(pk: string, from: number): Promise<void> {
    const pending = await this.pendingChange(pk, from);
    if (pending && (await this.apply(pending.entry.after, from))) await maintainDerived(this, pending.before, pending.entry.after);
  }

}
