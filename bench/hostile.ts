/**
 * `npm run bench:hostile`: the public API against a hostile caller, on the local server as
 * `npm start` runs it (one process, the embedded database in it).
 *
 * 1. Seeds a dense registry: 10 mentors × 20 startups, every startup paired with every mentor.
 * 2. Sends issue 14's red-team query and prints its answer and time.
 * 3. Runs the worst query the limits accept, 5 times in a row, while a second client sends
 *    `{ __typename }` one after another; prints that client's latency meanwhile (goal < 100 ms).
 * 4. Compares a refused request (a made-up key with a heavy query: 401; a key over its
 *    quota: 429) with `{ __typename }`, 200 requests each.
 * Prints a Markdown section for bench/README.md. Not a test: times depend on the machine.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { startLocalServer } from '../test/helpers/local-server';
import { ensureLocalKeys, signLocalToken } from '../scripts/lib/local-keys';
import { median, percentile } from './load';

const MENTORS = 10;
const STARTUPS = 20;

const server = await startLocalServer({ SEED: 'none', EXPLORER: 'off', QUOTA_ANONYMOUS_PER_MINUTE: '0' });
const admin = await signLocalToken(await ensureLocalKeys(server.dataDir), { role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });

const post = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  return { status: res.status, text, bytes: text.length, ms: performance.now() - started };
};
const asAdmin = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
  const res = await post(query, variables, { authorization: `Bearer ${admin}` });
  const body = JSON.parse(res.text) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`seed failed: ${res.text}`);
  return body.data;
};

try {
  // 1. The dense registry.
  const mentorIds: string[] = [];
  for (let i = 0; i < MENTORS; i++) {
    const out = await asAdmin<{ mentorCreate: { mentor: { id: string } } }>(
      'mutation($input: MentorCreateInput!) { mentorCreate(input: $input) { mentor { id } userErrors { code message } } }',
      { input: { jurisdiction: '04', name: `Chuyên gia ${i + 1}`, capacity: STARTUPS, expertise: ['Chuyển đổi số'] } },
    );
    mentorIds.push(out.mentorCreate.mentor.id);
  }
  for (let s = 0; s < STARTUPS; s++) {
    const out = await asAdmin<{ startupCreate: { startup: { id: string } } }>(
      'mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code message } } }',
      { input: { jurisdiction: '04', name: `Khởi nghiệp số ${s + 1}`, stage: 'PROJECT', description: 'Dự án khởi nghiệp đổi mới sáng tạo '.repeat(4) } },
    );
    for (const mentor of mentorIds) {
      await asAdmin('mutation($input: MentorshipStartInput!) { mentorshipStart(input: $input) { mentorship { id } userErrors { code message } } }', {
        input: { startup: out.startupCreate.startup.id, mentor, from: '2026-01-05' },
      });
    }
  }

  // 2. The red-team query of issue 14.1.
  const redTeam = '{ startups { nodes { name mentors { nodes { name startups { nodes { name mentors { nodes { name startups { nodes { name } } } } } } } } } } }';
  const red = await post(redTeam);

  // 3. The worst accepted query (cost 24,661: 20 + 200 + 4,000 + 4,000 objects = 8,220 records) against a second client.
  const worst = '{ startups(first: 20) { nodes { name mentors(first: 10) { nodes { name startups(first: 20) { nodes { name mentors(first: 1) { nodes { name } } } } } } } } }';
  const typename = '{ __typename }';
  for (let i = 0; i < 20; i++) await post(typename); // warm
  const idle: number[] = [];
  for (let i = 0; i < 100; i++) idle.push((await post(typename)).ms);
  let running = true;
  const meanwhile: number[] = [];
  const second = (async () => {
    while (running) meanwhile.push((await post(typename)).ms);
  })();
  const worstRuns: { status: number; bytes: number; ms: number; text: string }[] = [];
  for (let i = 0; i < 5; i++) worstRuns.push(await post(worst));
  running = false;
  await second;

  // 4. What a refused request costs.
  const key = (await asAdmin<{ apiKeyCreate: { secret: string } }>('mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }', {
    input: { jurisdiction: '04', name: 'bench', quotaPerMinute: 1 },
  })).apiKeyCreate.secret;
  await post(typename, {}, { 'x-api-key': key }); // its one request this minute
  const sample = async (query: string, headers: Record<string, string>, status: number) => {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await post(query, {}, headers);
      if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text.slice(0, 200)}`);
      times.push(res.ms);
    }
    return times;
  };
  const plain = await sample(typename, {}, 200);
  const garbage = await sample(worst, { 'x-api-key': `eg_04_0123456789ab_${'A'.repeat(32)}` }, 401);
  const overQuota = await sample(worst, { 'x-api-key': key }, 429);

  const f = (n: number) => n.toFixed(1);
  const row = (name: string, t: number[]) => `| ${name} | ${t.length} | ${f(median(t))} | ${f(percentile(t, 99))} | ${f(Math.max(...t))} |`;
  const worstBody = JSON.parse(worstRuns[0]!.text) as { errors?: { extensions?: { code?: string } }[] };
  const redBody = JSON.parse(red.text) as { errors?: { message: string }[] };
  console.log(`### Hostile callers (\`npm run bench:hostile\`)

Machine: ${cpus()[0]?.model.trim() ?? 'unknown'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${new Date().toISOString()}.
The local server as \`npm start\` runs it (one process, dynalite in a worker thread of it), \`SEED=none\`, then ${MENTORS} mentors × ${STARTUPS} startups, every pair a mentorship.

| request | status | answer | ms |
|---|---|---|---|
| issue 14's red-team query (lists without \`first\`) | ${red.status} | ${redBody.errors?.[0]?.message ?? 'data'} | ${f(red.ms)} |
${worstRuns.map((r, i) => `| worst accepted query, run ${i + 1} (cost 24,661; ${r.bytes} bytes) | ${r.status} | ${r.status === 200 ? '8,220 records' : (worstBody.errors?.[0]?.extensions?.code ?? '')} | ${f(r.ms)} |`).join('\n')}

\`{ __typename }\` from a second client (ms):

| while | requests | p50 | p99 | max |
|---|---|---|---|---|
${row('idle', idle)}
${row('the worst accepted query runs (5 times in a row)', meanwhile)}

A refused request against \`{ __typename }\` (ms, sequential):

| request | requests | p50 | p99 | max |
|---|---|---|---|---|
${row('`{ __typename }`, anonymous', plain)}
${row('worst query with a made-up key → 401', garbage)}
${row('worst query with a key over its quota → 429', overQuota)}
`);
} finally {
  await server.stop();
}
