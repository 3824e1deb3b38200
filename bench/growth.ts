/**
 * `npm run bench:growth`: what each query costs at 1× and 10× a realistic registry (issue 13:
 * one province with 5,000 startups, 500 mentors, 2,000 mentorships, 20 plans × 100 tasks;
 * 10× is ten times each), beside the floor of its access pattern, with the growth ratio; the
 * whole snapshot at 1×; and 34 provinces at 1/34 of the 1× registry each: their national
 * summary and the national pull of all of them into a second deployment.
 *   BENCH_GROWTH_SCALES (1,10)      registry sizes to run
 *   BENCH_GROWTH_SAMPLES (30)       latency samples per query (sequential, after 2 warm-ups)
 *   BENCH_GROWTH_BUDGET_MS (20000)  …or fewer when a query's samples take longer than this (at least 1)
 *   BENCH_GROWTH_PROVINCES (1)      0 skips the 34-province part
 * Counts come from a proxy in front of dynalite (bench/growth/proxy.ts); latency from the
 * handler pointed straight at dynalite, in this process. Writes bench/results/growth.{md,json}.
 */
import './env';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { buildASTSchema, parse } from 'graphql';
import { ensureTables } from '../functions/data/local-emulator';
import { allJurisdictions } from '../functions/domain/jurisdiction/provinces';
import { createHandler } from '../functions/graphql/handler';
import type { TokenClaims } from '../scripts/lib/local-keys';
import { graphqlEvent, lambdaContext } from '../test/helpers/events';
import { ROOT } from './bundle';
import { createFloorClient } from './floor';
import { addReadings, floorOf, snapshotPageFloor, type FloorReading, type FloorWorld } from './growth/floors';
import { startProxy, type CountingProxy, type ProxyReading } from './growth/proxy';
import { growthQueries, NATIONAL, snapshotQuery, type GrowthQuery } from './growth/queries';
import { ONE_X, recordsIn, seedRegistry, times, type RegistrySize } from './growth/seed';
import { median, percentile } from './load';
import { missingFields, schemaFields } from './schema-check';
import { lambdaEnv, startBase, type BaseWorld } from './setup';

const SCALES = (process.env.BENCH_GROWTH_SCALES ?? '1,10').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_GROWTH_SAMPLES ?? 30);
const BUDGET_MS = Number(process.env.BENCH_GROWTH_BUDGET_MS ?? 20_000);
const PROVINCES = process.env.BENCH_GROWTH_PROVINCES !== '0';
const GOALS = { growth: 1.2, p99Ms: 300, readsPerReturned: 10 };

const log = (message: string) => process.stderr.write(`${message}\n`);
const fmt = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const int = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const ops = (r: ProxyReading) => Object.entries(r.requests).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');

type Handler = ReturnType<typeof createHandler>;
type Answer = { data?: Record<string, unknown>; errors?: { message: string }[] };

/** Lambda would stop at 10 s; here the handler may run on, so a slow query is measured rather than cut (the tables flag it). */
const LAMBDA_TIMEOUT_MS = 10_000;
const patientContext = () => ({ ...lambdaContext(), getRemainingTimeInMillis: () => 3_600_000 });

const invoke = async (handler: Handler, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Answer> => {
  const result = (await handler(graphqlEvent({ query, variables }, token ? { Authorization: `Bearer ${token}` } : {}), patientContext())) as APIGatewayProxyResult | undefined;
  if (!result) throw new Error('no answer (the handler timed out)');
  const body = JSON.parse(result.body) as Answer;
  if (result.statusCode !== 200 || body.errors?.length || !body.data) throw new Error(`answers ${result.statusCode}: ${body.errors?.map((e) => e.message).join('; ') ?? result.body.slice(0, 300)}`);
  return body;
};

interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

/** Sequential samples after the warm-up the caller did: SAMPLES of them, or as many as fit in BUDGET_MS (at least one). */
const latency = async (run: () => Promise<unknown>): Promise<Latency> => {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < SAMPLES && (samples.length < 1 || performance.now() - started < BUDGET_MS)) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return { p50: median(samples), p99: percentile(samples, 99), n: samples.length };
};

