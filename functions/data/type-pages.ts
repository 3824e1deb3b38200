import { InvalidCursor } from './errors';
import { listedByDate } from './entities';
import { datePk, typePk } from './keys';
import type { StoredRecord } from './record';
import type { Store } from './store';

/**
 * A page of a jurisdiction's records of one type in the order of its `byType` index (folded
 * name for named records, date for links: data/entities/ecosystem.ts), merged over the
 * jurisdictions asked for. Each partition is read from where the cursor points with
 * `Limit first + 1`, so an unfiltered page costs its page whatever the registry holds:
 * `startups(first: 5)` in one province is one Query of 6 items.
 *
 * A filter the index cannot answer (a stage, a sector, words) is applied to what is read,
 * in chunks, until the page is full or `FILTERED_READ_BOUND` items have been read; then the
 * page stops short and its end cursor points where the reading stopped (the Relay
 * connection says `hasNextPage`), so a rare filter costs a bounded read per request rather
 * than a read of the whole partition.
 */
const FILTERED_READ_BOUND = 1_000;
const FILTERED_CHUNK = 250;

interface Position {
  /** The byType sort key of the last record handed out. */
  readonly k: string;
  /** Its jurisdiction: equal sort keys in two provinces (a pulled copy's id) stay ordered. */
  readonly j: string;
}

export interface TypePageRequest<D> {
  readonly type: string;
  /**
   * 'natural': the byType order (folded name, or date for links); 'date': the record's main
   * date (byDate), which types without a main date (mentors, investors) read as 'natural'.
   */
  readonly order?: 'natural' | 'date';
  readonly jurisdictions: readonly string[];
  readonly descending: boolean;
  readonly first: number;
  readonly after: string | null;
  /** The filter the index cannot answer, applied to each record read. */
  readonly keep?: (record: StoredRecord<D>) => boolean;
  /** Called with every record read, so a later read by key in the request costs nothing. */
  readonly seen?: (record: StoredRecord<D>) => void;
  /** Items a filtered page may read (FILTERED_READ_BOUND) and per Query (250): smaller in tests. */
  readonly bound?: { readonly items: number; readonly chunk: number };
}

export interface TypePage<D> {
  readonly items: StoredRecord<D>[];
  readonly hasNextPage: boolean;
  cursorOf(item: StoredRecord<D>): string;
  /** Where the next page starts when the filtered read stopped short of a full page. */
  readonly endCursor?: string;
}

const bytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const ascending = (a: Position, b: Position): number => bytes(a.k, b.k) || (a.j < b.j ? -1 : a.j > b.j ? 1 : 0);

interface Partition {
  readonly j: string;
  readonly pk: string;
  /** Where the next read of this partition starts. */
  from: { key: string; inclusive: boolean } | null;
  /** The position of the last record read here; null before the first read. */
  last: Position | null;
  more: boolean;
}

export const readTypePage = async <D>(store: Store, request: TypePageRequest<D>): Promise<TypePage<D>> => {
  const { type, descending, first, keep } = request;
  const dated = request.order === 'date' && listedByDate(type);
  const index = dated ? 'byParent' : 'byType';
  const list = `${dated ? 'byDate' : 'byType'}|${type}|${descending ? 'DESC' : 'ASC'}`;
  const order = (a: Position, b: Position) => (descending ? -ascending(a, b) : ascending(a, b));
  const start = request.after === null ? null : openPosition(store, list, request.after);
  const seal = (p: Position) => store.cursors.seal(list, p);
  const positionOf = (r: StoredRecord<D>): Position => ({ k: store.sortKeyOf(index, r), j: r.jur });

  const partitions: Partition[] = [...new Set(request.jurisdictions)].sort().map((j) => ({
    j,
    pk: dated ? datePk(j, type) : typePk(j, type),
    // After (k0, j0): an equal key still follows in the provinces ordered after j0.
    from: start ? { key: start.k, inclusive: descending ? j < start.j : j > start.j } : null,
    last: null,
    more: true,
  }));
  const readBound = request.bound?.items ?? FILTERED_READ_BOUND;
  const limit = keep ? (request.bound?.chunk ?? FILTERED_CHUNK) : first + 1;
  const kept: StoredRecord<D>[] = [];
  let read = 0;

  const readPartition = async (p: Partition) => {
    const page = await store.queryRange<D>(index, p.pk, { limit, from: p.from, forward: !descending });
    read += page.items.length;
    for (const r of page.items) {
      request.seen?.(r);
      if (!r.deleted && (keep?.(r) ?? true)) kept.push(r);
    }
    const last = page.items[page.items.length - 1];
    if (last) {
      p.last = positionOf(last);
      p.from = { key: p.last.k, inclusive: false };
    }
    p.more = page.more && page.items.length > 0;
  };

  await Promise.all(partitions.map(readPartition));
  for (;;) {
    const open = partitions.filter((p) => p.more);
    // Records up to the least advanced open partition are in their final order.
    const bound = open.reduce<Position | null>((min, p) => (p.last && (!min || order(p.last, min) < 0) ? p.last : min), null);
    const settled = kept.filter((r) => !bound || order(positionOf(r), bound) <= 0).sort((a, b) => order(positionOf(a), positionOf(b)));
    const lagging = open.find((p) => p.last && bound && order(p.last, bound) === 0);
    if (settled.length > first || !lagging) {
      return { items: settled.slice(0, first), hasNextPage: settled.length > first, cursorOf: (r) => seal(positionOf(r)) };
    }
    if (read >= readBound) {
      // Stops short: everything up to `bound` was read, so the next page starts after it.
      return { items: settled, hasNextPage: true, cursorOf: (r) => seal(positionOf(r)), endCursor: seal(bound as Position) };
    }
    await readPartition(lagging);
  }
};

const openPosition = (store: Store, list: string, cursor: string): Position => {
  const p = store.cursors.open(list, cursor) as Partial<Position> | null;
  if (!p || typeof p.k !== 'string' || typeof p.j !== 'string') throw new InvalidCursor();
  return { k: p.k, j: p.j };
};
