/**
 * Runs the daily reminders against a running server, as the scheduled job does when deployed:
 *   npm run remind -- [--url http://localhost:4000/graphql] [--jurisdiction 04,24] [--as-of 2026-10-15] [--token …]
 * Without --token it signs a province admin token with the local server's keys (DATA_DIR).
 * Prints one JSON line per jurisdiction: { jurisdiction, created, existing } (or userErrors).
 */
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signLocalToken } from './lib/local-keys';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    jurisdiction: { type: 'string', default: '04,24' },
    'as-of': { type: 'string' },
    'due-within': { type: 'string' },
    token: { type: 'string' },
  },
});

const jurisdictions = values.jurisdiction!.split(',').map((j) => j.trim()).filter(Boolean);
const token =
  values.token ??
  (await signLocalToken(await ensureLocalKeys(process.env.DATA_DIR ?? '.data'), { role: 'PROVINCE_ADMIN', jurisdictions, subject: 'npm-run-remind' }));

const MUTATION = `mutation($input: RemindersRunInput!) { remindersRun(input: $input) { created existing userErrors { code message } } }`;
let failed = false;
for (const jurisdiction of jurisdictions) {
  const input = {
    jurisdiction,
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    ...(values['due-within'] ? { dueWithinDays: Number(values['due-within']) } : {}),
  };
  let body: { data?: { remindersRun: { created: number; existing: number; userErrors: unknown[] } }; errors?: unknown[] };
  try {
    const res = await fetch(values.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MUTATION, variables: { input } }),
    });
    body = (await res.json()) as typeof body;
  } catch (error) {
    process.stderr.write(`Cannot reach ${values.url}: ${(error as Error).message} (is npm start running?)\n`);
    process.exit(1);
  }
  const run = body.data?.remindersRun;
  if (!run || run.userErrors.length || body.errors) failed = true;
  process.stdout.write(`${JSON.stringify({ jurisdiction, ...(run ?? { errors: body.errors }) })}\n`);
}
process.exit(failed ? 1 : 0);
