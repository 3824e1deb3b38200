/**
 * `npx tsx bench/data-sizes.ts`: the bench data's partitions — records and read units of one
 * whole-partition Query each (eventually consistent) — the inputs of the cost arithmetic in
 * bench/README.md (what grows when a province holds thousands of records).
 */
import './env';
import { createFloorClient, FloorRun } from './floor';
import { typePk } from '../functions/data/keys';
import { startWorld } from './setup';

const world = await startWorld();
const doc = createFloorClient(world.endpoint);
try {
  console.log('| jurisdiction | type | records | RCU of one whole-partition Query | RCU per record |');
  console.log('|---|---|---|---|---|');
  for (const jur of ['04', '24']) {
    for (const type of ['Plan', 'Agency', 'Startup', 'Mentor', 'Incubator', 'Investor', 'Competition', 'Event', 'Mentorship', 'Incubation', 'Investment']) {
      const run = new FloorRun(doc, world.tablePrefix);
      const items = await run.query('byType', typePk(jur, type));
      const rcu = run.reading().consumedReadCapacity;
      console.log(`| ${jur} | ${type} | ${items.length} | ${rcu} | ${items.length ? (rcu / items.length).toFixed(3) : '–'} |`);
    }
  }
} finally {
  doc.destroy();
  await world.close();
}
process.exit(0);
