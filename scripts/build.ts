/**
 * `npm run build`: the console's production bundle in web/dist (what CDK uploads and
 * what `npm start` serves at /). `--if-stale` skips it when nothing in web/ changed.
 */
import { buildWeb, ensureWebBuilt, webDist } from './lib/build-web';

const started = Date.now();
if (process.argv.includes('--if-stale')) await ensureWebBuilt();
else await buildWeb();
console.log(`console built in ${webDist()} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
