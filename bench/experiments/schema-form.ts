/**
 * Which form of the production schema loads fastest in a fresh process: the full AST object
 * literal (today's typeDefs.generated.ts), the description-free AST as JSON text
 * (JSON.parse), or the description-free SDL (graphql parse). Each child imports one form and
 * builds the schema as the server does (makeExecutableSchema, assumeValidSDL).
 *   npx tsx bench/experiments/schema-form.ts [runs=15]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { print } from 'graphql';
import { ROOT } from '../bundle';
import { runChild } from '../processes';
import { leanTypeDefs } from '../../functions/graphql/resolvers/typeDefs.lean.generated';

const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(path.join(tmpdir(), 'eg-schema-form-'));
const sdl = print(JSON.parse(leanTypeDefs));
const forms: Record<string, string> = {
  'full AST object literal': `import { typeDefs } from '${ROOT}/functions/graphql/resolvers/typeDefs.generated'; export const load = () => typeDefs;`,
  'lean AST, JSON.parse': `import { leanTypeDefs } from '${ROOT}/functions/graphql/resolvers/typeDefs.lean.generated'; export const load = () => JSON.parse(leanTypeDefs);`,
  'lean SDL, graphql parse': `import { parse } from 'graphql'; const sdl = ${JSON.stringify(sdl)}; export const load = () => parse(sdl, { noLocation: true });`,
};
const child = (form: string) => `
const t0 = performance.now();
const { load } = await import('./${form}.mjs');
const t1 = performance.now();
const doc = load();
const t2 = performance.now();
const { makeExecutableSchema } = await import('./${form}.mjs');
makeExecutableSchema({ typeDefs: doc, assumeValidSDL: true });
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, buildMs: t3 - t2, total: t3 - t0 }) + '\\n', () => process.exit(0));
`;
try {
  const sizes: Record<string, number> = {};
  for (const [name, source] of Object.entries(forms)) {
    const slug = name.replace(/\W+/g, '-');
    writeFileSync(path.join(dir, `${slug}.ts`), `${source}\nexport { makeExecutableSchema } from '@graphql-tools/schema';\n`);
    const out = await build({ entryPoints: [path.join(dir, `${slug}.ts`)], bundle: true, format: 'esm', platform: 'node', target: 'node22', minify: true, outfile: path.join(dir, `${slug}.mjs`), nodePaths: [path.join(ROOT, 'node_modules')], metafile: true, logLevel: 'error' });
    sizes[name] = Object.values(out.metafile.outputs)[0]!.bytes;
    writeFileSync(path.join(dir, `${slug}-child.mjs`), child(slug));
  }
  const samples: Record<string, { importMs: number; loadMs: number; buildMs: number; total: number }[]> = {};
  for (let i = 0; i < runs; i++) {
    for (const name of Object.keys(forms)) {
      const slug = name.replace(/\W+/g, '-');
      (samples[name] ??= []).push(await runChild(['--no-warnings', path.join(dir, `${slug}-child.mjs`)], {}));
    }
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log('| form | bundle bytes (with @graphql-tools/schema, graphql) | import ms | to document ms | build schema ms | total ms (medians) |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, s] of Object.entries(samples)) {
    console.log(`| ${name} | ${sizes[name]!.toLocaleString('en-US')} | ${med(s.map((x) => x.importMs)).toFixed(1)} | ${med(s.map((x) => x.loadMs)).toFixed(1)} | ${med(s.map((x) => x.buildMs)).toFixed(1)} | ${med(s.map((x) => x.total)).toFixed(1)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
