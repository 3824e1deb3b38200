import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { auditEntryOf } from './audit-entry';
import { maintainDerived } from './derived';
import { isConditionalCheckFailed } from './errors';
import { InvalidWrite, writeProblems } from './limits';
import { RECORD_SK, recordPk } from './keys';
import { indexKeysOf } from './entities';
import type { AuditEntry, StoredRecord } from './record';
import { assertWritable, type DataScope } from './scope';
import type { Store } from './store';

/**
 * Copies of records pulled from another deployment (a national network pulling provinces).
 * A pulled record keeps its jurisdiction, id and the source's version; it is written with
 * the same write-ahead pattern as store.commit — audit entry (entity, version) first, put
 * if absent (the lock), then the record on condition that it is older — and takes a change
 * number here, so this deployment's own feed and audit trail show it too.
 * Applying a version the deployment already holds (or an older one) changes nothing:
 * replays are idempotent by version.
 */
export interface ReplicaRecord {
  readonly type: string;
  readonly jur: string;
  readonly id: string;
  readonly version: number;
  readonly deleted: boolean;
  readonly data: Record<string, unknown> | null;
  /** The source's change number of this version, kept on the copy (`sourceSeq`) to judge the next version's increment. */
  readonly sourceSeq?: number;
}

export type ReplicaOutcome = 'APPLIED' | 'SKIPPED';

export const applyReplica = async (store: Store, scope: DataScope, rec: ReplicaRecord, op = 'PULL'): Promise<ReplicaOutcome> => {
  assertWritable(scope, rec.jur);
  const ref = { type: rec.type, jur: rec.jur, id: rec.id };
  const pk = recordPk(ref);
  const current = await store.getRecord<unknown>(ref, true);
  if (current && current.version >= rec.version) return 'SKIPPED';

  const now = new Date().toISOString();
  const createdAt = current?.createdAt ?? now;
  // Keys are recomputed here from the data with this deployment's entity definitions; a
  // source's own keys (older sources still send `index`) are never trusted or stored.
  const index = indexKeysOf(rec.type, { jur: rec.jur, id: rec.id, createdAt, data: rec.data ?? {} }, rec.deleted);
  const build = (seq: number): StoredRecord => ({
    ...index,
    pk,
    sk: RECORD_SK,
    type: rec.type,
    jur: rec.jur,
    id: rec.id,
    version: rec.version,
    seq,
    createdAt,
    createdBy: current?.createdBy ?? scope.actor,
    updatedAt: now,
    updatedBy: scope.actor,
    ...(rec.deleted ? { deleted: true } : {}),
    ...(rec.sourceSeq !== undefined ? { sourceSeq: rec.sourceSeq } : {}),
    data: rec.deleted ? (current?.data ?? {}) : (rec.data ?? {}),
  });
  const meta = { at: now, actor: scope.actor, op: rec.deleted ? `${op}_DELETE` : op };
  // What DynamoDB would refuse is refused before a change number or an audit entry is taken.
  const largest = build(Number.MAX_SAFE_INTEGER);
  const problems = writeProblems(largest, auditEntryOf(largest, current ?? null, meta));
  if (problems.length) throw new InvalidWrite(problems);
  const next = build(await store.nextSeq(rec.jur));
  const entry = auditEntryOf(next, current ?? null, { at: now, actor: scope.actor, op: rec.deleted ? `${op}_DELETE` : op });
  try {
    await store.client.send(new PutCommand({ TableName: store.table('Audit'), Item: entry, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    // Another puller wrote this version's entry first: make sure its state is applied, then skip.
    const out = await store.client.send(new GetCommand({ TableName: store.table('Audit'), Key: { pk, version: rec.version }, ConsistentRead: true }));
    const theirs = out.Item as AuditEntry | undefined;
    if (theirs && (await putIfOlder(store, theirs.after))) await maintainDerived(store, current ?? null, theirs.after);
    return 'SKIPPED';
  }
  if (await putIfOlder(store, next)) await maintainDerived(store, current ?? null, next);
  return 'APPLIED';
};

/** True when this call wrote the record (and so keeps its derived items). */
const putIfOlder = async (store: Store, record: StoredRecord): Promise<boolean> => {
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.table('Records'),
        Item: record,
        ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
        ExpressionAttributeValues: { ':v': record.version },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return false;
  }
};

/** Control items of pulls: the jurisdiction's pulled flag and each source's cursor per jurisdiction. */
export interface PullState {
  readonly cursor: string | null;
  readonly pulledAt: string | null;
  readonly taken: number;
}

export const pulledFlagKey = (jur: string) => ({ pk: `${jur}#pulled`, sk: 'flag' });
const cursorKey = (source: string, jur: string) => ({ pk: `pull#${source}`, sk: jur });

/** The source a jurisdiction is pulled from, when it is pulled here (consistent read); null once an admin detached it (data/pull-flags.ts). */
export const pulledFrom = async (store: Store, jur: string): Promise<string | null> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: pulledFlagKey(jur), ConsistentRead: true }));
  return out.Item?.detachedAt ? null : ((out.Item?.source as string | undefined) ?? null);
};

