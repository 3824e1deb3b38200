/**
 * What the write path keeps beside each record: its search index items (search-index.ts)
 * and its counts (counters.ts). Called once per applied version, after the record's put,
 * by the store's commit and by the replica (pulled records); both are single-item writes
 * after the record's, so a crash between them is repaired by rebuild.ts.
 */
import { maintainCounters } from './counters';
import type { StoredRecord } from './record';
import { maintainSearchIndex } from './search-index';
import type { Store } from './store';

export const maintainDerived = async (store: Store, before: StoredRecord | null, after: StoredRecord): Promise<void> => {
  await Promise.all([
    maintainSearchIndex(store.client, { records: store.table('Records'), control: store.table('Control') }, before, after),
    maintainCounters(store.client, store.table('Control'), before, after),
  ]);
};
