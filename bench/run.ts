/**
 * `npm run bench`: cold start, warm latency and DynamoDB requests per query, each beside
 * its floor, with the ratio, in one run (a few minutes on 2 cores). Prints three Markdown
 * tables and writes them, with the raw numbers, to bench/results/latest.{md,json}.
 *   BENCH_REQUESTS (200)  requests per query, implementation and concurrency level
 *   BENCH_COLD_RUNS (10)  fresh processes per cold-start row
 *   BENCH_PARTS (cold,requests,warm)  which tables to produce
 * Everything listens on and talks to 127.0.0.1 only.
 */
import { FEED_SETTLE_MS } from './env';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { runMetered, type MeterReading } from '../functions/data';
import { createHandler } from '../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../test/helpers/events';
import { bundleLambda, HANDLER_ENTRY, ROOT, type BundleSize } from './bundle';
import { createFloorClient, FloorRun, floors, type FloorReading } from './floor';
import { createAgent, load, median, percentile, send, type Target } from './load';
import { runChild, startChild } from './processes';
import { benchQueries, type BenchQuery } from './queries';
import { missingFields, schemaFields } from './schema-check';
import { startWorld, type BenchWorld } from './setup';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'cold,requests,warm').split(','));
const CONCURRENCY = [1, 10] as const;
const WARMUP = 20;
const ROUNDS = 4;
const GOALS = { cold: 1.3, p99: 1.5 };

const log = (message: string) => process.stderr.write(`${message}\n`);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : a === 0 ? '1.00×' : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