interface QueryResult {
  readonly name: string;
  readonly goal: GrowthQuery['goal'];
  readonly floorCalls: string;
  readonly ours?: ProxyReading;
  readonly returned?: number;
  readonly latency?: Latency;
  readonly floor?: FloorReading;
  readonly why?: string;
}

interface WholeSnapshot {
  readonly pages: number;
  readonly records: number;
  readonly ours: ProxyReading;
  readonly ms: number;
  readonly floor: ProxyReading;
}

interface ScaleResult {
  readonly scale: number;
  readonly size: RegistrySize;
  readonly seedMs: number;
  readonly items: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly queries: QueryResult[];
  readonly snapshot?: WholeSnapshot;
}

interface World {
  readonly base: BaseWorld;
  readonly proxy: CountingProxy;
  readonly counted: Handler;
  readonly direct: Handler;
  readonly floorWorld: FloorWorld;
  close(): Promise<void>;
}

const openWorld = async (base: BaseWorld, jur: string): Promise<World> => {
  const proxy = await startProxy(base.endpoint);
  const counted = createHandler({ ...process.env, ...base.env, DYNAMODB_ENDPOINT: proxy.endpoint });
  const direct = createHandler({ ...process.env, ...base.env });
  const doc = createFloorClient(proxy.endpoint);
  const raw = new DynamoDBClient({ region: 'ap-southeast-1', endpoint: base.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return {
    base,
    proxy,
    counted,
    direct,
    floorWorld: { proxy, doc, raw, prefix: base.tablePrefix, jur },
    close: async () => {
      doc.destroy();
      raw.destroy();
      await proxy.close();
      await base.close();
    },
  };
};

const tokenFor = (world: World, caller: TokenClaims | null) => (caller ? world.base.token(caller) : Promise.resolve(undefined));

const measureQuery = async (world: World, q: GrowthQuery, fields: ReadonlySet<string>): Promise<QueryResult> => {
  const head = { name: q.name, goal: q.goal, floorCalls: q.floor };
  const missing = missingFields(q.needs, fields);
  if (missing.length) return { ...head, why: `not in the schema: ${missing.join(', ')}` };
  const token = await tokenFor(world, q.caller);
  try {
    // One warm-up (module graph, JWKS, connections), on the handler the latency is taken from.
    await invoke(world.direct, q.query, q.variables, token);
    const { result, reading } = await world.proxy.measure(() => invoke(world.counted, q.query, q.variables, token));
    const lat = await latency(() => invoke(world.direct, q.query, q.variables, token));
    const floor = await floorOf(world.floorWorld, q.name, result.data!);
    log(`  ${q.name}: ${reading.total} requests, ${reading.rcu} RCU, ${reading.itemsRead} items read for ${q.returned(result.data)}; p50 ${fmt(lat.p50)} p99 ${fmt(lat.p99)} ms (n ${lat.n}); floor ${floor.total} / ${floor.rcu} RCU`);
    return { ...head, ours: reading, returned: q.returned(result.data), latency: lat, floor };
  } catch (error) {
    log(`  ${q.name}: ${(error as Error).message}`);
    return { ...head, why: (error as Error).message.slice(0, 200) };
  }
};

type SnapshotPage = { records: { type: string; jurisdiction: string; id: string; version: number; deleted: boolean; data: unknown; index?: unknown }[]; endCursor: string | null; hasNextPage: boolean; feedCursor: string | null };

/** Every snapshot page of a jurisdiction, counted as one measurement; `onPage` runs outside it. */
const wholeSnapshot = async (world: World, jur: string, withIndex: boolean, onPage?: (page: SnapshotPage) => Promise<void>): Promise<WholeSnapshot> => {
  const token = await world.base.token(NATIONAL);
  let after: string | null = null;
  let pages = 0;
  let records = 0;
  let ours: ProxyReading = { requests: {}, total: 0, roundTrips: 0, rcu: 0, itemsRead: 0 };
  let floor: ProxyReading = { requests: {}, total: 0, roundTrips: 0, rcu: 0, itemsRead: 0 };
  let ms = 0;
  do {
    const t = performance.now();
    const { result, reading } = await world.proxy.measure(() => invoke(world.counted, snapshotQuery(withIndex), { jur, after }, token));
    ms += performance.now() - t;
    const page = result.data!.snapshot as SnapshotPage;
    ours = addReadings(ours, reading);
    floor = addReadings(floor, await snapshotPageFloor(world.floorWorld, page));
    pages += 1;
    records += page.records.length;
    if (onPage) await onPage(page);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return { pages, records, ours, ms, floor };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.FEED_SETTLE_MS ?? 1000) + 200));

const runScale = async (scale: number, fields: ReadonlySet<string>, withIndex: boolean): Promise<ScaleResult> => {
  const jur = '04';
  const size = times(ONE_X, scale);
  const loadBefore = load();
  log(`${scale}×: seeding ${recordsIn(size).toLocaleString('en-US')} records (${JSON.stringify(size)}) …`);
  const base = await startBase([jur]);
  const started = performance.now();
  const items = await seedRegistry(base, jur, size, [jur], (phase, ms) => log(`  ${phase}: ${(ms / 1000).toFixed(1)} s`));
  const seedMs = performance.now() - started;
  const world = await openWorld(base, jur);
  try {
    await settle();
    const queries: QueryResult[] = [];
    for (const q of growthQueries(jur, withIndex)) queries.push(await measureQuery(world, q, fields));
    let snapshot: WholeSnapshot | undefined;
    if (scale === 1 && fields.has('Query.snapshot')) {
      log('  whole snapshot …');
      try {
        snapshot = await wholeSnapshot(world, jur, withIndex);
        log(`  whole snapshot: ${snapshot.pages} pages, ${snapshot.records} records, ${snapshot.ours.total} requests, ${snapshot.ours.rcu} RCU, ${(snapshot.ms / 1000).toFixed(1)} s`);
      } catch (error) {
        log(`  whole snapshot: ${(error as Error).message}`);
      }
    }
    return { scale, size, seedMs, items, loadBefore, loadAfter: load(), queries, ...(snapshot ? { snapshot } : {}) };
  } finally {
    await world.close();
  }
};

// ---- 34 provinces ------------------------------------------------------------------------

interface ProvincesResult {
  readonly provinces: number;
  readonly size: RegistrySize;
  readonly seedMs: number;
  readonly summary?: QueryResult;
  readonly pull?: { records: number; pages: number; source: ProxyReading; target: ProxyReading; ms: number; floorReads: ProxyReading; why?: string };
  readonly pulledSummary?: QueryResult;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly why?: string;
}

const PULL_APPLY = 'mutation($input: PullApplyInput!) { pullApply(input: $input) { applied skipped userErrors { code message } } }';
/** Where the bench says its source lives, when the schema asks (pulls bound by PULL_SOURCES, run by a PULL_OPERATOR). */
const SOURCE = { name: 'bench-src', url: 'http://127.0.0.1/bench-src/graphql' };

const inputHas = (input: string, field: string): boolean => {
  const type = buildASTSchema(parse(readdirSync(path.join(ROOT, 'schema')).filter((f) => f.endsWith('.graphql')).map((f) => readFileSync(path.join(ROOT, 'schema', f), 'utf8')).join('\n')), { assumeValidSDL: true }).getType(input);
  return Boolean(type && 'getFields' in type && field in type.getFields());
};

const runProvinces = async (fields: ReadonlySet<string>, withIndex: boolean): Promise<ProvincesResult> => {
  const codes = allJurisdictions().map((j) => j.code).filter((c) => c !== 'VN').sort();
  const size = times(ONE_X, 1 / codes.length);
  const loadBefore = load();
  log(`34 provinces: ${codes.length} × ${recordsIn(size)} records (${JSON.stringify(size)}) …`);
  const base = await startBase(codes, 'src');
  const started = performance.now();
  for (const code of codes) await seedRegistry(base, code, size, codes);
  const seedMs = performance.now() - started;
  const world = await openWorld(base, codes[0]!);
  try {
    await settle();
    const [summaryQuery] = growthQueries(codes[0]!, withIndex).filter((q) => q.name.startsWith('nationalSummary'));
    const summary = await measureQuery(world, summaryQuery!, fields);
    if (!fields.has('Mutation.pullApply')) return { provinces: codes.length, size, seedMs, summary, loadBefore, loadAfter: load(), why: 'no pullApply in the schema' };

    // The national deployment: the same tables under another prefix, all 34 jurisdictions, through the same proxy.
    await ensureTables(base.endpoint, 'nat');
    const bound = inputHas('PullApplyInput', 'sourceUrl');
    const nationalEnv = {
      ...process.env,
      ...lambdaEnv({ tablePrefix: 'nat', endpoint: world.proxy.endpoint, jwksUrl: base.jwksUrl, jurisdictions: codes }),
      ...(bound ? { PULL_SOURCES: JSON.stringify([{ ...SOURCE, jurisdictions: codes }]) } : {}),
    };
    const national = createHandler(nationalEnv);
    const nationalDirect = createHandler({ ...nationalEnv, DYNAMODB_ENDPOINT: base.endpoint });
    const token = await base.token(bound ? { role: 'PULL_OPERATOR', jurisdictions: [] } : NATIONAL);
    let target: ProxyReading = { requests: {}, total: 0, roundTrips: 0, rcu: 0, itemsRead: 0 };
    let source: ProxyReading = { requests: {}, total: 0, roundTrips: 0, rcu: 0, itemsRead: 0 };
    let floorReads: ProxyReading = { requests: {}, total: 0, roundTrips: 0, rcu: 0, itemsRead: 0 };
    let records = 0;
    let pages = 0;
    let ms = 0;
    log('  national pull of 34 provinces …');
    for (const code of codes) {
      const snap = await wholeSnapshot({ ...world, floorWorld: { ...world.floorWorld, jur: code } }, code, withIndex, async (page) => {
        const t = performance.now();
        const { reading } = await world.proxy.measure(async () => {
          const answer = await invoke(national, PULL_APPLY, { input: { source: SOURCE.name, ...(bound ? { sourceUrl: SOURCE.url } : {}), jurisdiction: code, records: page.records, ...(page.hasNextPage || !page.feedCursor ? {} : { cursor: page.feedCursor }) } }, token);
          const errors = (answer.data!.pullApply as { userErrors: { message: string }[] }).userErrors;
          if (errors.length) throw new Error(`pullApply ${code}: ${errors.map((e) => e.message).join('; ')}`);
        });
        ms += performance.now() - t;
        target = addReadings(target, reading);
      });
      source = addReadings(source, snap.ours);
      floorReads = addReadings(floorReads, snap.floor);
      records += snap.records;
      pages += snap.pages;
      ms += snap.ms;
    }
    log(`  pulled ${records} records in ${pages} pages, ${(ms / 1000).toFixed(1)} s; source ${source.total} requests ${source.rcu} RCU; national ${target.total} requests ${target.rcu} RCU`);
    const nationalWorld: World = { ...world, counted: national, direct: nationalDirect, floorWorld: { ...world.floorWorld, prefix: 'nat' } };
    const pulledSummary = await measureQuery(nationalWorld, summaryQuery!, fields);
    return { provinces: codes.length, size, seedMs, summary, pull: { records, pages, source, target, ms, floorReads }, pulledSummary, loadBefore, loadAfter: load() };
  } catch (error) {
    log(`  34 provinces: ${(error as Error).message}`);
    return { provinces: codes.length, size, seedMs, loadBefore, loadAfter: load(), why: (error as Error).message.slice(0, 300) };
  } finally {
    await world.close();
  }
};

// ---- report --------------------------------------------------------------------------------

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const x = (r: number | undefined) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : '**missed**');

