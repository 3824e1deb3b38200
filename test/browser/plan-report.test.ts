import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../scripts/lib/xlsx';
import { CHROMIUM, chromiumArgs, hasChromium } from '../helpers/chromium';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/**
 * `npm run report` against a local server (SEED=24) writes HTML, Markdown and XLSX; the
 * HTML page renders in headless Chromium with its 15 annex rows and charts (screenshot kept
 * in test-output/plan-report.png).
 */
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ SEED: '24', EXPLORER: 'off' });
}, 90_000);
afterAll(async () => server?.stop());

const report = (format: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/report.ts', '--jurisdiction', '24', '--plan', '151/KH-UBND', '--as-of', '2026-12-31', '--format', format, '--url', `${server.url}/graphql`, '--out', out],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

const html = path.join('test-output', 'plan-report.html');

describe('the report command', () => {
  it('writes the HTML, Markdown and XLSX reports and prints only the file name', async () => {
    // Prepare
    mkdirSync('test-output', { recursive: true });

    // Act
    const results = await Promise.all([report('html', html), report('md', path.join('test-output', 'plan-report.md')), report('xlsx', path.join('test-output', 'plan-report.xlsx'))]);

    // Assess
    expect(results.map((r) => [r.code, r.stderr])).toEqual([[0, ''], [0, ''], [0, '']]);
    expect(results[0]!.stdout).toBe(`${html}\n`);
    const page = readFileSync(html, 'utf8');
    expect(new Set([...page.matchAll(/data-indicator="(\d+)"/g)].map((m) => m[1])).size).toBe(15);
    const annex = readXlsx(readFileSync(path.join('test-output', 'plan-report.xlsx'))).get('Phụ lục chỉ tiêu')!;
    expect(annex.get('A1')).toBe('STT');
    expect(readFileSync(path.join('test-output', 'plan-report.md'), 'utf8')).toContain('Báo cáo kết quả thực hiện');
  }, 60_000);

  it.skipIf(!hasChromium)('renders in headless Chromium with every indicator, status and chart', async () => {
    // Prepare
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    try {
      // Act
      await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
      const rows = await page.locator('tr[data-indicator]').count();
      const charts = await page.locator('figure svg polyline').count();
      const statuses = await page.locator('tr[data-indicator] .st').count();
      const chartBox = await page.locator('figure svg').first().boundingBox();
      await page.screenshot({ path: path.join('test-output', 'plan-report.png'), fullPage: true });

      // Assess
      expect(rows).toBeGreaterThanOrEqual(15);
      expect(charts).toBeGreaterThanOrEqual(10);
      expect(statuses).toBeGreaterThanOrEqual(15 * 2);
      expect(chartBox!.width).toBeGreaterThan(300);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
