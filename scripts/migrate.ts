/**
 * Upgrades stored data to this code's schema version (functions/data/migrations) and prints
 * what it did. Idempotent and resumable: run it again after a crash.
 *   npm run migrate                          the local folder DATA_DIR (.data); stop `npm start` first
 *   DYNAMODB_ENDPOINT=http://… TABLE_PREFIX=… npm run migrate   any DynamoDB-compatible endpoint
 *   TABLE_PREFIX=<stack name> AWS_REGION=… npm run migrate -- --aws   the deployed tables (your AWS credentials)
 */
import path from 'node:path';
import { Store } from '../functions/data';
import { migrationSteps, runMigrations } from '../functions/data/migrations';
import { startLocalDynamo, type LocalDynamo } from '../functions/data/local-emulator';
import { lockOrExit } from './lib/data-lock';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const aws = process.argv.includes('--aws');
const tablePrefix = process.env.TABLE_PREFIX ?? 'ecosystem-graph';
let local: LocalDynamo | null = null;
let endpoint = process.env.DYNAMODB_ENDPOINT;
let where: string;
if (aws) {
  if (!process.env.TABLE_PREFIX) {
    process.stderr.write('--aws needs TABLE_PREFIX (the stack name, e.g. ecosystem-graph-prod)\n');
    process.exit(2);
  }
  endpoint = undefined;
  where = `AWS ${process.env.AWS_REGION ?? 'ap-southeast-1'}, tables ${tablePrefix}-*`;
} else if (endpoint) {
  where = `${endpoint}, tables ${tablePrefix}-*`;
} else {
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
  lockOrExit(dataDir);
  local = await startLocalDynamo({ path: path.join(dataDir, 'dynamo') });
  endpoint = local.endpoint;
  where = `DATA_DIR ${dataDir}`;
}
const store = new Store({ tablePrefix, ...(endpoint ? { endpoint } : {}), region: process.env.AWS_REGION ?? 'ap-southeast-1' });
try {
  const report = await runMigrations(store, migrationSteps, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${where}: schema version ${report.from} → ${report.to}${report.ran.length ? ` (ran ${report.ran.join(', ')})` : ' (nothing to do)'}\n`);
} catch (error) {
  process.stderr.write(`Migration of ${where} failed: ${(error as Error).message}\nRun it again to resume.\n`);
  process.exitCode = 1;
} finally {
  store.client.destroy();
  await local?.close();
}
