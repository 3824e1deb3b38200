/** `npx tsx bench/experiments/run-schema-build.ts`: 10 fresh processes per variant, medians. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleLambda } from '../bundle';
import { median } from '../load';
import { runChild } from '../processes';

const out = mkdtempSync(path.join(tmpdir(), 'eg-schema-'));
try {
  const bundle = await bundleLambda('bench/experiments/schema-build.ts', out, 'schema');
  const samples: Record<string, { loadedMs: number; buildMs: number }[]> = { default: [], inplace: [] };
  for (let i = 0; i < 10; i++) {
    for (const variant of Object.keys(samples)) samples[variant]!.push(await runChild([bundle.file], { VARIANT: variant, NODE_OPTIONS: '' }));
  }
  for (const [variant, s] of Object.entries(samples)) {
    console.log(`${variant}: module load ${median(s.map((x) => x.loadedMs)).toFixed(1)} ms, schema build median ${median(s.map((x) => x.buildMs)).toFixed(1)} ms`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
