import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { Store, type MeterReading, runMetered } from '../../functions/data';
import { connectLocalDynamo, deleteTables, ensureTables } from '../../functions/data/local-emulator';
import { ensureLocalKeys, LOCAL_ISSUER, signLocalToken, type TokenClaims } from '../../scripts/lib/local-keys';
import { loadSeedPlan } from '../../scripts/seed/load';
import { seedPlansByJurisdiction } from '../../scripts/seed/plans';
import { graphqlEvent, lambdaContext } from './events';
import { uniqueTablePrefix } from './table-prefix';
import { createHandler } from '../../functions/graphql/handler';

/**
 * Integration harness: dynalite on loopback (or the endpoint DYNAMODB_ENDPOINT names, e.g.
 * DynamoDB Local under `npm run test:ddb-local`, with a table prefix of its own per harness), the tables from the spec, a JWKS
 * served over http, and the real Lambda handler (middy + Apollo) invoked with API
 * Gateway events. Nothing of ours is mocked.
 */
export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export interface Harness {
  readonly endpoint: string;
  readonly store: Store;
  readonly tablePrefix: string;
  readonly dataDir: string;
  /** The environment the handler runs with, for a second process on the same dynalite. */
  readonly env: Record<string, string>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** The same, with the DynamoDB requests it made. */
  metered<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ response: GraphQLResponse<T>; reading: MeterReading }>;
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}


export const startHarness = async (options: { seed?: readonly string[]; env?: Record<string, string> } = {}): Promise<Harness> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eg-test-'));
  const dynamo = await connectLocalDynamo(process.env);
  const tablePrefix = uniqueTablePrefix();
  await ensureTables(dynamo.endpoint, tablePrefix);
  const keys = await ensureLocalKeys(dataDir);
  const jwksServer: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(keys.jwks)));
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;

  const env = {
    TABLE_PREFIX: tablePrefix,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    JWKS_URL: jwksUrl,
    JWT_ISSUER: LOCAL_ISSUER,
    JURISDICTIONS: '04,24',
    STAGE: 'test',
    // The accounts admins create (userAccountCreate) go to a local file, as under npm start.
    LOCAL_USERS_FILE: path.join(dataDir, 'keys', 'users.json'),
    // Tests send many anonymous requests from one address; the quota has its own test.
    QUOTA_ANONYMOUS_PER_MINUTE: '100000',
    // The handler's request log and EMF metrics have their own test; keep test output readable.
    LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    ...options.env,
  };
  const handler = createHandler({ ...process.env, ...env });
  const store = new Store({ tablePrefix, endpoint: dynamo.endpoint });
  for (const code of options.seed ?? []) {
    const seed = seedPlansByJurisdiction[code];
    if (!seed) throw new Error(`No seed plan for ${code}`);
    await loadSeedPlan(store, seed, ['04', '24']);
  }

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> => {
    const result = (await handler(
      graphqlEvent({ query, variables }, token ? { Authorization: `Bearer ${token}` } : {}),
      lambdaContext(),
    )) as APIGatewayProxyResult;
    const body = JSON.parse(result.body) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: result.statusCode, ...body };
  };

  return {
    endpoint: dynamo.endpoint,
    store,
    tablePrefix,
    dataDir,
    env,
    gql,
    metered: async (query, variables, token) => {
      const { result, reading } = await runMetered(() => gql(query, variables, token));
      return { response: result as never, reading };
    },
    token: (claims) => signLocalToken(keys, claims),
    close: async () => {
      await new Promise<void>((resolve) => jwksServer.close(() => resolve()));
      // A shared endpoint outlives the test file: leave it as we found it.
      if (dynamo.external) await deleteTables(dynamo.endpoint, tablePrefix);
      await dynamo.close();
    },
  };
};
