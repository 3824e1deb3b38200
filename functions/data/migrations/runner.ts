import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store';
import type { MigrationStep } from './step';

/**
 * Runs the ordered migration steps against one set of tables (ISSUE 19.1). Progress lives
 * in the Control table, so a crash anywhere resumes where it stopped:
 *   { pk: 'schema', sk: 'version' }      → version = how many steps of the list are done
 *   { pk: 'schema', sk: 'step#<name>' }  → the step's cursor while it runs, `done` after
 * Steps are idempotent, so running again (or two runners at once) changes nothing more.
 * A database whose version is above the steps this code knows is refused: an older code
 * must not write into a newer shape.
 */
export interface MigrationReport {
  readonly from: number;
  readonly to: number;
  /** Names of the steps that ran now (not those already done). */
  readonly ran: readonly string[];
}

export class SchemaTooNew extends Error {
  constructor(readonly stored: number, readonly known: number) {
    super(`The database is at schema version ${stored}, newer than this code knows (${known}); update the code before starting it`);
    this.name = 'SchemaTooNew';
  }
}

const VERSION_KEY = { pk: 'schema', sk: 'version' } as const;
const stepKey = (name: string) => ({ pk: 'schema', sk: `step#${name}` });

export const readSchemaVersion = async (store: Store): Promise<number> => {
  const out = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: VERSION_KEY, ConsistentRead: true }));
  return (out.Item?.version as number | undefined) ?? 0;
};

export const runMigrations = async (
  store: Store,
  steps: readonly MigrationStep[],
  log: (line: string) => void = () => {},
): Promise<MigrationReport> => {
  const names = new Set(steps.map((s) => s.name));
  if (names.size !== steps.length) throw new Error('Two migration steps share a name');
  const from = await readSchemaVersion(store);
  if (from > steps.length) throw new SchemaTooNew(from, steps.length);
  const ran: string[] = [];
  for (const [i, step] of steps.entries()) {
    if (i < from) continue;
    const progress = await store.client.send(new GetCommand({ TableName: store.table('Control'), Key: stepKey(step.name), ConsistentRead: true }));
    if (!progress.Item?.done) {
      const cursor = (progress.Item?.cursor as string | undefined) ?? null;
      log(`migration ${i + 1}/${steps.length} ${step.name}${cursor ? ' (resuming)' : ''}: ${step.description}`);
      await step.run({
        store,
        cursor,
        progress: async (next) => {
          await store.client.send(new PutCommand({ TableName: store.table('Control'), Item: { ...stepKey(step.name), cursor: next, at: new Date().toISOString() } }));
        },
      });
      await store.client.send(new PutCommand({ TableName: store.table('Control'), Item: { ...stepKey(step.name), done: true, at: new Date().toISOString() } }));
      ran.push(step.name);
    }
    // The version only moves up: a second runner that finished first is not rolled back.
    await store.client.send(
      new PutCommand({
        TableName: store.table('Control'),
        Item: { ...VERSION_KEY, version: i + 1, step: step.name, at: new Date().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
        ExpressionAttributeValues: { ':v': i + 1 },
      }),
    ).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
    });
  }
  return { from, to: steps.length, ran };
};
