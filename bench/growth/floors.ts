/**
 * The floors of the growth bench: the least a hand-written implementation reads for each
 * query's access pattern — a GetItem, or a Query with Limit = the page — not our design.
 * Where today's tables hold the floor's access path (a name-ordered list, a startup's
 * mentorships) it is executed through the counting proxy, so ours and the floor are counted
 * alike. Where the floor's index does not exist here (a search postings list, a counters
 * item, one index over a jurisdiction's published records) it is computed from DynamoDB's
 * rule (a Query reads the sum of its items' sizes, rounded up to 4 KB, × 0.5 eventually
 * consistent; a GetItem or each BatchGetItem item: its size rounded up to 4 KB × 0.5), with
 * the item sizes dynalite itself charges for the records the answer returned.
 */
import { createRequire } from 'node:module';
import { BatchGetItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { childPk, recordPk, RECORD_SK, typePk } from '../../functions/data/keys';
import type { CountingProxy, ProxyReading } from './proxy';

const { itemSize } = createRequire(import.meta.url)('dynalite/db') as { itemSize(item: Record<string, AttributeValue>): number };

export interface FloorReading extends ProxyReading {
  /** Executed through the proxy, computed from item sizes, or both. */
  readonly how: 'executed' | 'computed' | 'executed + computed';
}

export interface FloorWorld {
  readonly proxy: CountingProxy;
  /** Through the proxy. */
  readonly doc: DynamoDBDocumentClient;
  /** Straight to dynalite, outside any measurement: for sizing items. */
  readonly raw: DynamoDBClient;
  readonly prefix: string;
  readonly jur: string;
}

type Item = Record<string, unknown> & { pk: string; id: string; data: Record<string, unknown> };
const records = (w: FloorWorld) => `${w.prefix}-Records`;

const queryUnits = (bytes: number) => Math.ceil(bytes / 4096) * 0.5;
const getUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096)) * 0.5;

const add = (a: ProxyReading, b: ProxyReading): ProxyReading => {
  const requests: Record<string, number> = { ...a.requests };
  for (const [k, n] of Object.entries(b.requests)) requests[k] = (requests[k] ?? 0) + n;
  return { requests, total: a.total + b.total, roundTrips: a.roundTrips + b.roundTrips, rcu: Math.round((a.rcu + b.rcu) * 10) / 10, itemsRead: a.itemsRead + b.itemsRead };
};

const computed = (operation: string, count: number, rcu: number, itemsRead: number, roundTrips = 1): ProxyReading => ({
  requests: { [operation]: count },
  total: count,
  roundTrips,
  rcu: Math.round(rcu * 10) / 10,
  itemsRead,
});

/** The stored size (dynalite's count) of records by key, read outside any measurement. */
const sizesOf = async (w: FloorWorld, pks: readonly string[]): Promise<number[]> => {
  const sizes = new Map<string, number>();
  for (let i = 0; i < pks.length; i += 100) {
    let keys: Record<string, AttributeValue>[] = [...new Set(pks.slice(i, i + 100))].map((pk) => ({ pk: { S: pk }, sk: { S: RECORD_SK } }));
    while (keys.length) {
      const out = await w.raw.send(new BatchGetItemCommand({ RequestItems: { [records(w)]: { Keys: keys } } }));
      for (const item of out.Responses?.[records(w)] ?? []) sizes.set(item.pk!.S!, itemSize(item));
      keys = out.UnprocessedKeys?.[records(w)]?.Keys ?? [];
    }
  }
  return pks.map((pk) => sizes.get(pk) ?? 0);
};

const batchGet = async (w: FloorWorld, pks: readonly string[]): Promise<Map<string, Item>> => {
  const unique = [...new Set(pks)];
  const found = new Map<string, Item>();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  await Promise.all(
    chunks.map(async (chunk) => {
      let keys: Record<string, unknown>[] = chunk.map((pk) => ({ pk, sk: RECORD_SK }));
      while (keys.length) {
        const out = await w.doc.send(new BatchGetCommand({ RequestItems: { [records(w)]: { Keys: keys } } }));
        for (const item of (out.Responses?.[records(w)] ?? []) as Item[]) found.set(item.pk, item);
        keys = out.UnprocessedKeys?.[records(w)]?.Keys ?? [];
      }
    }),
  );
  return found;
};

