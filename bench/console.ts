/**
 * `npm run bench:console`: the time to a rendered plan page in Debian's Chromium against the
 * local server (`npm start` on a fresh data folder, both plans), printed beside the API's own
 * time for the same GraphQL query, and the JavaScript the page loaded (gzip).
 *
 * "Rendered" = the plan's task rows and at least one indicator chart are in the page. Cold: a
 * new browser context each time (nothing cached); warm: the same page navigated again. The
 * API time is the console's own ConsolePlan query sent with fetch. Not a test: times depend on
 * the machine; it prints a Markdown section and writes bench/results/console.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import { chromium } from 'playwright-core';
import { ensureWebBuilt } from '../scripts/lib/build-web';
import { CHROMIUM, chromiumArgs } from '../test/helpers/chromium';
import { startLocalServer } from '../test/helpers/local-server';
import { ConsolePlanDocument, ConsolePlansDocument } from '../web/src/gql/graphql';
import { median, percentile } from './load';

const RUNS = Number(process.env.RUNS ?? 15);

await ensureWebBuilt();
const server = await startLocalServer({ SEED: '04,24', EXPLORER: 'off', QUOTA_ANONYMOUS_PER_MINUTE: '0' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const base = server.url.replace('127.0.0.1', 'localhost');

const api = async (query: string, variables: Record<string, unknown>) => {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body).slice(0, 300));
  return { ms: performance.now() - started, data: body.data };
};
const stats = (xs: number[]) => `${median(xs).toFixed(0)} / ${percentile(xs, 99).toFixed(0)}`;

try {
  const plans = ((await api(print(ConsolePlansDocument), {})).data as { plans: { nodes: { id: string; number: string }[] } }).plans.nodes;
  const rows: string[] = [];
  for (const plan of plans) {
    const path = `/plans/${encodeURIComponent(plan.id)}`;
    const apiTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) apiTimes.push((await api(print(ConsolePlanDocument), { id: plan.id })).ms);
    const cold: number[] = [];
    const warm: number[] = [];
    let jsGzip = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      if (i === 0) page.on('response', (r) => { if (r.url().endsWith('.js')) scripts.push(r.body().then((b) => gzipSync(b).length)); });
      const started = performance.now();
      await page.goto(`${base}${path}`);
      await page.locator('tr[data-task]').first().waitFor();
      await page.locator('[data-indicator] svg').first().waitFor();
      cold.push(performance.now() - started);
      if (i === 0) jsGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      const again = performance.now();
      await page.goto(`${base}${path}`);
      await page.locator('tr[data-task]').first().waitFor();
      await page.locator('[data-indicator] svg').first().waitFor();
      warm.push(performance.now() - again);
      await context.close();
    }
    rows.push(`| ${plan.number} | ${stats(apiTimes)} | ${stats(cold)} | ${stats(warm)} | ${(jsGzip / 1024).toFixed(0)} KB |`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const md = [
    `## Console: time to a rendered plan page (${new Date().toISOString().slice(0, 10)}, ${machine}, ${RUNS} runs each)`,
    '',
    'ms, p50 / p99. API = the page\'s ConsolePlan query alone (fetch, local server, dynalite); cold = a new browser context (HTML, JS, font, then the query); warm = the page loaded again in the same context.',
    '',
    '| plan | API query | page, cold | page, warm | JS loaded (gzip) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  console.log(md);
  writeFileSync('bench/results/console.md', md);
} finally {
  await browser.close();
  await server.stop();
}
