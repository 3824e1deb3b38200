/**
 * Scores the import parser against expected drafts written by hand in
 * test/fixtures/import/expected/: precision and recall per field group, per document
 * and in total. A second section scores the documents of test/fixtures/import-heldout/,
 * written blind and first scored at commit 1044925; the parser has been tuned on them since
 * HELD_OUT_SEEN_SINCE, so they are a regression set now, not an unseen one.
 * `tsx scripts/import-eval.ts [--json]`. A fixture whose source is missing (../shared
 * absent) is skipped with a message. Exit 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, GROUPS, type ExpectedDraft, type Group, type Score } from '../functions/domain/import/evaluate';
import { parsePlan, toOutputJson } from '../functions/domain/import/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/fixtures/import/expected');
const heldOutDir = path.join(root, 'test/fixtures/import-heldout');
/** The first commit whose parser was changed with the held-out documents in view (their blind score was taken at 1044925). */
export const HELD_OUT_SEEN_SINCE = 'f5a2104';

export interface DocScore {
  readonly name: string;
  readonly synthetic: boolean;
  readonly scores: Record<Group, Score> | null;
  readonly skipped?: string;
}

export function runEval(): DocScore[] {
  const out: DocScore[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ExpectedDraft;
    const src = path.resolve(root, expected.source);
    const name = f.replace(/\.json$/, '');
    if (!existsSync(src)) {
      out.push({ name, synthetic: expected.synthetic, scores: null, skipped: `source ${expected.source} not found` });
      continue;
    }
    const r = parsePlan(readFileSync(src, 'utf8'));
    if (!r.ok) {
      out.push({ name, synthetic: expected.synthetic, scores: null, skipped: `parser refused it: ${r.reason}` });
      continue;
    }
    out.push({ name, synthetic: expected.synthetic, scores: evaluate(expected, toOutputJson(r.draft)) });
  }
  return out;
}

/** A held-out expected file (score.py's shape: header fields at the top, targets as objects). */
interface HeldOutExpected {
  readonly [field: string]: unknown;
  readonly legalBases: readonly { kind: string; number: string | null; issuedOn: string | null }[];
  readonly tasks: ExpectedDraft['tasks'];
  readonly indicators: readonly {
    code: string;
    name: string;
    unit: string | null;
    targets: readonly { year: number; text: string; comparator: string; value: number | null; valueMax: number | null; scope: string | null }[];
    leadAgencies?: readonly string[];
    coordinatingAgencies?: readonly string[];
  }[];
}

const HEADER_FIELDS = ['number', 'kind', 'issuer', 'place', 'jurisdiction', 'issuedOn', 'title', 'signer'] as const;

/** Reads a held-out expected file into the shape `evaluate` takes. */
export function fromHeldOut(e: HeldOutExpected, source: string): ExpectedDraft {
  return {
    source,
    synthetic: true,
    header: Object.fromEntries(HEADER_FIELDS.map((f) => [f, (e[f] as string | null | undefined) ?? null])),
    legalBases: e.legalBases,
    tasks: e.tasks,
    indicators: e.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      targets: i.targets.map((t): ExpectedDraft['indicators'][number]['targets'][number] => [t.year, t.text, t.comparator, t.value, t.valueMax, t.scope]),
      leadAgencies: i.leadAgencies ?? [],
      coordinatingAgencies: i.coordinatingAgencies ?? [],
    })),
  };
}

/** Scores the held-out documents with the same measure as the fixtures. */
export function runHeldOutEval(): DocScore[] {
  const out: DocScore[] = [];
  const docs = path.join(heldOutDir, 'docs');
  if (!existsSync(docs)) return out;
  for (const doc of readdirSync(docs).sort()) {
    const name = doc.replace(/\.[^.]+$/, '');
    const expectedPath = path.join(heldOutDir, 'expected', `${name}.json`);
    if (!existsSync(expectedPath)) continue;
    const expected = fromHeldOut(JSON.parse(readFileSync(expectedPath, 'utf8')) as HeldOutExpected, path.relative(root, path.join(docs, doc)));
    const r = parsePlan(readFileSync(path.join(docs, doc), 'utf8'));
    if (!r.ok) {
      out.push({ name, synthetic: true, scores: null, skipped: `parser refused it: ${r.reason}` });
      continue;
    }
    out.push({ name, synthetic: true, scores: evaluate(expected, toOutputJson(r.draft)) });
  }
  return out;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(docs: readonly DocScore[]): string {
  const lines: string[] = [];
  const head = `${'document'.padEnd(44)} ${GROUPS.map((g) => g.padStart(15)).join(' ')}`;
  lines.push(head, `${''.padEnd(44)} ${GROUPS.map(() => '   P      R   ').join(' ')}`);
  const totals = Object.fromEntries(GROUPS.map((g) => [g, { e: 0, p: 0, c: 0 }])) as Record<Group, { e: number; p: number; c: number }>;
  for (const d of docs) {
    const label = `${d.name}${d.synthetic ? ' (synthetic)' : ''}`.slice(0, 44).padEnd(44);
    if (!d.scores) {
      lines.push(`${label} skipped: ${d.skipped ?? ''}`);
      continue;
    }
    const s = d.scores;
    lines.push(`${label} ${GROUPS.map((g) => `${pct(s[g].precision)}${pct(s[g].recall)}`).join(' ')}`);
    for (const g of GROUPS) {
      totals[g].e += s[g].expected;
      totals[g].p += s[g].predicted;
      totals[g].c += s[g].correct;
    }
  }
  const tp = (g: Group): string => {
    const t = totals[g];
    const p = t.p === 0 ? (t.e === 0 ? 1 : 0) : t.c / t.p;
    const r = t.e === 0 ? 1 : t.c / t.e;
    return `${pct(p)}${pct(r)}`;
  };
  lines.push(`${'TOTAL (micro)'.padEnd(44)} ${GROUPS.map(tp).join(' ')}`);
  return lines.join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const docs = runEval();
  const heldOut = runHeldOutEval();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ fixtures: docs, heldOut: { seenSince: HELD_OUT_SEEN_SINCE, docs: heldOut } }, null, 2)}\n`);
  else {
    process.stdout.write(`${table(docs)}\n`);
    if (heldOut.length > 0) {
      process.stdout.write(`\nHeld-out documents (test/fixtures/import-heldout/, held-out, seen since ${HELD_OUT_SEEN_SINCE}: a regression set now, not unseen)\n`);
      process.stdout.write(`${table(heldOut)}\n`);
    }
  }
}
