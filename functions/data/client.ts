import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { cursorSecretFromEnv } from './cursor';
import { currentMeters } from './meter';

/**
 * The one DynamoDB document client every repository uses. Locally it points at
 * dynalite through DYNAMODB_ENDPOINT; on Lambda it uses the role's credentials.
 */
export interface DataConfig {
  /** Physical table names are `{tablePrefix}-{TableId}`. */
  readonly tablePrefix: string;
  readonly endpoint?: string;
  readonly region?: string;
  /** Seals list cursors (data/cursor.ts); from CURSOR_SECRET or DATA_DIR/keys when omitted. */
  readonly cursorSecret?: string | Buffer;
}

export const dataConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): DataConfig => ({
  tablePrefix: env.TABLE_PREFIX ?? 'ecosystem-graph',
  ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  region: env.AWS_REGION ?? 'ap-southeast-1',
  cursorSecret: cursorSecretFromEnv(env),
});

export const createDocumentClient = (config: DataConfig): DynamoDBDocumentClient => {
  const local = config.endpoint !== undefined;
  const base = new DynamoDBClient({
    region: config.region ?? 'ap-southeast-1',
    ...(local
      ? { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 4,
  });
  base.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
      const meters = currentMeters();
      const depths = meters.map((m) => m.start(operation));
      let capacity = 0;
      try {
        const out = await next(args);
        capacity = readCapacity((out as { output?: unknown }).output);
        return out;
      } finally {
        meters.forEach((m, i) => m.end(depths[i] ?? 1, capacity));
      }
    },
    { step: 'initialize', name: 'ecosystemGraphMeter' },
  );
  return DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
};

type Capacity = { CapacityUnits?: number; ReadCapacityUnits?: number };
const readCapacity = (output: unknown): number => {
  const consumed = (output as { ConsumedCapacity?: Capacity | Capacity[] } | undefined)?.ConsumedCapacity;
  if (!consumed) return 0;
  const list = Array.isArray(consumed) ? consumed : [consumed];
  return list.reduce((sum, c) => sum + (c.ReadCapacityUnits ?? c.CapacityUnits ?? 0), 0);
};
