import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import { tableName, tables, type TableSpec } from './tables';

/**
 * dynalite, the embedded pure-Node DynamoDB, for `npm start` and the tests. Tables
 * come from the same spec as the CDK stack. `path` persists it with LevelDB (one
 * process at a time); without it, it lives in memory.
 */
export interface LocalDynamo {
  readonly endpoint: string;
  close(): Promise<void>;
}

export const startLocalDynamo = async (options: { path?: string; port?: number } = {}): Promise<LocalDynamo> => {
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(options.path ? { path: options.path } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/**
 * The same dynalite in a worker thread of this process (`npm start`): its LevelDB reads and
 * the HTTP it answers no longer share the event loop with the GraphQL server, so while one
 * request reads thousands of items, `{ __typename }` from another client still answers
 * (issue 14.1, issue 19 allows it). It ends with the process, like the in-process one.
 */
const startLocalDynamoThread = async (options: { path?: string } = {}): Promise<LocalDynamo> => {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./dynalite-thread.mjs', import.meta.url), { workerData: options });
  const endpoint = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { endpoint: string }) => resolve(message.endpoint));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`dynalite's thread exited (${code}) before it listened`)));
  });
  worker.removeAllListeners('exit');
  return {
    endpoint,
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      }),
  };
};

/**
 * The database a local process uses: the external DynamoDB-compatible endpoint named by
 * DYNAMODB_ENDPOINT (DynamoDB Local, docs/backends.md) when set, else an embedded dynalite
 * (persisted at `path` when given). Closing an external endpoint only forgets it.
 */
export const connectLocalDynamo = async (
  env: NodeJS.ProcessEnv,
  options: { path?: string; thread?: boolean } = {},
): Promise<LocalDynamo & { readonly external: boolean }> => {
  const endpoint = env.DYNAMODB_ENDPOINT;
  if (endpoint) return { endpoint, external: true, close: async () => {} };
  const { thread, ...where } = options;
  return { ...(await (thread ? startLocalDynamoThread(where) : startLocalDynamo(where))), external: false };
};

const localClient = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: 'ap-southeast-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/**
 * Deletes this prefix's tables (the spec's names, `{prefix}-{TableId}`, nothing matched by a
 * pattern), so a reset or a test's cleanup on a shared endpoint never touches another prefix.
 */
export const deleteTables = async (endpoint: string, prefix: string): Promise<void> => {
  const client = localClient(endpoint);
  try {
    for (const spec of tables) {
      await client.send(new DeleteTableCommand({ TableName: tableName(prefix, spec.id) })).catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'ResourceNotFoundException') throw error;
      });
    }
  } finally {
    client.destroy();
  }
};

const tableDefinition = (prefix: string, spec: TableSpec): CreateTableCommandInput => {
  const attributes = new Map<string, 'S' | 'N'>();
  for (const key of [spec.partitionKey, spec.sortKey, ...spec.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
    attributes.set(key.name, key.type);
  }
  return {
    TableName: tableName(prefix, spec.id),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: spec.sortKey.name, KeyType: 'RANGE' },
    ],
    ...(spec.indexes.length
      ? {
          GlobalSecondaryIndexes: spec.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
              { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates every table of the spec that does not exist yet and waits until each table and
 * index is ACTIVE: dynalite and DynamoDB Local both answer ResourceNotFound to reads of a
 * table still CREATING, which made a server's first start race its own migration check.
 */
export const ensureTables = async (endpoint: string, prefix: string, timeoutMs = 60_000): Promise<void> => {
  const client = localClient(endpoint);
  const describe = async (name: string) => {
    try {
      return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    } catch (error) {
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  };
  try {
    const names: string[] = [];
    for (const spec of tables) {
      const definition = tableDefinition(prefix, spec);
      const name = definition.TableName as string;
      names.push(name);
      if (!(await describe(name))) {
        await client.send(new CreateTableCommand(definition)).catch((error: unknown) => {
          // Another process created it between our describe and create: fine.
          if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
        });
      }
    }
    const deadline = Date.now() + timeoutMs;
    for (const name of names) {
      for (;;) {
        const table = await describe(name);
        const ready = table?.TableStatus === 'ACTIVE' && (table.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`Table ${name} is not ACTIVE after ${timeoutMs / 1000} s (${table?.TableStatus ?? 'missing'})`);
        await sleep(25);
      }
    }
  } finally {
    client.destroy();
  }
};