const query = async (w: FloorWorld, index: 'byType' | 'byParent', partition: string, limit: number): Promise<Item[]> => {
  const out = await w.doc.send(
    new QueryCommand({
      TableName: records(w),
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index === 'byType' ? 'tpk' : 'ppk' },
      ExpressionAttributeValues: { ':pk': partition },
      Limit: limit,
    }),
  );
  return (out.Items ?? []) as Item[];
};

/** A global ID is base64url of `Type:jurisdiction:id` (functions/graphql/global-id.ts). */
const pkOfGlobalId = (globalId: string): string => {
  const [type, jur, ...id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return recordPk({ type: type!, jur: jur!, id: id.join(':') });
};

type Answer = Record<string, unknown>;
const nodesOf = (v: unknown) => ((v as { nodes?: Answer[] } | null)?.nodes ?? []);

/** A snapshot page's floor: one Query with Limit 101 over exactly its records (and the 101st, sized as the last). */
export const snapshotPageFloor = async (w: FloorWorld, page: { records: { type: string; jurisdiction: string; id: string }[]; hasNextPage: boolean }): Promise<ProxyReading> => {
  const sizes = await sizesOf(w, page.records.map((r) => recordPk({ type: r.type, jur: r.jurisdiction, id: r.id })));
  const bytes = sizes.reduce((a, b) => a + b, 0) + (page.hasNextPage ? (sizes[sizes.length - 1] ?? 0) : 0);
  return computed('Query', 1, queryUnits(bytes), page.records.length + (page.hasNextPage ? 1 : 0));
};

export const floorOf = async (w: FloorWorld, name: string, data: Answer): Promise<FloorReading> => {
  switch (name) {
    case 'startups(first: 5)': {
      const { reading } = await w.proxy.measure(() => query(w, 'byType', typePk(w.jur, 'Startup'), 6));
      return { ...reading, how: 'executed' };
    }
    case 'startups(first: 100) { mentors(first: 5) }': {
      const { reading } = await w.proxy.measure(async () => {
        const startups = (await query(w, 'byType', typePk(w.jur, 'Startup'), 101)).slice(0, 100);
        const links = await Promise.all(startups.map((s) => query(w, 'byParent', childPk({ type: 'Startup', jur: s.jur as string, id: s.id }, 'Mentorship'), 6)));
        const mentors = links.flatMap((l) => l.slice(0, 5).map((m) => recordPk({ type: 'Mentor', jur: m.jur as string, id: String(m.data.mentorId) })));
        if (mentors.length) await batchGet(w, mentors);
      });
      return { ...reading, how: 'executed' };
    }
    case 'search("khoi nghiep", first: 20)': {
      const pks = nodesOf((data as { search?: unknown }).search).map((n) => pkOfGlobalId(String(n.id)));
      const { reading } = await w.proxy.measure(() => batchGet(w, pks));
      const postings = computed('Query', 1, queryUnits(21 * 200), 21);
      return { ...add(postings, reading), roundTrips: 2, how: 'executed + computed' };
    }
    case 'nationalSummary (anonymous)': {
      const n = ((data.nationalSummary as { jurisdictions?: unknown[] } | undefined)?.jurisdictions ?? []).length;
      return { ...computed('GetItem', n, n * getUnits(1024), n), how: 'computed' };
    }
    case 'snapshot(first: 100), one page': {
      const page = data.snapshot as Parameters<typeof snapshotPageFloor>[1];
      return { ...(await snapshotPageFloor(w, page)), how: 'computed' };
    }
    default:
      throw new Error(`no floor for ${name}`);
  }
};

export { add as addReadings };
