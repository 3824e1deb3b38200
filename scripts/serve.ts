/**
 * The local server: dynalite persisted in DATA_DIR, the tables from the spec, the
 * seed plans, and the same buildServer() as Lambda, on http://localhost:PORT/graphql.
 *   PORT (4000), DATA_DIR (.data), SEED (jurisdiction codes, default "04,24"; "none" for none)
 *   EXPLORER (on; "off" to serve no explorer at /explorer)
 *   The console (web/dist, built by `npm start` or `npm run build`) at /, its config at
 *   /config.json, and the local "sign in as" at /local/sign-in (loopback only).
 *   PULL_SOURCES (a national deployment: pull.json's path, or its sources as JSON; docs/exchange.md)
 *   DYNAMODB_ENDPOINT, TABLE_PREFIX (an external DynamoDB-compatible endpoint instead of the
 *     embedded dynalite, e.g. DynamoDB Local; the tables `{TABLE_PREFIX}-*`, default
 *     "ecosystem-graph"; docs/backends.md)
 *   --reset starts empty (the data folder's database is removed first; over an external
 *     endpoint, only this prefix's tables are deleted) and it stays empty on later starts
 *     until SEED is given (scripts/lib/seed-choice.ts).
 */
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { LocalUserDirectory, localUsersFile, Store } from '../functions/data';
import { evidenceStoreFromEnv } from '../functions/data/evidence';
import { LocalEvidenceStore } from '../functions/data/evidence-local';
import { localCursorSecret } from '../functions/data/cursor';
import { connectLocalDynamo, deleteTables, ensureTables } from '../functions/data/local-emulator';
import { migrationSteps, runMigrations } from '../functions/data/migrations';
import { seedingTurnedOff, turnSeedingOff, turnSeedingOn } from '../functions/data/database-settings';
import { createVerifier, refusingDisabled } from '../functions/graphql/auth';
import { graphqlHttpHandler } from '../functions/graphql/http';
import { buildServer, defaultLog } from '../functions/graphql/server';
import { limitsFromEnv } from '../functions/graphql/limits';
import { createGate, quotasFromEnv } from '../functions/services/admission';
import { parsePullSources } from '../functions/services/pull-sources';
import { maxBodyBytesFromEnv } from '../functions/graphql/admission';
import { explorerHtml, explorerOffHtml } from '../functions/explorer/page';
import { buildExplorerAssets } from './lib/build-explorer';
import { webDist } from './lib/build-web';
import { localSignInHandler } from './lib/local-sign-in';
import { webAssetHandler } from './lib/web-assets';
import { lockOrExit } from './lib/data-lock';
import { chooseSeeds, DEFAULT_SEED } from './lib/seed-choice';
import { ensureLocalKeys, LOCAL_ISSUER } from './lib/local-keys';
import { loadSeedPlan } from './seed/load';
import { seedPlans } from './seed/plans';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const reset = process.argv.includes('--reset');
const port = Number(process.env.PORT ?? 4000);
const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const namedSeeds = (process.env.SEED ?? DEFAULT_SEED).split(',').map((s) => s.trim()).filter((s) => s && s !== 'none');
const jurisdictions = (process.env.JURISDICTIONS ?? [...new Set(['04', '24', ...namedSeeds])].join(',')).split(',').map((s) => s.trim());

const tablePrefix = process.env.TABLE_PREFIX ?? 'ecosystem-graph';
const externalEndpoint = process.env.DYNAMODB_ENDPOINT;

// The lock before anything else: a reset must never delete a folder a running server writes to.
lockOrExit(dataDir, reset ? 'Not reset: ' : '');