const isDetached = async (store: Store, jur: string): Promise<boolean> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: pulledFlagKey(jur), ConsistentRead: true }));
  return Boolean(out.Item?.detachedAt);
};

export class PulledElsewhere extends Error {
  constructor(readonly jurisdiction: string, readonly reason: string) {
    super(reason);
    this.name = 'PulledElsewhere';
  }
}

/**
 * Marks `jur` as pulled from `source`. Refused when another source holds it, or when the
 * jurisdiction has data of its own here (its change counter exists and no flag does):
 * a deployment never overwrites a jurisdiction it runs itself.
 */
export const markPulled = async (store: Store, scope: DataScope, jur: string, source: string): Promise<void> => {
  assertWritable(scope, jur);
  const holder = await pulledFrom(store, jur);
  if (holder === source) return;
  if (await isDetached(store, jur)) throw new PulledElsewhere(jur, `Jurisdiction ${jur} was detached by an admin and is local here now; it is not pulled again`);
  if (holder) throw new PulledElsewhere(jur, `Jurisdiction ${jur} is already pulled from ${holder}`);
  const counter = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: { pk: `${jur}#feed`, sk: 'counter' }, ConsistentRead: true }));
  if (counter.Item) throw new PulledElsewhere(jur, `Jurisdiction ${jur} has data of its own in this deployment; only an empty jurisdiction can be pulled into`);
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.table('Control'),
        Item: { ...pulledFlagKey(jur), source, at: new Date().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk) OR #source = :source',
        ExpressionAttributeNames: { '#source': 'source' },
        ExpressionAttributeValues: { ':source': source },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw new PulledElsewhere(jur, `Jurisdiction ${jur} is already pulled from another source`);
  }
};

export const readPullState = async (store: Store, source: string, jur: string): Promise<PullState> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: cursorKey(source, jur), ConsistentRead: true }));
  return {
    cursor: (out.Item?.cursor as string | undefined) ?? null,
    pulledAt: (out.Item?.at as string | undefined) ?? null,
    taken: (out.Item?.taken as number | undefined) ?? 0,
  };
};

/** Stores the source's feed cursor after the records up to it were applied (and adds to the count taken). */
export const savePullCursor = async (store: Store, scope: DataScope, source: string, jur: string, cursor: string, taken: number): Promise<void> => {
  assertWritable(scope, jur);
  const before = await readPullState(store, source, jur);
  await store.client.send(
    new PutCommand({
      TableName: store.table('Control'),
      Item: { ...cursorKey(source, jur), cursor, at: new Date().toISOString(), taken: before.taken + taken },
    }),
  );
};
