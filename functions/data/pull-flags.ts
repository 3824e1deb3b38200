import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from './errors';
import { pulledFlagKey } from './replica';
import { assertWritable, type DataScope } from './scope';
import type { Store } from './store';

export interface PulledFlag {
  readonly source: string;
  readonly at: string | null;
  readonly detachedAt: string | null;
  readonly detachedBy: string | null;
}

/** The `{jur}#pulled` Control flag as stored, detached or not (consistent read). */
export const readPulledFlag = async (store: Store, jur: string): Promise<PulledFlag | null> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: pulledFlagKey(jur), ConsistentRead: true }));
  if (!out.Item) return null;
  return {
    source: out.Item.source as string,
    at: (out.Item.at as string | undefined) ?? null,
    detachedAt: (out.Item.detachedAt as string | undefined) ?? null,
    detachedBy: (out.Item.detachedBy as string | undefined) ?? null,
  };
};

/**
 * Makes a pulled jurisdiction local again: the flag stays, marked detached, so the
 * jurisdiction is never pulled into again (data/replica.ts markPulled) and users may write
 * it. False when it was not pulled or already detached.
 */
export const detachPulled = async (store: Store, scope: DataScope, jur: string): Promise<boolean> => {
  assertWritable(scope, jur);
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.table('Control'),
        Key: pulledFlagKey(jur),
        UpdateExpression: 'SET detachedAt = :at, detachedBy = :by',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(detachedAt)',
        ExpressionAttributeValues: { ':at': new Date().toISOString(), ':by': scope.actor },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
};