const scaleTable = (s: ScaleResult): string =>
  table(
    ['query', 'requests (by operation)', 'round trips', 'RCU', 'items read', 'returned', 'p50 ms', 'p99 ms (n)', 'floor: requests', 'floor RCU', 'floor items read', 'ours / floor RCU'],
    s.queries.map((q) =>
      q.ours && q.floor
        ? [
            `\`${q.name}\``,
            `${q.ours.total} (${ops(q.ours)})`,
            String(q.ours.roundTrips),
            fmt(q.ours.rcu),
            int(q.ours.itemsRead),
            int(q.returned),
            fmt(q.latency?.p50),
            `${fmt(q.latency?.p99)} (${q.latency?.n ?? 0})${(q.latency?.p99 ?? 0) > LAMBDA_TIMEOUT_MS ? ', past the 10 s Lambda timeout' : ''}`,
            `${q.floor.total} (${ops(q.floor)}; ${q.floor.how})`,
            fmt(q.floor.rcu),
            int(q.floor.itemsRead),
            x(ratio(q.ours.rcu, q.floor.rcu)),
          ]
        : [`\`${q.name}\``, `not measured: ${q.why ?? ''}`, '', '', '', '', '', '', '', '', '', ''],
    ),
  );

const growthTable = (small: ScaleResult, big: ScaleResult): string =>
  table(
    ['query', `RCU ${small.scale}× → ${big.scale}×`, `growth (goal ≤ ${GOALS.growth})`, `requests ${small.scale}× → ${big.scale}×`, `p99 ms at ${big.scale}× (goal < ${GOALS.p99Ms})`, `items read / returned at ${big.scale}× (goal ≤ ${GOALS.readsPerReturned})`, `floor RCU ${small.scale}× → ${big.scale}×`],
    small.queries.map((a) => {
      const b = big.queries.find((q) => q.name === a.name);
      if (!a.ours || !b?.ours) return [`\`${a.name}\``, `not measured: ${a.why ?? b?.why ?? ''}`, '', '', '', '', ''];
      const growth = ratio(b.ours.rcu, a.ours.rcu) ?? (b.ours.rcu === 0 ? 1 : undefined);
      const perReturned = ratio(b.ours.itemsRead, Math.max(1, b.returned ?? 0));
      return [
        `\`${a.name}\``,
        `${fmt(a.ours.rcu)} → ${fmt(b.ours.rcu)}`,
        `${x(growth)} ${verdict(growth === undefined ? undefined : growth <= GOALS.growth)}`,
        `${a.ours.total} → ${b.ours.total}`,
        `${fmt(b.latency?.p99)} ${verdict(b.latency ? b.latency.p99 < GOALS.p99Ms : undefined)}`,
        `${int(b.ours.itemsRead)} / ${int(b.returned)} = ${fmt(perReturned)} ${verdict(perReturned === undefined ? undefined : perReturned <= GOALS.readsPerReturned)}`,
        `${fmt(a.floor?.rcu)} → ${fmt(b.floor?.rcu)}`,
      ];
    }),
  );

