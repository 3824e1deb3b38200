/**
 * The department's report on a plan, written to a file:
 *   npm run report -- --jurisdiction 24 --plan 151/KH-UBND --as-of 2026-12-31 --format html|xlsx|md [--url U] [--token T] --out FILE
 * Budgets are internal: give a province admin's token to include them. Prints the file's
 * path. Exit 2 for bad arguments, 1 when the plan is not found or the server refuses.
 */
import { writeFileSync } from 'node:fs';
import type { PlanReportData } from '../functions/domain/report/plan-report';
import { DEFAULT_URL, flags, gqlRequest, GraphQLClientError } from './lib/gql-client';
import { reportWorkbook } from './lib/report-xlsx';

const args = flags(process.argv.slice(2));
const jurisdiction = args.get('jurisdiction');
const number = args.get('plan');
const asOf = args.get('as-of') ?? null;
const format = args.get('format') ?? 'html';
const out = args.get('out');
const url = args.get('url') ?? DEFAULT_URL;
const token = args.get('token') ?? process.env.TOKEN ?? null;
if (!jurisdiction || !number || !out || !['html', 'xlsx', 'md'].includes(format) || (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) {
  process.stderr.write('usage: report --jurisdiction <code> --plan <number> [--as-of YYYY-MM-DD] --format html|xlsx|md [--url U] [--token T] --out FILE\n');
  process.exit(2);
}

try {
  const found = await gqlRequest<{ planByNumber: { id: string } | null }>(url, token, `query($j: String!, $n: String!) { planByNumber(jurisdiction: $j, number: $n) { id } }`, { j: jurisdiction, n: number });
  if (!found.planByNumber) {
    process.stderr.write(`No plan ${number} in jurisdiction ${jurisdiction} at ${url}\n`);
    process.exit(1);
  }
  const field = format === 'html' ? 'html' : format === 'md' ? 'markdown' : 'data';
  const result = await gqlRequest<{ planReport: { html?: string; markdown?: string; data?: PlanReportData } | null }>(
    url,
    token,
    `query($p: ID!, $asOf: Date) { planReport(plan: $p, asOf: $asOf) { ${field} } }`,
    { p: found.planByNumber.id, asOf },
  );
  const report = result.planReport;
  if (!report) {
    process.stderr.write(`Plan ${number} is not visible to this caller\n`);
    process.exit(1);
  }
  if (format === 'xlsx') writeFileSync(out, reportWorkbook(report.data!));
  else writeFileSync(out, format === 'html' ? report.html! : report.markdown!, 'utf8');
  process.stdout.write(`${out}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof GraphQLClientError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
}
