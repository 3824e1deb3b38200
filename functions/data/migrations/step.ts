import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from '../errors';
import type { Store } from '../store';
import { tables, type TableId } from '../tables';

/**
 * One migration step: a stable name (never renamed or reordered once landed), what it does,
 * and `run`, which must be idempotent (a second run over migrated data changes nothing) and
 * resumable (it starts from `cursor` and calls `progress` after each durable batch).
 */
export interface MigrationStep {
  readonly name: string;
  readonly description: string;
  run(ctx: StepContext): Promise<void>;
}

interface StepContext {
  readonly store: Store;
  /** Where the previous, interrupted run of this step stopped; null on the first run. */
  readonly cursor: string | null;
  progress(cursor: string): Promise<void>;
}

type Item = Record<string, unknown>;

/**
 * The common step: scan one table page by page and rewrite the items `rewrite` changes.
 * `rewrite` returns the new item, or null for an item already in the new shape (that is
 * what makes the step idempotent). Each put is conditional on the item being unchanged in
 * the attributes named by `unchangedIf` (default: the key), so a write racing the
 * migration on a deployed table is not overwritten; the item is then read again and retried.
 */
export const scanStep = (spec: {
  readonly name: string;
  readonly description: string;
  readonly table: TableId;
  readonly rewrite: (item: Item) => Item | null;
  readonly unchangedIf?: readonly string[];
  /** Items per page (and per saved cursor). */
  readonly pageSize?: number;
}): MigrationStep => ({
  name: spec.name,
  description: spec.description,
  run: async ({ store, cursor, progress }) => {
    let start = cursor ? (JSON.parse(cursor) as Item) : undefined;
    do {
      const out = await store.client.send(
        new ScanCommand({ TableName: store.table(spec.table), Limit: spec.pageSize ?? 100, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of out.Items ?? []) await rewriteOne(store, spec.table, item, spec.rewrite, spec.unchangedIf ?? ['pk']);
      start = out.LastEvaluatedKey;
      if (start) await progress(JSON.stringify(start));
    } while (start);
  },
});

const rewriteOne = async (store: Store, table: TableId, item: Item, rewrite: (item: Item) => Item | null, unchangedIf: readonly string[]): Promise<void> => {
  const next = rewrite(item);
  if (!next) return;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions = unchangedIf.map((attr, i) => {
    names[`#u${i}`] = attr;
    values[`:u${i}`] = item[attr];
    return `#u${i} = :u${i}`;
  });
  try {
    await store.client.send(
      new PutCommand({ TableName: store.table(table), Item: next, ConditionExpression: conditions.join(' AND '), ExpressionAttributeNames: names, ExpressionAttributeValues: values }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    // Changed (or deleted) since the scan read it: migrate what is there now.
    const spec = tables.find((t) => t.id === table)!;
    const key = { [spec.partitionKey.name]: item[spec.partitionKey.name], [spec.sortKey.name]: item[spec.sortKey.name] };
    const now = await store.client.send(new GetCommand({ TableName: store.table(table), Key: key, ConsistentRead: true }));
    if (now.Item) await rewriteOne(store, table, now.Item, rewrite, unchangedIf);
  }
};
