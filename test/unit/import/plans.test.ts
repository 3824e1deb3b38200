import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, toOutputJson, toPlanImportInput } from '../../../functions/domain/import/index';
import { runEval } from '../../../scripts/import-eval';

const plans = path.resolve(__dirname, '../../../../shared/plans');
const caoBang = path.join(plans, 'cao-bang-523-KH-UBND-2026.txt');
const bacNinh = path.join(plans, 'bac-ninh-151-KH-UBND-2025.txt');
const repo = path.resolve(__dirname, '../../..');
const missing = !existsSync(plans);
if (missing) console.warn(`Skipping the shared-plan tests: ${plans} is absent (the two real plans live in ../shared/plans).`);

function draftOf(file: string) {
  const r = parsePlan(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.reason);
  return r.draft;
}

describe('Cao Bằng 523/KH-UBND end to end', () => {
  it.skipIf(missing)('reads header, tasks 1 … 6 with lead agencies and timelines', () => {
    // Prepare
    const file = caoBang;
    // Act
    const d = toOutputJson(draftOf(file));
    // Assess
    expect([d.number, d.issuedOn, d.jurisdiction, d.signer]).toEqual(['523/KH-UBND', '2026-03-02', '04', 'Lê Hải Hòa']);
    expect(d.tasks.map((t) => t.code)).toEqual(['1', '2', '3', '3.1', '3.2', '4', '4.1', '4.2', '5', '5.1', '5.2', '6']);
    const leaf = d.tasks.filter((t) => !['3', '4', '5'].includes(t.code));
    expect(leaf.every((t) => t.leadAgencies.length > 0 && t.timeline !== null)).toBe(true);
    expect(d.tasks.find((t) => t.code === '3.1')?.leadAgencies).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(d.legalBases.map((l) => l.number)).toEqual(['93/2025/QH15', '268/2025/NĐ-CP']);
  });
});

describe('Bắc Ninh 151/KH-UBND end to end', () => {
  it.skipIf(missing)('reads 15 indicators, each legal basis and objective once', () => {
    // Prepare
    const file = bacNinh;
    // Act
    const d = toOutputJson(draftOf(file));
    // Assess
    expect([d.number, d.issuedOn, d.jurisdiction]).toEqual(['151/KH-UBND', '2025-12-02', '24']);
    expect(d.indicators).toHaveLength(15);
    expect(d.indicators[9]?.targets.map((t) => t.value)).toEqual([100, 300, 700, 1200, 1800]);
    const numbers = d.legalBases.map((l) => l.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(d.objectives).size).toBe(d.objectives.length);
    expect(numbers).toHaveLength(5);
  });

  it.skipIf(missing)('turns the draft into the planImport input', () => {
    // Prepare
    const draft = draftOf(bacNinh);
    // Act
    const input = toPlanImportInput(draft, new Map([['Sở Khoa học và Công nghệ', 'QWdlbmN5OjE=']]));
    // Assess
    expect(input.plan.number).toBe('151/KH-UBND');
    expect(input.indicators).toHaveLength(15);
    expect(input.idempotencyKey).toBe('24:151/KH-UBND:2025-12-02');
  });
});

describe('evaluation', () => {
  it.skipIf(missing)('scores both shared plans at 95 % or more on every group', () => {
    // Prepare
    const shared = ['bac-ninh-151-KH-UBND-2025', 'cao-bang-523-KH-UBND-2026'];
    // Act
    const docs = runEval().filter((d) => shared.includes(d.name));
    // Assess
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      for (const [group, s] of Object.entries(d.scores ?? {})) {
        expect({ doc: d.name, group, p: s.precision >= 0.95, r: s.recall >= 0.95 }).toEqual({ doc: d.name, group, p: true, r: true });
      }
    }
  });
});

function cli(file: string) {
  return spawnSync('npx', ['tsx', 'scripts/import.ts', file, '--json'], { cwd: repo, encoding: 'utf8' });
}

describe('import CLI', () => {
  it.skipIf(missing)('prints exactly one JSON document and exits 0', () => {
    // Prepare
    const file = bacNinh;
    // Act
    const r = cli(file);
    // Assess
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { number: string; indicators: unknown[] };
    expect([doc.number, doc.indicators.length]).toEqual(['151/KH-UBND', 15]);
  });

  it('exits 2 with a message and no JSON for an empty file, PDF bytes and unrelated text', () => {
    // Prepare
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const files = {
      empty: '',
      pdf: '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n\u0000\u0001\u0002',
      unrelated: 'Công thức nấu phở bò: nước dùng ninh xương trong 8 giờ, thêm quế, hồi, gừng nướng.',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    // Act
    const results = Object.keys(files).map((name) => cli(path.join(dir, name)));
    // Assess
    for (const r of results) {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('reads a synthetic fixture (a covering decision) with exit 0', () => {
    // Prepare
    const file = path.join(repo, 'test/fixtures/import/docs/quang-ngai-2952-QD-UBND-2025.txt');
    // Act
    const r = cli(file);
    // Assess
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { number: string; kind: string; jurisdiction: string };
    expect([doc.number, doc.kind, doc.jurisdiction]).toEqual(['2952/QĐ-UBND', 'DECISION', '51']);
  });
});
