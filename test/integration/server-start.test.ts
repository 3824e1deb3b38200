import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueTablePrefix } from '../helpers/table-prefix';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/**
 * How `npm start` refuses what would lose or half-start a database (issue 15.6): a second
 * server or a `--reset` on a folder in use, and a busy port.
 */
const runServe = (env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...args], {
      env: { ...process.env, EXPLORER: 'off', SEED: 'none', TABLE_PREFIX: uniqueTablePrefix(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    // A server that starts instead of refusing would never exit: stop it once it says ready.
    child.stdout.on('data', () => output.includes('ready at') && child.kill('SIGTERM'));
    child.on('exit', (code) => resolve({ code, output }));
  });

const plans = async (server: LocalServer): Promise<number> => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ plans(first: 5) { nodes { id } } }' }),
  });
  const body = (await res.json()) as { data?: { plans: { nodes: unknown[] } } };
  return body.data?.plans.nodes.length ?? -1;
};

describe('starting the local server', () => {
  let first: LocalServer;
  beforeAll(async () => {
    first = await startLocalServer({ SEED: '04', EXPLORER: 'off' });
  });
  afterAll(async () => first.stop());

  it('a second server on the same DATA_DIR refuses, naming the folder, the other process and how to choose another', async () => {
    // Act
    const second = await runServe({ DATA_DIR: first.dataDir, PORT: '0' });
    // Assert
    expect(second.code).toBe(1);
    expect(second.output).toContain(`${first.dataDir} is in use by another server (pid `);
    expect(second.output).toContain('DATA_DIR=');
    expect(second.output).not.toContain('Database is closed');
    expect(await plans(first)).toBe(1);
  });

  it('--reset on a folder in use refuses and leaves the running server its data', async () => {
    // Act
    const reset = await runServe({ DATA_DIR: first.dataDir, PORT: '0' }, ['--reset']);
    // Assert
    expect(reset.code).toBe(1);
    expect(reset.output).toContain(`Not reset: ${first.dataDir} is in use`);
    expect(await plans(first)).toBe(1);
  });
});

describe('--reset means empty and stays empty', () => {
  it('a plain start after a reset seeds nothing; SEED given loads its plans again', async () => {
    // Prepare: one folder (and, over an external endpoint, one table prefix) for every start
    const shared = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'eg-reset-')), TABLE_PREFIX: uniqueTablePrefix(), EXPLORER: 'off' };
    const seeded = await startLocalServer({ ...shared, SEED: '04' });
    expect(await plans(seeded)).toBe(1);
    await seeded.stop();
    // Act
    const reset = await runServe({ ...shared, PORT: '0', SEED: undefined as unknown as string }, ['--reset']);
    const plain = await startLocalServer(shared);
    const plainCount = await plans(plain);
    await plain.stop();
    const withSeed = await startLocalServer({ ...shared, SEED: '04' });
    const withSeedCount = await plans(withSeed);
    await withSeed.stop();
    // Assert
    expect(reset.output).toContain('started empty');
    expect(plainCount).toBe(0);
    expect(withSeedCount).toBe(1);
  }, 180_000); // four server starts in a row
});

describe('a busy port', () => {
  let taken: Server;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
  });
  afterAll(async () => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('says the port is in use and names PORT', async () => {
    // Prepare
    const { port } = taken.address() as AddressInfo;
    // Act
    const run = await runServe({ PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'eg-port-')) });
    // Assert
    expect(run.code).toBe(1);
    expect(run.output).toContain(`port ${port} is already in use`);
    expect(run.output).toContain('PORT=');
  });
});
