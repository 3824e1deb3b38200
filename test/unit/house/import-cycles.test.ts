import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No import cycle in functions/ (issue 17.3): every relative import that runs at load time
 * (`import … from`, `export … from`, `import('…')`; `import type` erases) forms a graph with
 * no cycle. A cycle makes load order decide which module sees the other half-initialised.
 */
const ROOT = path.resolve('functions');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [full] : [];
  });

const resolve = (from: string, spec: string): string | null => {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return null;
};

/** The relative modules a file loads when it runs (type-only imports and exports left out). */
const runtimeImports = (file: string, source: string): string[] => {
  const specs: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s+from\s+['"](\.[^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) {
    const names = m[3] ?? '';
    const typeOnly = Boolean(m[2]) || (/^\{[\s\S]*\}$/.test(names.trim()) && names.replace(/[{}]/g, '').split(',').map((n) => n.trim()).filter(Boolean).every((n) => n.startsWith('type ')));
    if (!typeOnly) specs.push(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) specs.push(m[1]!);
  for (const m of source.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
};

const cycles = (graph: Map<string, string[]>): string[][] => {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(ROOT, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
};

describe('the module graph of functions/', () => {
  it('has no import cycle', () => {
    const graph = new Map(files(ROOT).map((f) => [f, runtimeImports(f, readFileSync(f, 'utf8'))]));
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(500);
    expect(cycles(graph)).toEqual([]);
  });

  it('sees a cycle when there is one, and not through type-only imports', () => {
    const a = path.join(ROOT, 'a.ts');
    const b = path.join(ROOT, 'b.ts');
    const graph = new Map([[a, [b]], [b, [a]]]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'a.ts']]);
    expect(runtimeImports(a, "import type { X } from './data';\nimport { type Y } from './data';")).toEqual([]);
    // An `export` at the start of a line that is not an export-from is not read up to a later import.
    expect(runtimeImports(a, "export class C {\n  x = 1;\n}\nimport type { Z } from './data';")).toEqual([]);
    expect(runtimeImports(a, "import { type Y, z } from './data';").map((f) => path.relative(ROOT, f))).toEqual(['data/index.ts']);
  });
});
