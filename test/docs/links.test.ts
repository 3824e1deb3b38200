import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is a front door (issue 17): small, and every way out of it leads somewhere. Each
 * relative link of the README and docs/ names a file that exists and, with a #fragment, a
 * heading in it; every `npm run` script the README names exists in package.json.
 */
const README_MAX_BYTES = 15_000;
const pages = ['README.md', 'bench/README.md', 'test/security/README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const withoutCode = (text: string): string => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
const anchorsOf = (file: string): Set<string> => {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
};

const links = pages.flatMap((page) =>
  [...withoutCode(readFileSync(page, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => ({ page, target })),
);

describe('documentation links', () => {
  it('finds relative links to check', () => {
    expect(links.length).toBeGreaterThan(30);
  });

  it.each(links.map((l) => [l.page, l.target] as const))('%s → %s exists', (page, target) => {
    // Prepare
    const [file, fragment] = target.split('#') as [string, string | undefined];
    const resolved = file === '' ? page : path.join(path.dirname(page), file);
    // Assess
    expect(existsSync(resolved), `${resolved} does not exist`).toBe(true);
    if (fragment !== undefined && statSync(resolved).isFile()) expect([...anchorsOf(resolved)]).toContain(decodeURIComponent(fragment));
  });
});

describe('the README as a front door', () => {
  const readme = readFileSync('README.md', 'utf8');

  it(`is at most ${README_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('opens with the two commands', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it('names only npm scripts that exist', () => {
    // Prepare
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(/npm run (?:--silent )?([a-z][\w:-]*)/g)].map((m) => m[1]!);
    // Assess
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
