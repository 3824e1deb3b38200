/**
 * `npm run rebuild-derived`: recomputes the search index and the counters from the records
 * (functions/data/rebuild.ts), writing only what differs; run it again and it changes
 * nothing. It works on the tables of DYNAMODB_ENDPOINT / TABLE_PREFIX (deployed: the
 * stack's tables with the operator's credentials), or, without DYNAMODB_ENDPOINT, on the
 * local server's data folder (DATA_DIR, default .data) — stop `npm start` first, the folder
 * has one owner at a time. JURISDICTIONS limits it to some jurisdictions.
 * Prints the report as JSON on stdout.
 */
import path from 'node:path';
import { dataConfigFromEnv, rebuildDerived, Store } from '../functions/data';
import { ensureTables, startLocalDynamo } from '../functions/data/local-emulator';
import { lockOrExit } from './lib/data-lock';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const jurisdictions = process.env.JURISDICTIONS?.split(',').map((s) => s.trim()).filter(Boolean);

const run = async (store: Store) => console.log(JSON.stringify(await rebuildDerived(store, jurisdictions)));

if (process.env.DYNAMODB_ENDPOINT || process.env.TABLE_PREFIX) {
  await run(new Store(dataConfigFromEnv(process.env)));
} else {
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
  lockOrExit(dataDir);
  const dynamo = await startLocalDynamo({ path: path.join(dataDir, 'dynamo') });
  try {
    await ensureTables(dynamo.endpoint, 'ecosystem-graph');
    await run(new Store({ tablePrefix: 'ecosystem-graph', endpoint: dynamo.endpoint }));
  } finally {
    await dynamo.close();
  }
}
