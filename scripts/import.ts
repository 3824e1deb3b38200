/**
 * Reads a plan (Kế hoạch), or a decision or resolution that issues one, from a text file
 * and prints the draft: `tsx scripts/import.ts FILE --json`.
 *
 * stdout holds exactly one JSON document (with --json) and nothing else; messages go to
 * stderr. Exit 0 on success, 2 on input that is not such a document, 1 on a usage error.
 * `--submit --url U --token T` is to come: `submitDraft` is where it plugs in, with
 * `toPlanImportInput(draft)` as the mutation's input.
 */
import { readFileSync } from 'node:fs';
import { parsePlan, toOutputJson, toPlanImportInput, type PlanDraft } from '../functions/domain/import/index';

export interface CliOptions {
  readonly file: string | null;
  readonly json: boolean;
  readonly submit: boolean;
  readonly url: string | null;
  readonly token: string | null;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let file: string | null = null;
  let json = false;
  let submit = false;
  let url: string | null = null;
  let token: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--submit') submit = true;
    else if (a === '--url') url = argv[++i] ?? null;
    else if (a === '--token') token = argv[++i] ?? null;
    else if (!a.startsWith('--') && file === null) file = a;
  }
  return { file, json, submit, url, token };
}

/** Where `--submit` goes: sends `toPlanImportInput(draft)` to the `planImport` mutation. */
export async function submitDraft(_draft: PlanDraft, _url: string, _token: string): Promise<never> {
  void toPlanImportInput;
  throw new Error('--submit is not wired yet (the planImport mutation is to come).');
}

function summary(d: PlanDraft): string {
  return [
    `${d.number || '(no number)'} ${d.kind} — ${d.issuer} — ${d.place}, ${d.issuedOn ?? '(no date)'} — jurisdiction ${d.jurisdiction || '?'}`,
    d.title,
    `${d.legalBases.length} legal bases, ${d.tasks.length} tasks, ${d.indicators.length} indicators, ${d.fundingSources.length} funding sources, ${d.responsibilities.length} responsibilities, ${d.unplaced.length} unplaced lines`,
    ...d.warnings.map((w) => `warning: ${w}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.file) {
    process.stderr.write('usage: tsx scripts/import.ts FILE [--json]\n');
    return 1;
  }
  let text: string;
  try {
    const bytes = readFileSync(opts.file);
    text = bytes.toString('utf8');
  } catch (e) {
    process.stderr.write(`Cannot read ${opts.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const result = parsePlan(text);
  if (!result.ok) {
    process.stderr.write(`${opts.file}: ${result.reason}\n`);
    return 2;
  }
  if (opts.submit) {
    if (!opts.url || !opts.token) {
      process.stderr.write('--submit needs --url and --token\n');
      return 1;
    }
    await submitDraft(result.draft, opts.url, opts.token);
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(toOutputJson(result.draft), null, 2)}\n`);
  else process.stderr.write(`${summary(result.draft)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
