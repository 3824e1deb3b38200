import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from '../functions/data';
import { ensureTables } from '../functions/data/local-emulator';
import { ensureLocalKeys, LOCAL_ISSUER, signLocalToken, type LocalKeys, type TokenClaims } from '../scripts/lib/local-keys';
import { loadSeedPlan } from '../scripts/seed/load';
import { seedPlans } from '../scripts/seed/plans';
import { startChild } from './processes';

/**
 * The bench's world: dynalite in its own process, the tables of the spec, the two seed
 * plans (Cao Bằng 523, Bắc Ninh 151) and the demo ecosystem of `npm start`, a JWKS over
 * loopback and tokens signed by the local key. Everything listens on 127.0.0.1 only.
 */
export const JURISDICTIONS = ['04', '24'] as const;

export interface BenchWorld {
  readonly endpoint: string;
  readonly tablePrefix: string;
  readonly dir: string;
  readonly jwksUrl: string;
  /** The environment the GraphQL handler runs with (Lambda's, pointed at dynalite). */
  readonly env: Record<string, string>;
  readonly store: Store;
  readonly seeded: { plans: number; demo: boolean };
  token(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

export type BaseWorld = Omit<BenchWorld, 'seeded'>;

/**
 * dynalite in its own process with the spec's tables, the local signing key behind a JWKS
 * over loopback, and the Lambda environment for `jurisdictions`; nothing seeded.
 */
export const startBase = async (jurisdictions: readonly string[], tablePrefix = 'bench'): Promise<BaseWorld> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eg-bench-'));
  const dynamo = await startChild<{ endpoint: string }>(['--import', 'tsx', 'bench/dynamo-server.ts'], {});
  const endpoint = dynamo.info.endpoint;
  let closing = false;
  dynamo.process.on('exit', (code, signal) => {
    if (!closing) process.stderr.write(`bench: dynalite exited early (${code ?? signal})\n`);
  });
  await ensureTables(endpoint, tablePrefix);
  const store = new Store({ tablePrefix, endpoint });
  const keys: LocalKeys = await ensureLocalKeys(dir);
  const jwks: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(keys.jwks)));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
  return {
    endpoint,
    tablePrefix,
    dir,
    jwksUrl,
    env: lambdaEnv({ tablePrefix, endpoint, jwksUrl, jurisdictions }),
    store,
    token: (claims) => signLocalToken(keys, claims),
    close: async () => {
      closing = true;
      store.client.destroy();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
      await dynamo.stop();
    },
  };
};

/** The environment the GraphQL handler runs with: Lambda's, pointed at dynalite. */
export const lambdaEnv = (o: { tablePrefix: string; endpoint: string; jwksUrl: string; jurisdictions: readonly string[] }): Record<string, string> => ({
  TABLE_PREFIX: o.tablePrefix,
  DYNAMODB_ENDPOINT: o.endpoint,
  JWKS_URL: o.jwksUrl,
  JWT_ISSUER: LOCAL_ISSUER,
  JURISDICTIONS: o.jurisdictions.join(','),
  STAGE: 'prod',
  EXPLORER: 'off',
  // The anonymous quota stays on (its UpdateItem is part of every portal request), but
  // high enough that a bench from one address is not refused.
  QUOTA_ANONYMOUS_PER_MINUTE: '1000000',
  LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'ecosystem-graph',
  AWS_REGION: 'ap-southeast-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1',
});

export const startWorld = async (): Promise<BenchWorld> => {
  const base = await startBase(JURISDICTIONS);
  const { store } = base;
  for (const seed of seedPlans) await loadSeedPlan(store, seed, JURISDICTIONS);
  let demo = false;
  try {
    // The demo ecosystem (startups, mentors, incubators, investors …) of `npm start`.
    const { loadDemoEcosystem } = await import('../scripts/seed/demo/load');
    await loadDemoEcosystem(store, JURISDICTIONS, JURISDICTIONS);
    demo = true;
  } catch (error) {
    process.stderr.write(`demo ecosystem not loaded: ${(error as Error).message}\n`);
  }
  return { ...base, seeded: { plans: seedPlans.length, demo } };
};
