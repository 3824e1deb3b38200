/**
 * A write-behind document client for seeding a fresh database fast through the API's own
 * write path. The services and the store run unchanged and write exactly the items they
 * always write (records, audit entries, claims, counters, any index item the write path
 * maintains); this client keeps every item in memory, answers the reads and the simple
 * updates of a create-only seed from there, and sends the items to the database in
 * BatchWriteItem requests of 25. Conditions are not checked: the seed's data is unique by
 * construction and the database starts empty, so every create would pass them anyway.
 * Audit entries are written but not kept (a create never reads them back).
 * Anything it cannot answer from memory (an update expression it does not know, a key
 * condition it does not parse) is flushed and sent to the database as it is.
 */
import { BatchWriteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableName, tables, type TableSpec } from '../../functions/data/tables';

type Item = Record<string, unknown>;
type Input = Record<string, unknown> & { TableName: string };
type Send = (command: { input: unknown; constructor: { name: string } }) => Promise<unknown>;

const BATCH = 25;
const IN_FLIGHT = 4;

/** A starved dynalite answers 408 or 5xx now and then on a shared machine: wait and send again. */
const retrying = async <T>(send: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0;
      if (attempt >= 8 || (status !== 408 && status < 500)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
};

const pool = async <T>(list: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, list.length) }, async () => {
    while (next < list.length) await work(list[next++]!);
  }));
};

const compare = (a: unknown, b: unknown): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;

interface Entry {
  readonly sk: unknown;
  readonly key: string;
}

const order = (a: Entry, b: { sk: unknown; key: string }) => compare(a.sk, b.sk) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The first index whose entry is not before `probe` (binary search). */
const lowerBound = (list: readonly Entry[], before: (e: Entry) => boolean): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

interface Table {
  readonly spec: TableSpec;
  readonly items: Map<string, Item>;
  /** index name (or '' for the table) → partition value → its entries in sort-key order */
  readonly partitions: Map<string, Map<unknown, Entry[]>>;
}

export interface BulkClient {
  /** Waits until every buffered item is in the database. */
  flush(): Promise<void>;
  readonly written: () => number;
}