const machine = () => `${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores (nproc), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform} ${release()}`;

const main = async () => {
  const started = Date.now();
  const fields = schemaFields();
  const withIndex = fields.has('ExchangeRecord.index');
  const header = `Machine: ${machine()}; load average ${load()} at the start; ${new Date().toISOString()}.`;
  log(header);
  const scales: ScaleResult[] = [];
  for (const scale of SCALES) scales.push(await runScale(scale, fields, withIndex));
  const provinces = PROVINCES ? await runProvinces(fields, withIndex) : undefined;

  const md: string[] = [header, ''];
  for (const s of scales) {
    md.push(
      `#### ${s.scale}× (${s.size.startups.toLocaleString('en-US')} startups, ${s.size.mentors.toLocaleString('en-US')} mentors, ${s.size.mentorships.toLocaleString('en-US')} mentorships, ${s.size.plans} plans × ${s.size.tasksPerPlan} tasks; ${s.items.toLocaleString('en-US')} items written in ${(s.seedMs / 1000).toFixed(0)} s; load ${s.loadBefore} → ${s.loadAfter})`,
      '',
      scaleTable(s),
      '',
    );
    if (s.snapshot) {
      const w = s.snapshot;
      md.push(
        `Whole snapshot at ${s.scale}×: ${w.pages} pages, ${w.records.toLocaleString('en-US')} records: ours ${w.ours.total.toLocaleString('en-US')} requests (${ops(w.ours)}), ${fmt(w.ours.rcu)} RCU, ${int(w.ours.itemsRead)} items read, ${(w.ms / 1000).toFixed(1)} s; floor ${w.floor.total} Queries, ${fmt(w.floor.rcu)} RCU (${x(ratio(w.ours.rcu, w.floor.rcu))}); ${fmt(w.ours.rcu / Math.max(1, w.records), 3)} RCU and ${fmt(w.ours.total / Math.max(1, w.records), 3)} requests per record.`,
        '',
      );
    }
  }
  const small = scales.find((s) => s.scale === 1);
  const big = scales.find((s) => s.scale === 10);
  if (small && big) md.push(`#### Growth, 1× → 10×`, '', growthTable(small, big), '');
  if (provinces) {
    const p = provinces;
    md.push(`#### 34 provinces at 1/34 of the 1× registry each (${p.size.startups} startups, ${p.size.mentors} mentors, ${p.size.mentorships} mentorships, ${p.size.plans} plan × ${p.size.tasksPerPlan} tasks per province; seeded in ${(p.seedMs / 1000).toFixed(0)} s; load ${p.loadBefore} → ${p.loadAfter})`, '');
    const row = (label: string, q: QueryResult | undefined) =>
      q?.ours && q.floor
        ? [label, `${q.ours.total} (${ops(q.ours)})`, fmt(q.ours.rcu), int(q.ours.itemsRead), int(q.returned), fmt(q.latency?.p50), `${fmt(q.latency?.p99)} (${q.latency?.n})`, `${q.floor.total} (${ops(q.floor)}; ${q.floor.how})`, fmt(q.floor.rcu)]
        : [label, `not measured: ${q?.why ?? p.why ?? ''}`, '', '', '', '', '', '', ''];
    md.push(
      table(['query', 'requests', 'RCU', 'items read', 'returned', 'p50 ms', 'p99 ms (n)', 'floor: requests', 'floor RCU'], [
        row('`nationalSummary` (anonymous), the 34 provinces\' own deployment', p.summary),
        row('`nationalSummary` (anonymous), the national deployment after the pull', p.pulledSummary),
      ]),
      '',
    );
    if (p.pull) {
      const u = p.pull;
      md.push(
        `National pull of the 34 provinces (snapshot page by page → \`pullApply\` of each page): ${u.records.toLocaleString('en-US')} records in ${u.pages} pages, ${(u.ms / 1000).toFixed(1)} s. ` +
          `Source reads: ${u.source.total.toLocaleString('en-US')} requests (${ops(u.source)}), ${fmt(u.source.rcu)} RCU; floor ${u.floorReads.total} Queries, ${fmt(u.floorReads.rcu)} RCU (${x(ratio(u.source.rcu, u.floorReads.rcu))}). ` +
          `National side: ${u.target.total.toLocaleString('en-US')} requests (${ops(u.target)}), ${fmt(u.target.rcu)} RCU; floor ${Math.ceil(u.records / 25)} BatchWriteItem (${u.records.toLocaleString('en-US')} item writes), 0 RCU. ` +
          `Per record: ${fmt((u.source.total + u.target.total) / Math.max(1, u.records), 2)} requests, ${fmt((u.source.rcu + u.target.rcu) / Math.max(1, u.records), 3)} RCU.`,
        '',
      );
    } else if (p.why) md.push(`National pull: not measured (${p.why}).`, '');
  }
  md.push(`Run took ${Math.round((Date.now() - started) / 1000)} s; load average ${load()} at the end.`, '');
  const text = md.join('\n');
  process.stdout.write(`${text}\n`);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'growth.md'), text);
  writeFileSync(path.join(dir, 'growth.json'), `${JSON.stringify({ scales, provinces, settings: { samples: SAMPLES, budgetMs: BUDGET_MS } }, null, 2)}\n`);
};

await main();
process.exit(0);
