/**
 * The inverted index search reads (issue 13.3), kept in the Control table by the write path:
 * one item per (record, phrase) of its searchable text (domain/text/search-terms.ts),
 *   pk `{jur}#sx#{visibility}{space}#{type}#{first character}`, sk `{phrase}|{name}|{id}`,
 * where visibility is P (everyone may see it) or D (a draft plan's: its jurisdiction's
 * admins only), and space is N (name) or T (the rest of the text). A query is one Query per
 * (jurisdiction, visibility, type) with `begins_with(sk, query)` and `Limit first + 1`, so
 * a page costs its page whatever the registry holds; a caller never reads a partition it
 * may not see. Keys are far within DynamoDB's limits: a phrase is at most 160 UTF-8 bytes.
 */
import { BatchWriteCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAllPages } from './query-pages';
import { PLAN_BOUND, isSearchable, searchDocument, type SearchableType } from '../domain/search/documents';
import { cutToBytes, indexPhrases } from '../domain/text/search-terms';
import { searchWords } from '../domain/text/vietnamese';
import { childPk, RECORD_SK } from './keys';
import type { StoredRecord } from './record';

export type Visibility = 'P' | 'D';
export type Space = 'N' | 'T';

export interface IndexKey {
  readonly pk: string;
  readonly sk: string;
}

/** Bytes of the name that orders records within a phrase: with the phrase and the id, the sort key stays under 300 of DynamoDB's 1,024. */
const NAME_BYTES = 100;

const streamPk = (jur: string, vis: Visibility, space: Space, type: string, shard: string): string => `${jur}#sx#${vis}${space}#${type}#${shard}`;

/** The first character of a phrase: the partition it is filed in, so one letter's phrases share a partition. */
const shardOf = (phrase: string): string => [...phrase][0] ?? '';

/** Where a record is filed: every phrase of its name and its text, under its visibility. */
export const indexKeysOf = (record: StoredRecord, vis: Visibility | null): IndexKey[] => {
  if (vis === null || record.deleted || !isSearchable(record.type)) return [];
  const doc = searchDocument(record.type, record.data);
  // Within one phrase, records sort by name: the first page of "khoi nghiep" is in name order.
  const name = cutToBytes(searchWords(doc.name.join(' ')).join(' '), NAME_BYTES);
  const keys: IndexKey[] = [];
  for (const [space, texts] of [['N', doc.name], ['T', doc.text]] as const) {
    for (const phrase of indexPhrases(texts)) keys.push({ pk: streamPk(record.jur, vis, space, record.type, shardOf(phrase)), sk: `${phrase}|${name}|${record.id}` });
  }
  return keys;
};

/** A plan's visibility: drafts are their jurisdiction's; a deleted plan's content is filed nowhere. */
export const planVisibility = (plan: StoredRecord | null | undefined): Visibility | null => {
  if (!plan || plan.deleted) return null;
  return (plan.data as { status?: string }).status === 'DRAFT' ? 'D' : 'P';
};

const planOf = async (client: DynamoDBDocumentClient, records: string, record: StoredRecord): Promise<StoredRecord | null> => {
  const planId = (record.data as { planId?: string }).planId;
  if (!planId) return null;
  const out = await client.send(new GetCommand({ TableName: records, Key: { pk: `${record.jur}#Plan#${planId}`, sk: RECORD_SK }, ConsistentRead: true }));
  return (out.Item as StoredRecord | undefined) ?? null;
};

/** The visibility a record is filed under now (a task's and an indicator's follow their plan's). */
const visibilityOf = async (client: DynamoDBDocumentClient, records: string, record: StoredRecord): Promise<Visibility | null> => {
  if (record.type === 'Plan') return planVisibility(record);
  if ((PLAN_BOUND as readonly string[]).includes(record.type)) return planVisibility(await planOf(client, records, record));
  return 'P';
};

const MAX_BATCH = 25;

/** Puts and deletes index items, 25 to a BatchWriteItem, unprocessed ones retried. */
const writeIndexItems = async (client: DynamoDBDocumentClient, table: string, puts: readonly IndexKey[], deletes: readonly IndexKey[]): Promise<void> => {
  const requests = [
    ...deletes.map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } })),
    ...puts.map((k) => ({ PutRequest: { Item: { pk: k.pk, sk: k.sk } } })),
  ];
  const chunks: (typeof requests)[] = [];
  for (let i = 0; i < requests.length; i += MAX_BATCH) chunks.push(requests.slice(i, i + MAX_BATCH));
  await Promise.all(
    chunks.map(async (chunk) => {
      let pending: Record<string, unknown>[] = chunk;
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt > 8) throw new Error(`BatchWriteItem left ${pending.length} index items unprocessed`);
        if (attempt) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt) * Math.random()));
        const out = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
        pending = (out.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
      }
    }),
  );
};

