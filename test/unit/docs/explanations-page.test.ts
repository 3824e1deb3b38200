import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLANATION_CODES } from '../../../functions/domain/text/explanations';
import { explanationsPage } from '../../../scripts/lib/explanations-page';

const FILE = path.resolve(__dirname, '..', '..', '..', 'docs', 'explanations.md');

/** docs/explanations.md is the catalogue clients build from; it must say what the API says. */
describe('docs/explanations.md', () => {
  it('is what `npm run docs:explanations` writes from the catalogue today', () => {
    expect(readFileSync(FILE, 'utf8'), 'stale: run npm run docs:explanations').toBe(explanationsPage());
  });

  it('lists every code exactly once, each under a group', () => {
    const rows = explanationsPage().split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => r.slice(3, r.indexOf('`', 3)))).toEqual(EXPLANATION_CODES);
  });
});
