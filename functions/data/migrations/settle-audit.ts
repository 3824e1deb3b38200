import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ABORTED } from '../audit-entry';
import type { AuditEntry, StoredRecord } from '../record';
import { reindexed } from './reindex';
import type { MigrationStep } from './step';

type Item = Record<string, unknown>;

const isEntry = (item: Item): item is Item & AuditEntry =>
  typeof item.pk === 'string' && typeof item.version === 'number' && !!item.after && typeof item.after === 'object';

/**
 * Databases written before the write path validated keys and marked refused writes (issue
 * 15.3) can hold an audit entry whose record was never stored — a Hangul name whose index key
 * DynamoDB refused — which the feed still publishes as a change nobody can read. This step
 * settles every such entry once: it is rolled forward when its state can be stored (with
 * today's index attributes), marked ABORTED when DynamoDB refuses it for good, so the feed
 * steps over it. Entries already applied or aborted are left alone, so a second run writes
 * nothing; it resumes from the last page it finished.
 */
export const settleUnappliedAudit: MigrationStep = {
  name: 'audit-settle-unapplied',
  description: 'Rolls forward, or marks ABORTED when DynamoDB refuses the state, every audit entry whose record put never happened (feeds poisoned by older versions)',
  run: async ({ store, cursor, progress }) => {
    let start = cursor ? (JSON.parse(cursor) as Item) : undefined;
    do {
      const out = await store.client.send(new ScanCommand({ TableName: store.table('Audit'), Limit: 100, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }));
      const entries = (out.Items ?? []).filter(isEntry).filter((e) => e.status !== ABORTED);
      const records = await store.getRecords([...new Set(entries.map((e) => e.pk))], true);
      // A partition's entries come in version order, so settling v makes v + 1 settleable next.
      const versions = new Map([...records].map(([pk, r]) => [pk, r.version]));
      for (const entry of entries) {
        const held = versions.get(entry.pk) ?? 0;
        if (held !== entry.version - 1) continue;
        const outcome = await store.settle(entry.pk, held, (after) => (reindexed(after as unknown as Item) ?? after) as unknown as StoredRecord);
        if (outcome === 'applied') versions.set(entry.pk, entry.version);
      }
      start = out.LastEvaluatedKey;
      if (start) await progress(JSON.stringify(start));
    } while (start);
  },
};
