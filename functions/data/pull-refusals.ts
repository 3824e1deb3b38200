import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from './errors';
import { InvalidWrite } from './limits';
import { assertWritable, type DataScope } from './scope';
import type { Store } from './store';

/**
 * Pulled records this deployment refused (docs/exchange.md "What a puller sees"): one
 * Control item per record, partition `pull#<source>#refused`, sort key
 * `<jurisdiction>#<type>#<id>`, holding the version refused and why. The cursor moves past
 * them; a newer version that is stored clears the item.
 */
export interface PullRefusal {
  readonly type: string;
  readonly id: string;
  readonly version: number;
  readonly reason: string;
  readonly at: string;
}

const pkOf = (source: string) => `pull#${source}#refused`;
const skOf = (jur: string, type: string, id: string) => `${jur}#${type}#${id}`;

export const saveRefusals = async (store: Store, scope: DataScope, source: string, jur: string, refusals: readonly PullRefusal[]): Promise<void> => {
  assertWritable(scope, jur);
  await Promise.all(
    refusals.map((r) =>
      store.client.send(new PutCommand({ TableName: store.table('Control'), Item: { pk: pkOf(source), sk: skOf(jur, r.type, r.id), ...r, jur } })),
    ),
  );
};

/** The refusals of one source and jurisdiction, oldest key first, at most `limit`. */
export const listRefusals = async (store: Store, source: string, jur: string, limit = 100): Promise<PullRefusal[]> => {
  const out = await store.client.send(
    new QueryCommand({
      TableName: store.table('Control'),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pkOf(source), ':prefix': `${jur}#` },
      ConsistentRead: true,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => ({ type: i.type as string, id: i.id as string, version: i.version as number, reason: i.reason as string, at: i.at as string }));
};

/** Clears the refusal of a record once a version at least as new is stored. */
export const clearRefusal = async (store: Store, scope: DataScope, source: string, jur: string, rec: { type: string; id: string; version: number }): Promise<void> => {
  assertWritable(scope, jur);
  try {
    await store.client.send(
      new DeleteCommand({
        TableName: store.table('Control'),
        Key: { pk: pkOf(source), sk: skOf(jur, rec.type, rec.id) },
        ConditionExpression: 'version <= :v',
        ExpressionAttributeValues: { ':v': rec.version },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
};

/**
 * A record that cannot be stored, the table being fine: refused by the write-path validation
 * before anything was written (InvalidWrite, data/limits.ts), or by DynamoDB itself (too large,
 * an empty or oversized key).
 */
export const isStorageRefusal = (error: unknown): boolean => error instanceof InvalidWrite || (error as { name?: string } | null)?.name === 'ValidationException';
