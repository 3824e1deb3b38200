import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from './errors';
import { assertWritable, type DataScope } from './scope';
import type { Store } from './store';

/**
 * Partner API keys, stored hashed in the Control table under their jurisdiction
 * (`{jur}#apikey`, key id). The plaintext `eg_{jur}_{id}_{secret}` is shown once.
 */
export interface ApiKeyItem {
  readonly jur: string;
  readonly id: string;
  readonly name: string;
  readonly quotaPerMinute: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt: string | null;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest();

export const createApiKey = async (
  store: Store,
  scope: DataScope,
  jur: string,
  fields: { name: string; quotaPerMinute: number },
): Promise<{ key: ApiKeyItem; plaintext: string }> => {
  assertWritable(scope, jur);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const key: ApiKeyItem = { jur, id, ...fields, createdAt: new Date().toISOString(), createdBy: scope.actor, revokedAt: null };
  await store.client.send(
    new PutCommand({
      TableName: store.table('Control'),
      // No revokedAt attribute until revoked: `attribute_not_exists` marks a working key.
      Item: { pk: `${jur}#apikey`, sk: id, ...key, revokedAt: undefined, secretHash: hash(secret).toString('hex') },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { key, plaintext: `eg_${jur}_${id}_${secret}` };
};

/** The key a caller presents, if it is known, matches and is not revoked. */
export const findApiKey = async (store: Store, presented: string): Promise<ApiKeyItem | null> => {
  const m = /^eg_([0-9A-Z]{2})_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(presented.trim());
  if (!m) return null;
  const out = await store.client.send(
    new GetCommand({ TableName: store.table('Control'), Key: { pk: `${m[1]}#apikey`, sk: m[2] }, ConsistentRead: true }),
  );
  const item = out.Item as (ApiKeyItem & { secretHash: string }) | undefined;
  if (!item || item.revokedAt) return null;
  const expected = Buffer.from(item.secretHash, 'hex');
  const given = hash(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const { secretHash: _secret, ...key } = item;
  return { ...key, revokedAt: null };
};

export const listApiKeys = async (store: Store, jur: string): Promise<ApiKeyItem[]> => {
  const out = await store.client.send(
    new QueryCommand({
      TableName: store.table('Control'),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `${jur}#apikey` },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map(({ secretHash: _s, pk: _p, sk: _k, ...key }) => ({ revokedAt: null, ...key }) as ApiKeyItem);
};

export const revokeApiKey = async (store: Store, scope: DataScope, jur: string, id: string): Promise<ApiKeyItem | null> => {
  assertWritable(scope, jur);
  try {
    const out = await store.client.send(
      new UpdateCommand({
        TableName: store.table('Control'),
        Key: { pk: `${jur}#apikey`, sk: id },
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': new Date().toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const { secretHash: _s, pk: _p, sk: _k, ...key } = out.Attributes ?? {};
    return key as ApiKeyItem;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
};

/**
 * Adds a container's batch of admitted requests to a per-minute quota counter (one item per
 * bucket and minute) and returns the count of every container so far. Unconditional: the
 * requests were admitted already; the total tells each container where the bucket stands.
 * Counter items carry `expiresAt` for DynamoDB TTL on AWS.
 */
export const addQuotaUse = async (store: Store, bucket: string, minute: number, used: number): Promise<number> => {
  const out = await store.client.send(
    new UpdateCommand({
      TableName: store.table('Control'),
      Key: { pk: `quota#${bucket}`, sk: String(minute) },
      UpdateExpression: 'ADD n :used SET expiresAt = :exp',
      ExpressionAttributeValues: { ':used': used, ':exp': Math.floor((minute * 60_000) / 1000) + 240 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.n ?? used);
};
