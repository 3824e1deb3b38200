import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalKeys, signLocalToken, type TokenClaims } from '../../scripts/lib/local-keys';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/**
 * National aggregation end to end on loopback: two provincial servers (SEED=04, SEED=24)
 * and one national server (nothing seeded), `npm run pull` between them, then
 * nationalSummary; a later change in one province arrives with the next pull, alone.
 */
const SETTLE_MS = '1000';
let cao: LocalServer;
let bac: LocalServer;
let nat: LocalServer;
const tokenFor = async (server: LocalServer, claims: TokenClaims) => signLocalToken(await ensureLocalKeys(server.dataDir), claims);

const gql = async <T>(server: LocalServer, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string }[] }> => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
};

const runPull = (config: string): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pull.ts', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

const taken = (stdout: string, source: string): number => Number(new RegExp(`^${source}: took (\\d+) records`, 'm').exec(stdout)?.[1] ?? NaN);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SUMMARY = `query { nationalSummary(asOf: "2026-12-31") { asOf jurisdictions { jurisdiction { code name } pulledFrom startups eligibleStartups incubators mentors investments investmentAmount { amount currency } supportGrants supportGrantAmount { amount } plans { plan { number } statusCounts { status count } indicators { indicator { code } progress { overall } } } } } }`;
interface Summary { nationalSummary: { jurisdictions: { jurisdiction: { code: string; name: string }; pulledFrom: string | null; startups: number; eligibleStartups: number; incubators: number; mentors: number; plans: { plan: { number: string }; indicators: unknown[] }[] }[] } }

let config: string;
beforeAll(async () => {
  const env = { EXPLORER: 'off', FEED_SETTLE_MS: SETTLE_MS };
  // One at a time: each starts its own dynalite on a free port.
  cao = await startLocalServer({ ...env, SEED: '04' });
  bac = await startLocalServer({ ...env, SEED: '24' });
  // The national deployment binds each jurisdiction to its source (name and URL) in its own configuration.
  const sources = [
    { name: 'cao-bang', url: `${cao.url}/graphql`, jurisdictions: ['04'] },
    { name: 'bac-ninh', url: `${bac.url}/graphql`, jurisdictions: ['24'] },
  ];
  nat = await startLocalServer({ ...env, SEED: 'none', PULL_SOURCES: JSON.stringify(sources) });
  const dir = mkdtempSync(path.join(tmpdir(), 'eg-pull-'));
  config = path.join(dir, 'pull.json');
  writeFileSync(
    config,
    JSON.stringify({
      target: { url: `${nat.url}/graphql`, token: await tokenFor(nat, { role: 'PULL_OPERATOR', jurisdictions: [] }) },
      sources: [
        { ...sources[0], token: await tokenFor(cao, { role: 'NATIONAL', jurisdictions: [] }) },
        { ...sources[1], token: await tokenFor(bac, { role: 'NATIONAL', jurisdictions: [] }) },
      ],
    }),
  );
}, 120_000);
afterAll(async () => {
  await Promise.all([cao, bac, nat].filter(Boolean).map((s) => s.stop()));
});

describe('national aggregation', () => {
  it('pulls both provinces, compares them, and takes only new changes afterwards', async () => {
    // Act: the first pull (snapshots, then changes).
    const first = await runPull(config);

    // Assess
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const fromCao = taken(first.stdout, 'cao-bang');
    const fromBac = taken(first.stdout, 'bac-ninh');
    expect(fromCao).toBeGreaterThan(10);
    expect(fromBac).toBeGreaterThan(30);
    const summary = (await gql<Summary>(nat, SUMMARY, {})).data!.nationalSummary;
    const byCode = new Map(summary.jurisdictions.map((j) => [j.jurisdiction.code, j]));
    expect(byCode.get('04')!.pulledFrom).toBe('cao-bang');
    expect(byCode.get('24')!.pulledFrom).toBe('bac-ninh');
    expect(byCode.get('04')!.plans.map((p) => p.plan.number)).toEqual(['523/KH-UBND']);
    expect(byCode.get('24')!.plans.map((p) => p.plan.number)).toEqual(['151/KH-UBND']);
    expect(byCode.get('24')!.plans[0]!.indicators.length).toBeGreaterThanOrEqual(15);

    // Act: a second pull with nothing new (after the settle window).
    await sleep(Number(SETTLE_MS) + 200);
    const second = await runPull(config);
    // Assess
    expect([taken(second.stdout, 'cao-bang'), taken(second.stdout, 'bac-ninh')]).toEqual([0, 0]);

    // Prepare: a change in Cao Bằng.
    const admin04 = await tokenFor(cao, { role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const created = await gql<{ startupCreate: { userErrors: unknown[] } }>(
      cao,
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code message } } }`,
      { input: { jurisdiction: '04', name: 'HTX Trà Hoa Vàng', stage: 'STARTUP', firstRegisteredOn: '2025-05-05', founders: [{ name: 'Nông Thị Mai', phone: '0911222333', woman: true, youth: true }] } },
      admin04,
    );
    expect(created.data?.startupCreate.userErrors).toEqual([]);
    const startupsBefore = byCode.get('04')!.startups;

    // Act
    const third = await runPull(config);

    // Assess: only that change, and it is there without the founder's phone.
    expect([taken(third.stdout, 'cao-bang'), taken(third.stdout, 'bac-ninh')]).toEqual([1, 0]);
    const after = (await gql<Summary>(nat, SUMMARY, {})).data!.nationalSummary.jurisdictions.find((j) => j.jurisdiction.code === '04')!;
    expect(after.startups).toBe(startupsBefore + 1);
    expect(after.eligibleStartups).toBeGreaterThanOrEqual(1);
    const founders = await gql<{ startups: { nodes: { name: string; founders: { name: string; phone: string | null }[] }[] } }>(
      nat,
      `{ startups(first: 100, filter: { jurisdiction: "04", search: "Trà Hoa Vàng" }) { nodes { name founders { name } } } }`,
      {},
    );
    expect(founders.data?.startups.nodes.map((n) => n.founders[0]?.name)).toEqual(['Nông Thị Mai']);
    console.log(`national pull: first took ${fromCao} (04) + ${fromBac} (24) records; second 0 + 0; after one change 1 + 0`);
  }, 180_000);

  it('refuses users’ changes to a pulled jurisdiction on the national deployment', async () => {
    // Prepare
    const admin04 = await tokenFor(nat, { role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });

    // Act
    const res = await gql<{ startupCreate: { startup: unknown; userErrors: { code: string }[] } }>(
      nat,
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code message } } }`,
      { input: { jurisdiction: '04', name: 'Không được', stage: 'PROJECT' } },
      admin04,
    );

    // Assess
    expect(res.data?.startupCreate.startup).toBeNull();
    expect(res.data?.startupCreate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });
});
