import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerExamples } from '../../functions/explorer/examples';
import { CHROMIUM, chromiumArgs, hasChromium } from '../helpers/chromium';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/** Opening the local server's /explorer in headless Chromium shows GraphiQL with the schema's docs loaded. */
let server: LocalServer;
beforeAll(async () => {
  if (hasChromium) server = await startLocalServer({ SEED: '04' });
}, 90_000);
afterAll(async () => server?.stop());

describe.skipIf(!hasChromium)('explorer', () => {
  it('shows the IDE with the schema documentation and the example tabs, with no request leaving the machine', async () => {
    // Prepare
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    try {
      // Act
      await page.goto(`${server.url}/explorer`);
      await page.getByText('Root Types').waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
      await page.getByText('Any object by its global ID').first().waitFor({ timeout: 10_000 });
      const tabs = await page.locator('.graphiql-tab').count();
      mkdirSync('test-output', { recursive: true });
      await page.screenshot({ path: path.join('test-output', 'explorer.png') });
      // Assess
      expect(tabs).toBe(explorerExamples.length);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('answers every example query without errors', async () => {
    for (const example of explorerExamples) {
      // Act
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: example.variables ? JSON.parse(example.variables) : undefined }),
      });
      const body = (await response.json()) as { errors?: unknown };
      // Assess
      expect(body.errors, example.name).toBeUndefined();
    }
  });
});
