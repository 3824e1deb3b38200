/**
 * Writes a jurisdiction's snapshot as NDJSON (one exchange record a line, docs/exchange.md)
 * and prints the feed cursor to pull changes from, and nothing else:
 *   npm run --silent export -- --jurisdiction 04 [--url U] --token T --out FILE
 * Exit 2 for bad arguments, 1 when the server refuses or cannot be reached.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readSnapshot } from './lib/exchange-client';
import { DEFAULT_URL, flags, GraphQLClientError } from './lib/gql-client';

const args = flags(process.argv.slice(2));
const jurisdiction = args.get('jurisdiction');
const out = args.get('out');
const url = args.get('url') ?? DEFAULT_URL;
const token = args.get('token') ?? process.env.TOKEN ?? null;
if (!jurisdiction || !out) {
  process.stderr.write('usage: export --jurisdiction <code> [--url U] --token T --out FILE\n');
  process.exit(2);
}

const file = createWriteStream(out, { encoding: 'utf8' });
let count = 0;
try {
  const cursor = await readSnapshot(url, token, jurisdiction, async (records) => {
    for (const record of records) {
      if (!file.write(`${JSON.stringify(record)}\n`)) await once(file, 'drain');
      count += 1;
    }
  });
  file.end();
  await once(file, 'finish');
  process.stderr.write(`${count} records written to ${out}\n`);
  process.stdout.write(`${cursor}\n`);
} catch (error) {
  file.destroy();
  process.stderr.write(`${error instanceof GraphQLClientError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
}