const keyString = (k: IndexKey) => `${k.pk}\n${k.sk}`;

/** The index changes that take a record's items from `before` to `after`. */
const indexDiff = (before: readonly IndexKey[], after: readonly IndexKey[]): { puts: IndexKey[]; deletes: IndexKey[] } => {
  const was = new Set(before.map(keyString));
  const is = new Set(after.map(keyString));
  return { puts: after.filter((k) => !was.has(keyString(k))), deletes: before.filter((k) => !is.has(keyString(k))) };
};

/** Every live record of one byParent partition (a plan's tasks, its indicators). */
const children = async (client: DynamoDBDocumentClient, records: string, partition: string): Promise<StoredRecord[]> => {
  const all = await queryAllPages<StoredRecord>(client, {
    TableName: records,
    IndexName: 'byParent',
    KeyConditionExpression: 'ppk = :p',
    ExpressionAttributeValues: { ':p': partition },
  });
  return all.filter((r) => !r.deleted);
};

/**
 * Keeps the index in step with one record's change. A plan whose visibility changes
 * (published, deleted) refiles its tasks and indicators too.
 */
export const maintainSearchIndex = async (
  client: DynamoDBDocumentClient,
  tables: { records: string; control: string },
  before: StoredRecord | null,
  after: StoredRecord,
): Promise<void> => {
  if (!isSearchable(after.type)) return;
  const visAfter = await visibilityOf(client, tables.records, after);
  // A record's own visibility does not change between versions, except a plan's.
  const visBefore = before ? (after.type === 'Plan' ? planVisibility(before) : visAfter) : null;
  const { puts, deletes } = indexDiff(before ? indexKeysOf(before, visBefore) : [], indexKeysOf(after, visAfter));
  await writeIndexItems(client, tables.control, puts, deletes);
  if (after.type === 'Plan' && visBefore !== visAfter && before) {
    const ref = { type: 'Plan', jur: after.jur, id: after.id };
    const kids = (await Promise.all([children(client, tables.records, childPk(ref, 'Task')), children(client, tables.records, childPk(ref, 'Indicator'))])).flat();
    const moved = kids.map((kid) => indexDiff(indexKeysOf(kid, visBefore), indexKeysOf(kid, visAfter)));
    await writeIndexItems(client, tables.control, moved.flatMap((m) => m.puts), moved.flatMap((m) => m.deletes));
  }
};

export interface IndexHit {
  readonly jur: string;
  readonly type: SearchableType;
  readonly id: string;
  readonly phrase: string;
  readonly sk: string;
}

export interface StreamPage {
  readonly hits: IndexHit[];
  /** The sort key of the last item read, when the stream may hold more. */
  readonly more: string | null;
}

/** One stream's items whose phrase starts with `prefix`, after `afterSk`: one Query with `Limit`. */
const readStream = async (
  client: DynamoDBDocumentClient,
  table: string,
  stream: { jur: string; vis: Visibility; space: Space; type: SearchableType },
  prefix: string,
  afterSk: string | null,
  limit: number,
): Promise<StreamPage> => {
  const pk = streamPk(stream.jur, stream.vis, stream.space, stream.type, shardOf(prefix));
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      Limit: limit,
      ReturnConsumedCapacity: 'TOTAL',
      ...(afterSk ? { ExclusiveStartKey: { pk, sk: afterSk } } : {}),
    }),
  );
  const hits = ((out.Items ?? []) as { sk: string }[]).map((item) => {
    return { jur: stream.jur, type: stream.type, id: item.sk.slice(item.sk.lastIndexOf('|') + 1), phrase: item.sk.slice(0, item.sk.indexOf('|')), sk: item.sk };
  });
  return { hits, more: out.LastEvaluatedKey ? ((out.LastEvaluatedKey.sk as string | undefined) ?? null) : null };
};

/** The same, through a store. */
export const searchStream = (
  store: { client: DynamoDBDocumentClient; table(id: 'Control'): string },
  stream: { jur: string; vis: Visibility; space: Space; type: SearchableType },
  prefix: string,
  afterSk: string | null,
  limit: number,
): Promise<StreamPage> => readStream(store.client, store.table('Control'), stream, prefix, afterSk, limit);
