import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnNumber, type PlanReportData } from '../../functions/domain/report/plan-report';
import { parseVnNumber } from '../../functions/domain/text/vietnamese';
import { ANNEX_FIRST_ROW, annexColumn, reportWorkbook } from '../../scripts/lib/report-xlsx';
import { readXlsx } from '../../scripts/lib/xlsx';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * planReport for Bắc Ninh 151/KH-UBND: every annex indicator with target, actual, expected
 * value and status per milestone column, charts, Vietnamese formats; the XLSX built from the
 * same data is read back (our own unzip) and holds the HTML's numbers.
 */
let h: Harness;
let admin: string;
let report: { html: string; markdown: string; data: PlanReportData };

const approve = async (indicator: string, period: string, value: number) => {
  const created = await h.gql<{ observationCreate: { observation: { id: string } } }>(
    `mutation($input: ObservationCreateInput!) { observationCreate(input: $input) { observation { id } userErrors { code message } } }`,
    { input: { indicator, period, value } },
    admin,
  );
  const id = created.data!.observationCreate.observation.id;
  await h.gql(`mutation($input: WorkflowInput!) { observationSubmit(input: $input) { userErrors { code } } }`, { input: { id, expectedVersion: 1 } }, admin);
  await h.gql(`mutation($input: WorkflowInput!) { observationApprove(input: $input) { userErrors { code } } }`, { input: { id, expectedVersion: 2 } }, admin);
};

beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
  const plan = await h.gql<{ planByNumber: { id: string; indicators: { nodes: { id: string; code: string }[] } } }>(
    `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { id indicators(first: 50) { nodes { id code } } } }`,
  );
  const byCode = new Map(plan.data!.planByNumber.indicators.nodes.map((n) => [n.code, n.id]));
  await approve(byCode.get('2')!, '2025', 48);
  await approve(byCode.get('2')!, '2026', 1800);
  await approve(byCode.get('1')!, '2025', 8);
  const res = await h.gql<{ planReport: typeof report }>(
    `query($p: ID!) { planReport(plan: $p, asOf: "2026-12-31") { asOf html markdown data } }`,
    { p: plan.data!.planByNumber.id },
    admin,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  report = res.data!.planReport;
}, 60_000);
afterAll(async () => h.close());

const htmlCell = (html: string, key: string): string | null => new RegExp(`data-k="${key}">([^<]*)<`).exec(html)?.[1] ?? null;

describe('the yearly plan report', () => {
  it('shows all 15 annex indicators with their targets, actuals, expected values, statuses and charts', () => {
    // Assess
    const codes = [...report.html.matchAll(/data-indicator="([^"]+)"/g)].map((m) => m[1]);
    for (let i = 1; i <= 15; i += 1) expect(codes).toContain(String(i));
    expect(report.data.milestoneYears).toEqual([2025, 2030, 2035, 2040, 2045]);
    expect((report.html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(10);
    expect(report.html).toContain('Số liệu tính đến ngày 31/12/2026');
    expect(report.html).toContain('Đến năm 2030');
    // Row 2: 2025 ended at 48 < 50 (OFF_TRACK); the 2026 count 1.800 is already ≥ 150 for 2030 (MET).
    expect(htmlCell(report.html, '2-2025-actual')).toBe('48');
    expect(htmlCell(report.html, '2-2030-actual')).toBe('1.800');
    const row2 = report.data.indicators.find((i) => i.code === '2')!;
    expect(row2.milestones.map((m) => m.status).slice(0, 2)).toEqual(['OFF_TRACK', 'MET']);
    expect(report.html).toMatch(/Chậm \/ không đạt/);
    expect(report.data.tasks.length).toBeGreaterThan(5);
    expect(report.data.tasks.every((t) => t.status)).toBe(true);
    expect(report.markdown).toContain('| STT | Chỉ tiêu | Đơn vị tính |');
    expect(report.markdown).toContain('<svg ');
  });

  it('writes an XLSX whose annex numbers are the HTML’s, read back with our own unzip', () => {
    // Act
    const file = reportWorkbook(report.data);
    mkdirSync('test-output', { recursive: true });
    writeFileSync(path.join('test-output', 'plan-report-151.xlsx'), file);
    const sheets = readXlsx(file);

    // Assess
    expect([...sheets.keys()]).toEqual(['Thông tin', 'Nhiệm vụ', 'Kinh phí', 'Phụ lục chỉ tiêu']);
    const annex = sheets.get('Phụ lục chỉ tiêu')!;
    let compared = 0;
    report.data.indicators.forEach((ind, i) => {
      const row = ANNEX_FIRST_ROW + i;
      expect(annex.get(`A${row}`)).toBe(ind.code);
      report.data.milestoneYears.forEach((year, y) => {
        for (const [part, name] of [[1, 'actual'], [2, 'expected']] as const) {
          const text = htmlCell(report.html, `${ind.code}-${year}-${name}`);
          if (text === null) continue;
          const cell = annex.get(`${annexColumn(y, part)}${row}`);
          // The HTML prints the number the Vietnamese way (at most 2 decimals); the XLSX holds the number itself.
          expect(cell === undefined ? '' : vnNumber(cell as number)).toBe(text);
          if (text !== '') expect(Math.abs((cell as number) - parseVnNumber(text)!)).toBeLessThan(0.006);
          compared += 1;
        }
      });
    });
    expect(compared).toBeGreaterThan(50);
    expect(annex.get(`${annexColumn(0, 1)}${ANNEX_FIRST_ROW + report.data.indicators.findIndex((i) => i.code === '2')}`)).toBe(48);
    expect(sheets.get('Thông tin')!.get('B8')).toBe('31/12/2026');
  });

  // A reader we did not write: Debian's python3-openpyxl (.ci/run installs it), with warnings as errors.
  const openpyxl = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!openpyxl)('opens in openpyxl without a warning, with the same sheets and cells', () => {
    // Prepare
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'eg-xlsx-')), 'report.xlsx');
    writeFileSync(file, reportWorkbook(report.data));
    const script = [
      'import json, sys, warnings, openpyxl',
      'warnings.simplefilter("error")',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'print(json.dumps({ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}, ensure_ascii=False))',
    ].join('\n');
    // Act
    const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    // Assert
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as Record<string, Record<string, unknown>>;
    const ours = readXlsx(reportWorkbook(report.data));
    expect(Object.keys(read)).toEqual([...ours.keys()]);
    for (const [name, cells] of ours) expect(read[name]).toEqual(Object.fromEntries(cells));
  });
});
