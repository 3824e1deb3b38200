/**
 * Reads a plan (Kế hoạch), or a decision or resolution that issues one, from a text file
 * and prints the draft: `tsx scripts/import.ts FILE --json`.
 *
 * `--submit [--url U] --token T [--jurisdiction J]` sends the file's text to the server's
 * `planImport` mutation (default URL http://localhost:4000/graphql), which parses it again
 * and stores a DRAFT plan; stdout then holds `{ "id", "number", "status" }` of that plan.
 * The idempotency key is the text's hash, so running it again after a lost reply returns
 * the first result (or finishes an interrupted import) instead of importing twice.
 *
 * stdout holds exactly one JSON document (with --json or --submit) and nothing else;
 * messages go to stderr. Exit 0 on success; 2 on input that is not such a document
 * (unreadable, empty, binary, too large), before any request; 1 on a usage error, a
 * refusal by the server (its userErrors on stderr) or a server that cannot be reached.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePlan, toOutputJson, type PlanDraft } from '../functions/domain/import/index';
import { MAX_IMPORT_BYTES } from '../functions/domain/import/review';

export interface CliOptions {
  readonly file: string | null;
  readonly json: boolean;
  readonly submit: boolean;
  readonly url: string | null;
  readonly token: string | null;
  readonly jurisdiction: string | null;
}

export const DEFAULT_URL = 'http://localhost:4000/graphql';

export function parseArgs(argv: readonly string[]): CliOptions {
  let file: string | null = null;
  let json = false;
  let submit = false;
  let url: string | null = null;
  let token: string | null = null;
  let jurisdiction: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--submit') submit = true;
    else if (a === '--url') url = argv[++i] ?? null;
    else if (a === '--token') token = argv[++i] ?? null;
    else if (a === '--jurisdiction') jurisdiction = argv[++i] ?? null;
    else if (!a.startsWith('--') && file === null) file = a;
  }
  return { file, json, submit, url, token, jurisdiction };
}

const PLAN_IMPORT = `mutation PlanImport($input: PlanImportInput!) {
  planImport(input: $input) {
    plan { id number status }
    proposedAgencies { name }
    unplaced
    warnings
    userErrors { field message code }
  }
}`;

interface PlanImportReply {
  readonly data?: {
    readonly planImport: {
      readonly plan: { readonly id: string; readonly number: string; readonly status: string } | null;
      readonly proposedAgencies: readonly { readonly name: string }[];
      readonly unplaced: readonly string[];
      readonly warnings: readonly string[];
      readonly userErrors: readonly { readonly field: readonly string[] | null; readonly message: string; readonly code: string }[];
    };
  };
  readonly errors?: readonly { readonly message: string }[];
}

export type SubmitResult =
  | { readonly ok: true; readonly plan: { id: string; number: string; status: string }; readonly notes: string[] }
  | { readonly ok: false; readonly messages: string[] };

/** Sends the text to `planImport`; the server parses it again, so what is stored is what the server reads. */
export async function submitText(text: string, opts: { url: string; token: string; jurisdiction: string | null }): Promise<SubmitResult> {
  const idempotencyKey = `import-cli:${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
  const input = { text, idempotencyKey, ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}) };
  let response: Response;
  try {
    response = await fetch(opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
      body: JSON.stringify({ query: PLAN_IMPORT, variables: { input } }),
    });
  } catch (e) {
    return { ok: false, messages: [`Cannot reach ${opts.url}: ${(e as Error).message}`] };
  }
  const body = await response.text();
  let reply: PlanImportReply;
  try {
    reply = JSON.parse(body) as PlanImportReply;
  } catch {
    return { ok: false, messages: [`${opts.url} answered ${response.status} without GraphQL JSON: ${body.slice(0, 300)}`] };
  }
  if (reply.errors?.length) return { ok: false, messages: reply.errors.map((e) => `server error: ${e.message}`) };
  const result = reply.data?.planImport;
  if (!result) return { ok: false, messages: [`${opts.url} answered ${response.status} with no planImport result`] };
  if (result.userErrors.length > 0 || !result.plan) {
    return { ok: false, messages: result.userErrors.map((e) => `${e.code}${e.field ? ` (${e.field.join('.')})` : ''}: ${e.message}`) };
  }
  const notes = [
    `${result.proposedAgencies.length} agencies created: ${result.proposedAgencies.map((a) => a.name).join('; ') || '(none)'}`,
    `${result.unplaced.length} lines the parser could not place (see Plan.importReview)`,
    ...result.warnings.map((w) => `warning: ${w}`),
  ];
  return { ok: true, plan: result.plan, notes };
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
    process.stderr.write('usage: tsx scripts/import.ts FILE [--json] [--submit --token T [--url U] [--jurisdiction J]]\n');
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
    if (!opts.token) {
      process.stderr.write('--submit needs --token (npm run --silent token -- --role PROVINCE_ADMIN --jurisdiction 04)\n');
      return 1;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_IMPORT_BYTES) {
      process.stderr.write(`${opts.file}: ${bytes} bytes; the server reads at most ${MAX_IMPORT_BYTES}. Split off its annexes.\n`);
      return 2;
    }
    const submitted = await submitText(text, { url: opts.url ?? DEFAULT_URL, token: opts.token, jurisdiction: opts.jurisdiction });
    if (!submitted.ok) {
      process.stderr.write(`${submitted.messages.join('\n')}\n`);
      return 1;
    }
    process.stderr.write(`${submitted.notes.join('\n')}\n`);
    process.stdout.write(`${JSON.stringify(submitted.plan)}\n`);
    return 0;
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
