import DataLoader from 'dataloader';
import type { StoredRecord } from './record';
import type { IndexName, Page, Store } from './store';

/**
 * Per-request loaders: every record read and every child-list query of one GraphQL
 * request goes through them, so sibling fields share one round trip (BatchGetItem
 * of ≤ 100 keys; child Queries issued together) and nothing is read twice.
 */
interface PageKey {
  readonly index: IndexName;
  readonly partition: string;
  readonly limit: number;
  readonly after: string | null;
  readonly forward: boolean;
}

export interface Loaders {
  readonly records: DataLoader<string, StoredRecord | null>;
  readonly pages: DataLoader<PageKey, Page<unknown>, string>;
  readonly lists: DataLoader<{ index: IndexName; partition: string }, StoredRecord[], string>;
}

export const createLoaders = (store: Store): Loaders => ({
  records: new DataLoader(
    async (pks) => {
      const found = await store.getRecords(pks);
      return pks.map((pk) => found.get(pk) ?? null);
    },
    { maxBatchSize: 100 * 16 },
  ),
  pages: new DataLoader(
    (keys) =>
      Promise.all(
        keys.map((k) => store.query(k.index, k.partition, { limit: k.limit, after: k.after, forward: k.forward }).catch((e: Error) => e)),
      ),
    { cacheKeyFn: (k) => JSON.stringify(k) },
  ),
  lists: new DataLoader(
    (keys) => Promise.all(keys.map((k) => store.queryAll(k.index, k.partition).catch((e: Error) => e))),
    { cacheKeyFn: (k) => `${k.index}|${k.partition}` },
  ),
});
