/**
 * `npm run size`: bundles the GraphQL handler exactly as a deployment does (bench/bundle.ts)
 * and fails (exit 1) when it is larger than its budget (bench/size-budget.json).
 *   --budget <file>   another budget file (the test uses a tiny and a large one)
 *   --set             write the budget from this measurement (+10 %), a deliberate raise
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleLambda, HANDLER_ENTRY, ROOT } from './bundle';
import { budgetFrom, checkSize, readBudget } from './size-check';

const args = process.argv.slice(2);
const at = args.indexOf('--budget');
const file = path.resolve(at >= 0 && args[at + 1] ? args[at + 1]! : path.join(ROOT, 'bench', 'size-budget.json'));
const out = mkdtempSync(path.join(tmpdir(), 'eg-size-'));
try {
  if (args.includes('--set')) {
    const size = await bundleLambda(HANDLER_ENTRY, out);
    const budget = budgetFrom(HANDLER_ENTRY, size);
    writeFileSync(file, `${JSON.stringify(budget, null, 2)}\n`);
    console.log(`budget set: ${budget.limitBytes.toLocaleString('en-US')} B (measured ${size.bytes.toLocaleString('en-US')} B + ${budget.headroom * 100} %) in ${path.relative(ROOT, file)}`);
  } else {
    const budget = readBudget(file);
    const verdict = checkSize(await bundleLambda(budget.entry, out), budget);
    (verdict.ok ? console.log : console.error)(verdict.message);
    process.exitCode = verdict.ok ? 0 : 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