if (reset && externalEndpoint) await deleteTables(externalEndpoint, tablePrefix);
else if (reset) rmSync(path.join(dataDir, 'dynamo'), { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const keys = await ensureLocalKeys(dataDir);
// dynalite in a worker thread: a heavy request's reads never stall another client's answer.
const dynamo = await connectLocalDynamo(process.env, { path: path.join(dataDir, 'dynamo'), thread: true });
await ensureTables(dynamo.endpoint, tablePrefix);
const store = new Store({ tablePrefix, endpoint: dynamo.endpoint, cursorSecret: localCursorSecret(dataDir) });
// Stored data is upgraded to this code's shape before anything reads or seeds it.
await runMigrations(store, migrationSteps, (line) => console.log(line));

const seeds = chooseSeeds({ reset, seedEnv: process.env.SEED, seedingOffSince: await seedingTurnedOff(store) });
if (seeds.seeding === 'off') await turnSeedingOff(store, new Date().toISOString());
if (seeds.seeding === 'on') await turnSeedingOn(store);
if (seeds.note) console.log(seeds.note);
if (seeds.codes.length > 0) {
  for (const seed of seedPlans.filter((s) => seeds.codes.includes(s.plan.jurisdiction))) {
    await loadSeedPlan(store, seed, jurisdictions);
  }
  await (await import('./seed/demo/load')).loadDemoEcosystem(store, seeds.codes, jurisdictions); // demo ecosystem (scripts/seed/demo), after the plans it links to
}

const explorer = process.env.EXPLORER !== 'off';
const explorerDir = path.join(dataDir, 'explorer');
if (explorer) await buildExplorerAssets(explorerDir);

const server = buildServer({ introspection: explorer, limits: limitsFromEnv(process.env) });
await server.start();
// The local accounts the department creates (userAccountCreate): beside the signing key, read by `npm run token -- --user`.
const users = new LocalUserDirectory(localUsersFile(dataDir));
const graphql = graphqlHttpHandler(server, {
  store,
  verify: refusingDisabled(createVerifier({ jwks: keys.jwks, issuer: LOCAL_ISSUER }), users),
  users,
  jurisdictions,
  pullSources: parsePullSources(process.env.PULL_SOURCES),
  gate: createGate(store, quotasFromEnv(process.env), (error) => defaultLog({ level: 'ERROR', message: 'quota settle failed', error: String(error) })),
  log: defaultLog,
  maxBodyBytes: maxBodyBytesFromEnv(process.env),
});

// Evidence files: uploads to presigned local URLs (/uploads/<sha256>?…) and downloads (/files/<sha256>), in DATA_DIR/evidence.
const evidence = evidenceStoreFromEnv(); // the same instance (and HMAC key) the resolvers sign upload URLs with

const consoleConfig = { auth: 'local', stage: 'local', graphqlUrl: '/graphql', ...(explorer ? { explorer: '/explorer' } : {}) };
const signIn = localSignInHandler({ keys, jurisdictions, users });
const consoleAssets = webAssetHandler(webDist());

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/graphql') return void graphql(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
  if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  if (url.pathname === '/explorer' || url.pathname === '/explorer/') {
    const html = explorer ? explorerHtml({ graphqlUrl: '/graphql', assetBase: '/explorer' }) : explorerOffHtml;
    return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  }
  const asset = /^\/explorer\/(explorer\.(js|css))$/.exec(url.pathname);
  if (explorer && asset) {
    const type = asset[2] === 'js' ? 'text/javascript' : 'text/css';
    return void res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(path.join(explorerDir, asset[1]!)));
  }
  // What the console reads at start (CDK writes the same file at deploy, with Cognito's settings).
  if (url.pathname === '/config.json') {
    return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(consoleConfig));
  }
  if (url.pathname === '/local/sign-in') return void signIn(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
  if (evidence instanceof LocalEvidenceStore && evidence.handle(req, res)) return;
  if (consoleAssets(req, res, url.pathname)) return;
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the API is at /graphql, the console at /');
});

http.once('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message;
  console.error(`Cannot listen: ${reason}. Choose another with PORT, e.g. PORT=${port + 1} npm start`);
  process.exit(1);
});
http.listen(port, () => {
  console.log(`Ecosystem Graph ready at http://localhost:${port}/graphql, console at http://localhost:${port}/ (data in ${externalEndpoint ? `${externalEndpoint}, tables ${tablePrefix}-*` : dataDir}${reset ? ', started empty' : ''})`);
});

const stop = async () => {
  http.close();
  await server.stop();
  await dynamo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
