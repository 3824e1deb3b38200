import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store';

/**
 * Facts about a database as a whole, kept in its Control table beside the schema version,
 * so they travel with the tables (a data folder or an external endpoint alike).
 *   { pk: 'settings', sk: 'seeding' } → present while the database was reset empty on purpose:
 *   a plain start must not fill it with the seed plans again (issue 19, `--reset`).
 */
const SEEDING_OFF_KEY = { pk: 'settings', sk: 'seeding' } as const;

export const seedingTurnedOff = async (store: Store): Promise<string | null> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: SEEDING_OFF_KEY, ConsistentRead: true }));
  return (out.Item?.since as string | undefined) ?? null;
};

export const turnSeedingOff = async (store: Store, since: string): Promise<void> => {
  await store.client.send(new PutCommand({ TableName: store.table('Control'), Item: { ...SEEDING_OFF_KEY, since } }));
};

export const turnSeedingOn = async (store: Store): Promise<void> => {
  await store.client.send(new DeleteCommand({ TableName: store.table('Control'), Key: SEEDING_OFF_KEY }));
};
