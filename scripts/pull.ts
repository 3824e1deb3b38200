/**
 * National aggregation: pulls provincial deployments into this (national) deployment.
 *   npm run pull -- --config pull.json [--url U] [--token T] [--snapshot]
 * pull.json:
 *   { "target": { "url": "http://localhost:4000/graphql", "token": "<PULL_OPERATOR token of this deployment>" },
 *     "sources": [ { "name": "cao-bang", "url": "https://…/graphql", "token": "<NATIONAL token there>", "jurisdictions": ["04"] } ] }
 * (`--url`/`--token` stand in for `target`.) For each source and jurisdiction: the first pull
 * reads the snapshot, then every pull reads the changes after the cursor kept in this
 * deployment (a Control item per source), applying only versions newer than held.
 * `--snapshot` reads the snapshot again although a cursor is held, then the changes from
 * that cursor: a source that has started to exchange more types (an upgrade) sends the
 * records of those types written before it (docs/exchange.md "Sources of an older version").
 * The deployment pulls only what its own configuration (PULL_SOURCES) binds: each source's
 * name and URL here must be the ones it names. Prints how many records it took from each
 * source; records the deployment refused are listed on stderr with the reason (the pull goes
 * on past them). Exit 1 when any source failed.
 */
import { readFileSync } from 'node:fs';
import { readChanges, readSnapshot, type ExchangeRecordJson } from './lib/exchange-client';
import { DEFAULT_URL, flags, gqlRequest } from './lib/gql-client';

interface SourceConfig {
  readonly name?: string;
  readonly url: string;
  readonly token: string;
  readonly jurisdictions: readonly string[];
}
interface PullConfig {
  readonly target?: { readonly url?: string; readonly token?: string };
  readonly sources: readonly SourceConfig[];
}

const args = flags(process.argv.slice(2));
const configPath = args.get('config');
if (!configPath) {
  process.stderr.write('usage: pull --config pull.json [--url U] [--token T] [--snapshot]\n');
  process.exit(2);
}
let config: PullConfig;
try {
  config = JSON.parse(readFileSync(configPath, 'utf8')) as PullConfig;
  if (!Array.isArray(config.sources) || config.sources.some((s) => !s.url || !Array.isArray(s.jurisdictions))) throw new Error('each source needs url, token and jurisdictions');
} catch (error) {
  process.stderr.write(`Cannot read ${configPath}: ${(error as Error).message}\n`);
  process.exit(2);
}
const targetUrl = args.get('url') ?? config.target?.url ?? DEFAULT_URL;
const targetToken = args.get('token') ?? config.target?.token ?? process.env.TOKEN ?? null;

const sourceName = (s: SourceConfig): string => s.name ?? new URL(s.url).host.replace(/[^A-Za-z0-9._-]/g, '-');

const APPLY = `mutation($input: PullApplyInput!) { pullApply(input: $input) { applied skipped refused { type id version reason } userErrors { code message } } }`;
const STATE = `query($s: String!, $j: String!) { pullState(source: $s, jurisdiction: $j) { cursor } }`;

interface Refusal {
  readonly type: string;
  readonly id: string;
  readonly version: number;
  readonly reason: string;
}

const apply = async (source: string, sourceUrl: string, jur: string, records: readonly ExchangeRecordJson[], cursor: string | null): Promise<number> => {
  let applied = 0;
  for (let i = 0; i === 0 || i < records.length; i += 100) {
    const chunk = records.slice(i, i + 100);
    const last = i + 100 >= records.length;
    const data = await gqlRequest<{ pullApply: { applied: number; refused: Refusal[]; userErrors: { message: string }[] } }>(targetUrl, targetToken, APPLY, {
      input: { source, sourceUrl, jurisdiction: jur, records: chunk, ...(last && cursor ? { cursor } : {}) },
    });
    if (data.pullApply.userErrors.length) throw new Error(data.pullApply.userErrors.map((e) => e.message).join('; '));
    for (const r of data.pullApply.refused) process.stderr.write(`${source}: refused ${jur} ${r.type} ${r.id} version ${r.version}: ${r.reason}\n`);
    applied += data.pullApply.applied;
  }
  return applied;
};

let failed = false;
for (const source of config.sources) {
  const name = sourceName(source);
  const perJur: string[] = [];
  let total = 0;
  try {
    for (const jur of source.jurisdictions) {
      let taken = 0;
      const state = await gqlRequest<{ pullState: { cursor: string | null } }>(targetUrl, targetToken, STATE, { s: name, j: jur });
      let cursor = state.pullState.cursor;
      if (!cursor || args.has('snapshot')) {
        const feedCursor = await readSnapshot(source.url, source.token, jur, async (records) => {
          taken += await apply(name, source.url, jur, records, null);
        });
        // A snapshot read again keeps the cursor held: the changes after it still bring the
        // deletions the snapshot, which lists live records only, cannot show.
        if (!cursor) {
          await apply(name, source.url, jur, [], feedCursor);
          cursor = feedCursor;
        }
      }
      await readChanges(source.url, source.token, jur, cursor, async (records, next) => {
        taken += await apply(name, source.url, jur, records, next);
      });
      perJur.push(`${jur}: ${taken}`);
      total += taken;
    }
    process.stdout.write(`${name}: took ${total} records (${perJur.join(', ')})\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${name}: failed after ${total} records: ${(error as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
