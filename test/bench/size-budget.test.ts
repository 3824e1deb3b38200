import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda, ESM_REQUIRE_BANNER, HANDLER_ENTRY, lambdaBuildOptions, ROOT, type BundleSize } from '../../bench/bundle';
import { checkSize, readBudget, type SizeBudget } from '../../bench/size-check';
import { BUNDLE_ALIASES } from '../../infra/constructs/bundling';

/**
 * The size budget in CI: the bundled GraphQL handler (built as a deployment builds it) must
 * stay within bench/size-budget.json — this suite fails the build when it does not — and
 * the check itself fails over a tiny budget and passes under a large one, exit codes included.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'eg-size-test-'));
let size: BundleSize;
const budget: SizeBudget = readBudget(path.join(ROOT, 'bench', 'size-budget.json'));

const runSize = (budgetFile: string): Promise<{ code: number | null; out: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/size.ts', '--budget', budgetFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });

beforeAll(async () => {
  size = await bundleLambda(HANDLER_ENTRY, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('handler size budget', () => {
  it('the GraphQL handler bundle is within bench/size-budget.json', () => {
    const verdict = checkSize(size, budget);
    expect(verdict.ok, verdict.message).toBe(true);
  });

  it('fails over a tiny budget and passes under a large one', () => {
    const tiny = checkSize(size, { ...budget, limitBytes: 1024 });
    expect(tiny.ok).toBe(false);
    expect(tiny.message).toMatch(/OVER by [\d,]+ B/);
    expect(checkSize(size, { ...budget, limitBytes: 100 * 2 ** 20 }).ok).toBe(true);
    expect(checkSize(size, { ...budget, limitBytes: size.bytes }).ok).toBe(true);
    expect(checkSize(size, { ...budget, limitBytes: size.bytes - 1 }).ok).toBe(false);
  });

  it('`npm run size` exits 1 over budget and 0 within it', async () => {
    const tinyFile = path.join(dir, 'tiny.json');
    const largeFile = path.join(dir, 'large.json');
    writeFileSync(tinyFile, JSON.stringify({ ...budget, limitBytes: 1024 }));
    writeFileSync(largeFile, JSON.stringify({ ...budget, limitBytes: 100 * 2 ** 20 }));
    const [over, within] = await Promise.all([runSize(tinyFile), runSize(largeFile)]);
    expect(over.code, over.out).toBe(1);
    expect(over.out).toMatch(/OVER by/);
    expect(within.code, within.out).toBe(0);
    expect(within.out).toMatch(/within/);
  });

  it('bundles with the options of the CDK construct, so the size is a deployment’s', () => {
    // The GraphQL construct bundles with the stack's shared ESM options (infra/constructs/bundling.ts).
    expect(readFileSync(path.join(ROOT, 'infra', 'constructs', 'graphql-api.ts'), 'utf8')).toContain('bundling: esmBundling(');
    const construct = readFileSync(path.join(ROOT, 'infra', 'constructs', 'bundling.ts'), 'utf8');
    expect(construct).toContain(ESM_REQUIRE_BANNER);
    for (const setting of [
      "format: OutputFormat.ESM",
      "target: 'node22'",
      "platform: 'node'",
      "mainFields: ['module', 'main']",
      'minify: true',
      'bundleAwsSDK: true',
      'externalModules: []',
      "define: { 'process.env.EG_SCHEMA': JSON.stringify(options.leanSchema ? 'lean' : 'full') }",
      'esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, to]))',
    ]) {
      expect(construct).toContain(setting);
    }
    // The bench measures a production stage: the construct's resolve rules and the lean schema.
    const options = lambdaBuildOptions(HANDLER_ENTRY, 'x.mjs');
    expect(options).toMatchObject({
      bundle: true,
      format: 'esm',
      target: 'node22',
      platform: 'node',
      minify: true,
      mainFields: ['module', 'main'],
      external: [],
      banner: { js: ESM_REQUIRE_BANNER },
      alias: BUNDLE_ALIASES,
      define: { 'process.env.EG_SCHEMA': '"lean"' },
    });
    expect(readFileSync(path.join(ROOT, 'infra', 'stack.ts'), 'utf8')).toContain('functions/graphql/handler.ts');
  });
});