// ---- machine -------------------------------------------------------------------------

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${process.platform} ${release()}`,
  loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  date: new Date().toISOString(),
});

// ---- availability --------------------------------------------------------------------

interface Availability {
  readonly query: BenchQuery;
  readonly available: boolean;
  readonly why?: string;
}

const tokenFor = async (world: BenchWorld, q: BenchQuery) => (q.caller ? await world.token(q.caller) : undefined);

const invoke = async (handler: ReturnType<typeof createHandler>, q: BenchQuery, token: string | undefined) =>
  (await handler(graphqlEvent({ query: q.query, variables: q.variables }, token ? { Authorization: `Bearer ${token}` } : {}), lambdaContext())) as APIGatewayProxyResult;

const checkAvailable = async (handler: ReturnType<typeof createHandler>, world: BenchWorld, fields: ReadonlySet<string>, q: BenchQuery): Promise<Availability> => {
  const missing = missingFields(q.needs, fields);
  if (missing.length) return { query: q, available: false, why: `not in the schema yet: ${missing.join(', ')}` };
  const result = await invoke(handler, q, await tokenFor(world, q));
  const body = JSON.parse(result.body) as { data?: unknown; errors?: { message: string }[] };
  if (result.statusCode !== 200 || body.errors?.length || !body.data) {
    return { query: q, available: false, why: `answers ${result.statusCode}: ${body.errors?.map((e) => e.message).join('; ') ?? result.body.slice(0, 200)}` };
  }
  return { query: q, available: true };
};

// ---- cold start ----------------------------------------------------------------------

interface ColdSample {
  readonly importMs: number;
  readonly invokeMs: number;
  readonly coldMs: number;
  readonly sinceProcessStartMs: number;
  readonly status: number;
  readonly body: string;
}

interface ColdRow {
  readonly label: string;
  readonly size: BundleSize;
  readonly samples: ColdSample[];
}

interface ColdSpec {
  readonly label: string;
  readonly bundle: BundleSize;
  readonly request: { query: string; variables?: Record<string, unknown> };
  readonly env?: Record<string, string>;
}

/** Ratio lines of the cold-start table: [numerator row, denominator row, label, is it the goal]. */
const COLD_RATIOS: readonly (readonly [number, number, string, boolean])[] = [
  [1, 0, 'ours / floor, `{ __typename }`', true],
  [2, 0, 'ours without the quota write / floor (diagnostic)', false],
  [4, 0, 'ours, dev/explorer build (full schema) / floor (diagnostic)', false],
  [6, 3, 'ours first real query / floor first DynamoDB read', false],
  [0, 5, 'deduplicated floor / floor with two Apollo copies', false],
];

const coldEnv = (world: BenchWorld, spec: ColdSpec) => ({
  ...world.env,
  ...spec.env,
  NODE_OPTIONS: '',
  BENCH_EVENT: JSON.stringify(graphqlEvent(spec.request)),
});

interface ColdBundles {
  readonly ours: BundleSize;
  /** A dev/explorer build: the schema with its descriptions. */
  readonly oursFull: BundleSize;
  readonly floor: BundleSize;
  /** The floor without the resolve rules: Apollo's CommonJS and ESM copies side by side. */
  readonly floorTwoCopies: BundleSize;
}

const coldStarts = async (world: BenchWorld, b: ColdBundles, plan: BenchQuery | undefined): Promise<ColdRow[]> => {
  const typename = { query: '{ __typename }' };
  const specs: ColdSpec[] = [
    { label: 'floor: Apollo + its Lambda integration + DynamoDB client, one copy each, `{ __typename }`', bundle: b.floor, request: typename },
    { label: 'ours: the GraphQL handler, `{ __typename }` (anonymous: its quota UpdateItem runs alongside)', bundle: b.ours, request: typename },
    { label: 'ours, `{ __typename }`, anonymous quota off (diagnostic: no DynamoDB request)', bundle: b.ours, request: typename, env: { QUOTA_ANONYMOUS_PER_MINUTE: '0' } },
    { label: 'floor: first DynamoDB request (`{ record }`, one GetItem)', bundle: b.floor, request: { query: '{ record(pk: "04#Plan#none") }' } },
    { label: 'ours, dev/explorer build (schema with descriptions), `{ __typename }`, quota off (diagnostic)', bundle: b.oursFull, request: typename, env: { QUOTA_ANONYMOUS_PER_MINUTE: '0', STAGE: 'dev' } },
    { label: 'floor bundled without the resolve rules (two Apollo copies, protobuf twice; diagnostic)', bundle: b.floorTwoCopies, request: typename },
    ...(plan ? [{ label: `ours: first real query (${plan.name}, anonymous)`, bundle: b.ours, request: { query: plan.query, variables: plan.variables } }] : []),
  ];
  const rows: ColdRow[] = specs.map((s) => ({ label: s.label, size: s.bundle, samples: [] }));
  // Interleaved, so drift on a shared machine falls on every row alike.
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const [n, spec] of specs.entries()) rows[n]!.samples.push(await runChild<ColdSample>(['bench/cold-child.mjs', spec.bundle.file], coldEnv(world, spec)));
  }
  for (const row of rows) {
    const bad = row.samples.find((s) => s.status !== 200 || s.body.includes('"errors"'));
    if (bad) throw new Error(`cold start of ${row.label} answered ${bad.status}: ${bad.body}`);
  }
  return rows;
};

// ---- requests ------------------------------------------------------------------------

interface RequestRow {
  readonly query: BenchQuery;
  readonly ours?: MeterReading;
  readonly floor?: FloorReading;
  readonly why?: string;
}

const measureRequests = async (handler: ReturnType<typeof createHandler>, world: BenchWorld, availability: readonly Availability[]): Promise<RequestRow[]> => {
  const doc = createFloorClient(world.endpoint);
  const rows: RequestRow[] = [];
  for (const a of availability) {
    if (!a.available) {
      rows.push({ query: a.query, why: a.why ?? 'not available yet' });
      continue;
    }
    const token = await tokenFor(world, a.query);
    // The second reading: the first warmed the JWKS cache and the module graph; counts are per request anyway.
    await runMetered(() => invoke(handler, a.query, token));
    const { reading } = await runMetered(() => invoke(handler, a.query, token));
    const run = new FloorRun(doc, world.tablePrefix);
    await floors[a.query.name]!(run, a.query.variables, a.query.caller === null);
    rows.push({ query: a.query, ours: reading, floor: run.reading() });
  }
  doc.destroy();
  return rows;
};

// ---- warm latency --------------------------------------------------------------------

interface WarmRow {
  readonly query: BenchQuery;
  readonly clients: number;
  readonly ours?: { p50: number; p99: number; n: number };
  readonly floor?: { p50: number; p99: number; n: number };
  readonly why?: string;
}

const warmLatency = async (world: BenchWorld, ours: BundleSize, server: BundleSize, availability: readonly Availability[]): Promise<WarmRow[]> => {
  const child = await startChild<{ port: number }>([server.file], { ...world.env, NODE_OPTIONS: '', BENCH_HANDLER_BUNDLE: ours.file });
  const rows: WarmRow[] = [];
  try {
    const port = child.info.port;
    for (const a of availability) {
      if (!a.available) {
        for (const clients of CONCURRENCY) rows.push({ query: a.query, clients, why: a.why ?? 'not available yet' });
        continue;
      }
      const token = await tokenFor(world, a.query);
      const oursTarget: Target = {
        port,
        path: '/graphql',
        body: JSON.stringify({ query: a.query.query, variables: a.query.variables }),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      };
      const floorTarget: Target = { port, path: `/floor/${a.query.name}`, body: JSON.stringify({ variables: a.query.variables, anonymous: a.query.caller === null }), headers: {} };
      for (const clients of CONCURRENCY) {
        const agent = createAgent(clients);
        const first = await send(agent, oursTarget);
        if (first.status !== 200 || first.body.includes('"errors"')) throw new Error(`warm ${a.query.name}: ${first.status} ${first.body.slice(0, 300)}`);
        await load(agent, oursTarget, clients, WARMUP);
        await load(agent, floorTarget, clients, WARMUP);
        const samples = { ours: [] as number[], floor: [] as number[] };
        const per = Math.ceil(REQUESTS / ROUNDS);
        for (let r = 0; r < ROUNDS; r++) {
          // Alternating blocks, so drift (GC, a neighbour's load) falls on both alike.
          samples.ours.push(...(await load(agent, oursTarget, clients, per)));
          samples.floor.push(...(await load(agent, floorTarget, clients, per)));
        }
        agent.destroy();
        const stat = (s: number[]) => ({ p50: median(s), p99: percentile(s, 99), n: s.length });
        rows.push({ query: a.query, clients, ours: stat(samples.ours), floor: stat(samples.floor) });
        log(`  warm ${a.query.name} × ${clients}: ours p50 ${fmt(median(samples.ours))} p99 ${fmt(percentile(samples.ours, 99))} | floor p50 ${fmt(median(samples.floor))} p99 ${fmt(percentile(samples.floor, 99))} ms`);
      }
    }
  } finally {
    await child.stop();
  }
  return rows;
};

// ---- tables --------------------------------------------------------------------------

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const coldStat = (row: ColdRow) => {
  const cold = row.samples.map((s) => s.coldMs);
  return {
    importMs: median(row.samples.map((s) => s.importMs)),
    invokeMs: median(row.samples.map((s) => s.invokeMs)),
    cold: median(cold),
    max: Math.max(...cold),
    sinceStart: median(row.samples.map((s) => s.sinceProcessStartMs)),
  };
};

const coldTable = (rows: readonly ColdRow[]): string => {
  const stats = rows.map(coldStat);
  const line = (row: ColdRow, s: ReturnType<typeof coldStat>) => [
    row.label,
    kb(row.size.bytes),
    kb(row.size.gzipBytes),
    fmt(s.importMs),
    fmt(s.invokeMs),
    fmt(s.cold),
    fmt(s.max),
    fmt(s.sinceStart),
  ];
  const ratioLine = ([a, b, label, goal]: readonly [number, number, string, boolean]) => {
    const [x, y] = [stats[a]!, stats[b]!];
    const r = x.cold / y.cold;
    return [
      goal ? `**ratio ${label}** (goal ≤ ${GOALS.cold}×: ${r <= GOALS.cold ? 'met' : 'missed'})` : `ratio ${label}`,
      ratio(rows[a]!.size.bytes, rows[b]!.size.bytes),
      ratio(rows[a]!.size.gzipBytes, rows[b]!.size.gzipBytes),
      ratio(x.importMs, y.importMs),
      ratio(x.invokeMs, y.invokeMs),
      goal ? `**${ratio(x.cold, y.cold)}**` : ratio(x.cold, y.cold),
      ratio(x.max, y.max),
      ratio(x.sinceStart, y.sinceStart),
    ];
  };
  return table(
    ['cold start', 'raw', 'gzip', 'import (median ms)', 'first invocation (median ms)', 'import + first invocation (median ms)', 'max ms', 'process start → answer (median ms)'],
    [...rows.map((row, i) => line(row, stats[i]!)), ...COLD_RATIOS.filter(([a, b]) => rows[a] && rows[b]).map(ratioLine)],
  );
};

const warmTable = (rows: readonly WarmRow[]): string =>
  table(
    ['query', 'clients', 'ours p50 ms', 'ours p99 ms', 'floor p50 ms', 'floor p99 ms', 'p50 ratio', 'p99 ratio', `goal p99 ≤ ${GOALS.p99}× at 10`],
    rows.map((r) =>
      r.ours && r.floor
        ? [
            r.query.name,
            String(r.clients),
            fmt(r.ours.p50),
            fmt(r.ours.p99),
            fmt(r.floor.p50),
            fmt(r.floor.p99),
            ratio(r.ours.p50, r.floor.p50),
            ratio(r.ours.p99, r.floor.p99),
            r.clients === 10 ? (r.ours.p99 / r.floor.p99 <= GOALS.p99 ? 'met' : 'missed') : '',
          ]
        : [r.query.name, String(r.clients), `not available yet (${r.why ?? ''})`, '', '', '', '', '', ''],
    ),
  );

const KINDS = ['Query', 'BatchGetItem', 'GetItem', 'UpdateItem'] as const;
const byKind = (requests: Readonly<Record<string, number>>) => {
  const known = KINDS.map((k) => requests[k] ?? 0);
  const other = Object.entries(requests).filter(([k]) => !(KINDS as readonly string[]).includes(k));
  return [...known.map(String), other.map(([k, n]) => `${k} ${n}`).join(', ') || '0'];
};

const requestTable = (rows: readonly RequestRow[]): string =>
  table(
    ['query', 'side', ...KINDS, 'other', 'total', 'round trips', 'RCU', 'ratio total', 'ratio round trips', 'goal: equal to the minimum'],
    rows.flatMap((r) =>
      r.ours && r.floor
        ? [
            [r.query.name, 'ours', ...byKind(r.ours.requests), String(r.ours.total), String(r.ours.roundTrips), fmt(r.ours.consumedReadCapacity), '', '', ''],
            [
              '',
              'minimum',
              ...byKind(r.floor.requests),
              String(r.floor.total),
              String(r.floor.roundTrips),
              fmt(r.floor.consumedReadCapacity),
              ratio(r.ours.total, r.floor.total),
              ratio(r.ours.roundTrips, r.floor.roundTrips),
              sameRequests(r.ours, r.floor) ? 'met' : 'missed',
            ],
          ]
        : [[r.query.name, `not available yet (${r.why ?? ''})`, '', '', '', '', '', '', '', '', '', '', '']],
    ),
  );

const sameRequests = (ours: MeterReading, floor: FloorReading) =>
  ours.total === floor.total && ours.roundTrips === floor.roundTrips && [...new Set([...Object.keys(ours.requests), ...Object.keys(floor.requests)])].every((k) => (ours.requests[k] ?? 0) === (floor.requests[k] ?? 0));

// ---- main ----------------------------------------------------------------------------

const main = async () => {
  const started = Date.now();
  const before = machine();
  log(`bench on ${before.cpu}, ${before.cores} cores, ${before.memoryGiB} GiB, Node ${before.node}, load ${before.loadavg.join(' ')}`);
  const out = mkdtempSync(path.join(tmpdir(), 'eg-bench-bundles-'));
  let world: BenchWorld | null = null;
  try {
    log('bundling (esbuild, the CDK options) …');
    const [ours, oursFull, floorBundle, floorTwoCopies, server] = await Promise.all([
      bundleLambda(HANDLER_ENTRY, out, 'handler'),
      bundleLambda(HANDLER_ENTRY, out, 'handler-full', 'full'),
      bundleLambda('bench/floor-handler.ts', out, 'floor'),
      bundleLambda('bench/floor-handler.ts', out, 'floor-two-copies', 'lean', false),
      bundleLambda('bench/warm-server.ts', out, 'warm'),
    ]);

    log('seeding dynalite (two plans, the demo ecosystem) …');
    world = await startWorld();
    const handler = createHandler({ ...process.env, ...world.env });
    // The change feed holds a publication back for FEED_SETTLE_MS; wait it out once.
    await new Promise((resolve) => setTimeout(resolve, FEED_SETTLE_MS + 200));

    const fields = schemaFields();
    const availability: Availability[] = [];
    for (const q of benchQueries) availability.push(await checkAvailable(handler, world, fields, q));
    for (const a of availability) if (!a.available) log(`  ${a.query.name}: not available yet — ${a.why}`);

    log(`cold start: ${COLD_RUNS} fresh processes per row …`);
    const planQuery = availability.find((a) => a.available && a.query.name === 'plan')?.query;
    const cold = PARTS.has('cold') ? await coldStarts(world, { ours, oursFull, floor: floorBundle, floorTwoCopies }, planQuery) : [];

    log('DynamoDB requests per query, beside the minimum …');
    const requests = PARTS.has('requests') ? await measureRequests(handler, world, availability) : [];

    log(`warm latency: ${REQUESTS} requests per query, side and concurrency (${CONCURRENCY.join(', ')}) …`);
    const warm = PARTS.has('warm') ? await warmLatency(world, ours, server, availability) : [];

    const after = machine();
    const md = [
      `Machine: ${before.cpu}, ${before.cores} cores (nproc), ${before.memoryGiB} GiB RAM, Node ${before.node}, ${before.os}; load average ${before.loadavg.join(' ')} before, ${after.loadavg.join(' ')} after; ${before.date}; ${Math.round((Date.now() - started) / 1000)} s.`,
      '',
      '### Cold start',
      '',
      coldTable(cold),
      '',
      `### Warm latency over loopback (${REQUESTS} requests per row and side, after ${WARMUP} warm-up)`,
      '',
      warmTable(warm),
      '',
      '### DynamoDB requests per query',
      '',
      requestTable(requests),
      '',
    ].join('\n');
    process.stdout.write(`${md}\n`);
    const results = path.join(ROOT, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'latest.md'), md);
    writeFileSync(
      path.join(results, 'latest.json'),
      `${JSON.stringify(
        {
          machine: { before, after },
          settings: { requests: REQUESTS, coldRuns: COLD_RUNS, concurrency: CONCURRENCY, warmup: WARMUP, feedSettleMs: FEED_SETTLE_MS },
          cold: cold.map((c) => ({ label: c.label, bytes: c.size.bytes, gzipBytes: c.size.gzipBytes, samples: c.samples.map(({ body: _b, ...s }) => s) })),
          warm: warm.map((w) => ({ query: w.query.name, clients: w.clients, ours: w.ours, floor: w.floor, why: w.why })),
          requests: requests.map((r) => ({ query: r.query.name, ours: r.ours, minimum: r.floor, why: r.why })),
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await world?.close();
    rmSync(out, { recursive: true, force: true });
  }
};

await main();
process.exit(0);
