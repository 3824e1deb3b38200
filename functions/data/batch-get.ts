import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const MAX_KEYS = 100;
const MAX_RETRIES = 8;

/**
 * Reads many items: chunks of ≤ 100 keys issued together, UnprocessedKeys retried
 * with backoff. Returns items in no particular order; the caller maps them by key.
 */
export const batchGetItems = async (
  client: DynamoDBDocumentClient,
  table: string,
  keys: readonly Record<string, string | number>[],
  consistent = false,
): Promise<Record<string, unknown>[]> => {
  const chunks: Record<string, string | number>[][] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) chunks.push(keys.slice(i, i + MAX_KEYS));
  const pages = await Promise.all(chunks.map((chunk) => getChunk(client, table, chunk, consistent)));
  return pages.flat();
};

const getChunk = async (
  client: DynamoDBDocumentClient,
  table: string,
  keys: Record<string, string | number>[],
  consistent: boolean,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] = keys;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > MAX_RETRIES) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
    if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt) * Math.random());
    const out = await client.send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: consistent } }, ReturnConsumedCapacity: 'TOTAL' }),
    );
    items.push(...((out.Responses?.[table] ?? []) as Record<string, unknown>[]));
    pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
  }
  return items;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
