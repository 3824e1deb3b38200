/**
 * Portal bench: p50/p99 latency and DynamoDB requests per query for a fixed set of
 * registry queries a partner portal asks.
 *
 *   npx tsx bench/portal.ts [--url http://localhost:4000/graphql] [--token T] [--runs 50] [--json]
 *
 * Latency is measured over HTTP against the running server (`npm start`), each query
 * `--runs` times after 3 warm-up runs, one at a time. The GraphQL response does not report
 * DynamoDB requests, so those are measured in-process: the script starts its own dynalite
 * with the same seed (the two plans and the demo ecosystem, deterministic), runs each query
 * once through the real Lambda handler under the data layer's meter (runMetered), and
 * prints requests by kind and sequential round trips. Without a server at --url, latency
 * is measured in-process too (and says so). Without --token, a NATIONAL token is signed
 * with the local server's key in DATA_DIR (.data), so the anonymous quota does not apply.
 * Output on stdout only; progress on stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDemoEcosystem } from '../scripts/seed/demo/load';
import { ensureLocalKeys, signLocalToken } from '../scripts/lib/local-keys';
import { startHarness } from '../test/helpers/harness';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    token: { type: 'string' },
    runs: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));

export const portalQueries: readonly { name: string; query: string }[] = [
  {
    name: 'startups.linked',
    query: `{ startups(first: 5, filter: { search: "khoi nghiep" }) { nodes { name eligibility(asOf: "2026-06-30") { eligible until } mentors(first: 5) { nodes { name } } incubator { name } investments(first: 5) { nodes { amount { amount currency } investor { name } } } } } }`,
  },
  {
    name: 'startups.depth3',
    query: `{ startups(first: 50) { nodes { name mentors(first: 5) { nodes { name startups(first: 5) { nodes { name } } } } } } }`,
  },
  {
    name: 'search',
    query: `{ search(query: "dau tu", first: 20) { nodes { __typename ... on Startup { name } ... on Investor { name } ... on Mentor { name } ... on Incubator { name } ... on Event { name } ... on Competition { name } } } }`,
  },
  {
    name: 'incubators.criteria',
    query: `{ incubators(first: 20) { nodes { name kind recognitionLevel meetsCriteria { met reasons } startups(first: 10) { nodes { name } } } } }`,
  },
  {
    name: 'competitions.awards',
    query: `{ competitions(first: 10) { nodes { name phases { kind from to } awards { projectName award { title prize { amount } } startup { name } supportGrants { nodes { amount { amount } policyBasis } } } } } }`,
  },
  {
    name: 'mentorshipGaps',
    query: `{ mentorshipGaps(asOf: "2026-06-30") { startup { name } incubation { incubator { name } } since } }`,
  },
  {
    name: 'registryCount.trainings',
    query: `{ registryCount(kind: TRAININGS, jurisdiction: "04", year: 2026) { value items { label date } } }`,
  },
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

const serverUp = async (url: string): Promise<boolean> => {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    return res.ok;
  } catch {
    return false;
  }
};

const log = (s: string) => process.stderr.write(`${s}\n`);

log('starting an in-process world (dynalite, seed plans, demo ecosystem) for request counts …');
const h = await startHarness({ seed: ['04', '24'] });
await loadDemoEcosystem(h.store, ['04', '24'], ['04', '24']);
const inProcessToken = await h.token({ role: 'NATIONAL', jurisdictions: ['04', '24'] });

const http = await serverUp(values.url!);
const token = values.token ?? (http ? await signLocalToken(await ensureLocalKeys(path.resolve(process.env.DATA_DIR ?? '.data')), { role: 'NATIONAL', jurisdictions: ['04', '24'] }) : inProcessToken);
log(http ? `latency over HTTP at ${values.url}` : `no server at ${values.url}: latency in-process (handler over dynalite, no HTTP)`);

const timed = async (query: string): Promise<number> => {
  const started = performance.now();
  if (http) {
    const res = await fetch(values.url!, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (!res.ok || body.errors) throw new Error(`${res.status} ${JSON.stringify(body.errors)}`);
  } else {
    const res = await h.gql(query, {}, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return performance.now() - started;
};

const rows = [];
for (const q of portalQueries) {
  const { response, reading } = await h.metered(q.query, {}, inProcessToken);
  if (response.errors) throw new Error(`${q.name}: ${JSON.stringify(response.errors)}`);
  for (let i = 0; i < 3; i++) await timed(q.query);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(q.query));
  samples.sort((a, b) => a - b);
  rows.push({
    query: q.name,
    p50ms: round(percentile(samples, 50)),
    p99ms: round(percentile(samples, 99)),
    roundTrips: reading.roundTrips,
    requests: reading.total,
    byKind: reading.requests,
    scans: reading.requests.Scan ?? 0,
  });
  log(`${q.name}: done`);
}
await h.close();

if (values.json) {
  process.stdout.write(`${JSON.stringify({ latency: http ? 'http' : 'in-process', runs, rows }, null, 2)}\n`);
} else {
  process.stdout.write(`latency: ${http ? `HTTP ${values.url}` : 'in-process'}, ${runs} runs each; DynamoDB requests: in-process, one run\n`);
  process.stdout.write(`${'query'.padEnd(26)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'round trips'.padStart(13)}${'requests'.padStart(10)}  by kind\n`);
  for (const r of rows) {
    const kinds = Object.entries(r.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
    process.stdout.write(`${r.query.padEnd(26)}${String(r.p50ms).padStart(8)}${String(r.p99ms).padStart(8)}${String(r.roundTrips).padStart(13)}${String(r.requests).padStart(10)}  ${kinds}\n`);
  }
}
process.exit(0);