export const makeBulk = (doc: DynamoDBDocumentClient, prefix: string): BulkClient => {
  const real: Send = doc.send.bind(doc) as unknown as Send;
  const byName = new Map<string, Table>(
    tables.map((spec) => [tableName(prefix, spec.id), { spec, items: new Map(), partitions: new Map([['', new Map()], ...spec.indexes.map((i) => [i.name, new Map()] as const)]) }]),
  );
  // The latest write per key: a batch may not hold one key twice, and only the last state matters.
  const pending = new Map<string, { table: string; request: Item }>();
  let written = 0;
  let flushing: Promise<void> = Promise.resolve();

  const table = (name: string): Table => {
    const t = byName.get(name);
    if (!t) throw new Error(`bulk seed: unknown table ${name}`);
    return t;
  };
  const keyOf = (t: Table, item: Item) => `${String(item[t.spec.partitionKey.name])}\u0000${String(item[t.spec.sortKey.name])}`;
  const keysOf = (t: Table): { name: string; pk: string; sk: string }[] => [
    { name: '', pk: t.spec.partitionKey.name, sk: t.spec.sortKey.name },
    ...t.spec.indexes.map((i) => ({ name: i.name, pk: i.partitionKey.name, sk: i.sortKey.name })),
  ];

  const forget = (t: Table, key: string) => {
    const old = t.items.get(key);
    if (!old) return;
    for (const k of keysOf(t)) {
      const list = t.partitions.get(k.name)!.get(old[k.pk]);
      if (!list || old[k.sk] === undefined) continue;
      const entry = { sk: old[k.sk], key };
      const at = lowerBound(list, (e) => order(e, entry) < 0);
      if (list[at]?.key === key) list.splice(at, 1);
    }
    t.items.delete(key);
  };
  const remember = (t: Table, item: Item) => {
    const key = keyOf(t, item);
    forget(t, key);
    t.items.set(key, item);
    for (const k of keysOf(t)) {
      if (item[k.pk] === undefined || item[k.sk] === undefined) continue;
      const parts = t.partitions.get(k.name)!;
      if (!parts.has(item[k.pk])) parts.set(item[k.pk], []);
      const list = parts.get(item[k.pk])!;
      const entry = { sk: item[k.sk], key };
      list.splice(lowerBound(list, (e) => order(e, entry) < 0), 0, entry);
    }
  };

  const drain = async () => {
    while (pending.size) {
      const all = [...pending.values()];
      pending.clear();
      const chunks: { table: string; request: Item }[][] = [];
      for (let i = 0; i < all.length; i += BATCH) chunks.push(all.slice(i, i + BATCH));
      await pool(chunks, IN_FLIGHT, async (chunk) => {
          let requests: Record<string, Item[]> = {};
          for (const { table: name, request } of chunk) (requests[name] ??= []).push(request);
          while (Object.keys(requests).length) {
            const out = (await retrying(() => real(new BatchWriteCommand({ RequestItems: requests as never })))) as { UnprocessedItems?: Record<string, Item[]> };
            requests = out.UnprocessedItems ?? {};
          }
          written += chunk.length;
      });
    }
  };
  let draining = false;
  const flush = (): Promise<void> => (flushing = flushing.then(drain));
  const enqueue = (name: string, key: string, request: Item) => {
    pending.set(`${name}\u0000${key}`, { table: name, request });
    if (pending.size < BATCH * IN_FLIGHT * 4 || draining) return;
    draining = true;
    flushing = flushing.then(drain).finally(() => {
      draining = false;
    });
  };

  const put = (input: Input) => {
    const t = table(input.TableName);
    const item = structuredClone(input.Item as Item);
    // The audit trail is written, never read back by a create: kept out of memory (it is the biggest).
    if (t.spec.id !== 'Audit') remember(t, item);
    enqueue(input.TableName, keyOf(t, item), { PutRequest: { Item: item } });
    return {};
  };

  const get = (input: Input) => {
    const t = table(input.TableName);
    const item = t.items.get(keyOf(t, input.Key as Item));
    return item ? { Item: structuredClone(item) } : {};
  };

  const batchGet = (input: { RequestItems: Record<string, { Keys: Item[] }> }) => {
    const Responses: Record<string, Item[]> = {};
    for (const [name, { Keys }] of Object.entries(input.RequestItems)) {
      const t = table(name);
      Responses[name] = Keys.map((k) => t.items.get(keyOf(t, k))).filter((i): i is Item => Boolean(i)).map((i) => structuredClone(i));
    }
    return { Responses, UnprocessedKeys: {} };
  };

  const name = (input: Input, token: string) => (token.startsWith('#') ? String((input.ExpressionAttributeNames as Record<string, string>)[token]) : token);
  const value = (input: Input, token: string) => (input.ExpressionAttributeValues as Record<string, unknown>)[token];

  /** `ADD a :x, b :y` and `SET a = :v, b = :w`, together or alone, on top-level attributes. */
  const update = (input: Input): { Attributes?: Item } | null => {
    const expression = String(input.UpdateExpression ?? '');
    const clauses = [...expression.matchAll(/(ADD|SET)\s+((?:(?!\s(?:ADD|SET)\s).)+)/g)];
    if (!clauses.length || clauses.map((c) => c[0]).join(' ').replace(/\s+/g, ' ') !== expression.trim().replace(/\s+/g, ' ')) return null;
    const t = table(input.TableName);
    const key = keyOf(t, input.Key as Item);
    const item: Item = structuredClone(t.items.get(key) ?? (input.Key as Item));
    const changed: Item = {};
    for (const [, verb, body] of clauses) {
      for (const part of body!.split(',').map((p) => p.trim())) {
        const m = verb === 'ADD' ? /^([#\w]+)\s+(:\w+)$/.exec(part) : /^([#\w]+)\s*=\s*(:\w+)$/.exec(part);
        if (!m) return null;
        const attr = name(input, m[1]!);
        const v = value(input, m[2]!);
        if (verb === 'ADD') {
          if (typeof v !== 'number') return null;
          item[attr] = Number(item[attr] ?? 0) + v;
        } else item[attr] = v;
        changed[attr] = item[attr];
      }
    }
    remember(t, item);
    enqueue(input.TableName, key, { PutRequest: { Item: item } });
    return input.ReturnValues === 'ALL_NEW' ? { Attributes: structuredClone(item) } : input.ReturnValues === 'UPDATED_NEW' ? { Attributes: changed } : {};
  };

  /** `#pk = :pk`, optionally `AND begins_with(#sk, :p)` or `AND #sk <op> :v`, on the table or an index. */
  const query = (input: Input): { Items: Item[]; Count: number; ScannedCount: number; LastEvaluatedKey?: Item } | null => {
    if (input.FilterExpression || input.Select === 'COUNT') return null;
    const t = table(input.TableName);
    const k = keysOf(t).find((x) => x.name === (input.IndexName ?? ''));
    if (!k) return null;
    const m = /^\s*([#\w]+)\s*=\s*(:\w+)\s*(?:AND\s+(?:begins_with\(\s*([#\w]+)\s*,\s*(:\w+)\s*\)|([#\w]+)\s*(=|<|<=|>|>=)\s*(:\w+)))?\s*$/.exec(String(input.KeyConditionExpression ?? ''));
    if (!m || name(input, m[1]!) !== k.pk) return null;
    const list = t.partitions.get(k.name)!.get(value(input, m[2]!)) ?? [];
    // The key condition on the sort key is a range of the partition's sorted entries.
    let from = 0;
    let to = list.length;
    if (m[3]) {
      if (name(input, m[3]) !== k.sk) return null;
      const prefix = String(value(input, m[4]!));
      from = lowerBound(list, (e) => String(e.sk) < prefix);
      to = from;
      while (to < list.length && String(list[to]!.sk).startsWith(prefix)) to++;
    } else if (m[5]) {
      if (name(input, m[5]) !== k.sk) return null;
      const v = value(input, m[7]!);
      const op = m[6]!;
      if (op === '=' || op === '>=' || op === '>') from = lowerBound(list, (e) => (op === '>' ? compare(e.sk, v) <= 0 : compare(e.sk, v) < 0));
      if (op === '=' || op === '<=' || op === '<') to = lowerBound(list, (e) => (op === '<' ? compare(e.sk, v) < 0 : compare(e.sk, v) <= 0));
    }
    let items = list.slice(from, Math.max(from, to)).map((e) => t.items.get(e.key)!);
    if (input.ScanIndexForward === false) items.reverse();
    const start = input.ExclusiveStartKey as Item | undefined;
    if (start) {
      const at = items.findIndex((i) => keyOf(t, i) === keyOf(t, start));
      items = at >= 0 ? items.slice(at + 1) : items;
    }
    const limit = typeof input.Limit === 'number' ? input.Limit : Infinity;
    const page = items.slice(0, limit).map((i) => structuredClone(i));
    const last = page.length === limit && items.length > limit ? page[page.length - 1] : undefined;
    const lastKey = last && Object.fromEntries([t.spec.partitionKey.name, t.spec.sortKey.name, k.pk, k.sk].map((a) => [a, last[a]]));
    return { Items: page, Count: page.length, ScannedCount: page.length, ...(lastKey ? { LastEvaluatedKey: lastKey } : {}) };
  };

  const passThrough = async (command: Parameters<Send>[0]) => {
    await flush();
    return real(command);
  };

  /** An update this client cannot do itself: the database does it, and memory learns the result. */
  const realUpdate = async (command: Parameters<Send>[0], input: Input) => {
    const out = await passThrough(command);
    const t = table(input.TableName);
    const now = (await real(new GetCommand({ TableName: input.TableName, Key: input.Key as Item, ConsistentRead: true }))) as { Item?: Item };
    if (now.Item) remember(t, now.Item);
    else forget(t, keyOf(t, input.Key as Item));
    return out;
  };

  (doc as unknown as { send: Send }).send = async (command) => {
    const input = command.input as Input;
    switch (command.constructor.name) {
      case 'PutCommand':
        return put(input);
      case 'GetCommand':
        return get(input);
      case 'BatchGetCommand':
        return batchGet(input as unknown as { RequestItems: Record<string, { Keys: Item[] }> });
      case 'UpdateCommand':
        return update(input) ?? realUpdate(command, input);
      case 'QueryCommand':
        return query(input) ?? passThrough(command);
      case 'DeleteCommand': {
        const t = table(input.TableName);
        const key = keyOf(t, input.Key as Item);
        forget(t, key);
        enqueue(input.TableName, key, { DeleteRequest: { Key: input.Key } });
        return {};
      }
      default:
        return passThrough(command);
    }
  };

  return { flush, written: () => written };
};
