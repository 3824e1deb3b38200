import { describe, it, expect } from 'vitest';
import type { IndicatorFixture, PlanFixture } from '../../functions/domain/plan/fixture';
import { bacNinh151, bacNinh151Indicators } from '../../scripts/seed/plans/bac-ninh-151';
import { caoBang523, caoBang523Indicators } from '../../scripts/seed/plans/cao-bang-523';
import { seedPlans, seedPlansByJurisdiction } from '../../scripts/seed/plans/index';

const parentOf = (code: string): string | null =>
  code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

/** Every string in a value, deeply. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

const target = (indicators: readonly IndicatorFixture[], code: string, year: number) =>
  indicators.find((indicator) => indicator.code === code)?.targets.find((t) => t.year === year);

describe.each(seedPlans.map((seed) => [seed.plan.number, seed.plan, seed.indicators] as const))(
  'seed plan %s',
  (_number, plan: PlanFixture, indicators: readonly IndicatorFixture[]) => {
    it('gives every task a parent that exists', () => {
      // Prepare
      const codes = new Set(plan.tasks.map((task) => task.code));

      // Act
      const orphans = plan.tasks
        .map((task) => task.code)
        .filter((code) => parentOf(code) !== null && !codes.has(parentOf(code) as string));

      // Assess
      expect(orphans).toEqual([]);
    });

    it('has unique task codes', () => {
      // Prepare
      const codes = plan.tasks.map((task) => task.code);

      // Act
      const repeated = duplicates(codes);

      // Assess
      expect(repeated).toEqual([]);
    });

    it('lists every agency a task, indicator or responsibility names', () => {
      // Prepare
      const known = new Set(plan.agencies.map((agency) => agency.name));
      const named = [
        ...plan.tasks.flatMap((task) => task.agencies.map((agency) => agency.name)),
        ...indicators.flatMap((indicator) => [...indicator.leadAgencies, ...indicator.coordinatingAgencies]),
        ...plan.responsibilities.map((responsibility) => responsibility.agency),
      ];

      // Act
      const unknown = [...new Set(named)].filter((name) => !known.has(name));

      // Assess
      expect(unknown).toEqual([]);
      expect(duplicates(plan.agencies.map((agency) => agency.name))).toEqual([]);
    });

    it('cites each legal basis once', () => {
      // Prepare
      const numbers = plan.legalBases.map((basis) => basis.number ?? basis.title);

      // Act
      const repeated = duplicates(numbers);

      // Assess
      expect(repeated).toEqual([]);
    });

    it('has no duplicate purposes, requirements or objectives', () => {
      // Prepare
      const lists = [plan.purposes, plan.requirements, plan.objectives];

      // Act
      const repeated = lists.flatMap(duplicates);

      // Assess
      expect(repeated).toEqual([]);
    });

    it('links indicators only to tasks that exist, and has unique indicator codes', () => {
      // Prepare
      const codes = new Set(plan.tasks.map((task) => task.code));

      // Act
      const dangling = indicators.flatMap((indicator) => indicator.tasks.filter((code) => !codes.has(code)));

      // Assess
      expect(dangling).toEqual([]);
      expect(duplicates(indicators.map((indicator) => indicator.code))).toEqual([]);
    });

    it('writes ISO dates and NFC text', () => {
      // Prepare
      const dates = [plan.issuedOn, plan.effectiveOn, ...plan.legalBases.map((basis) => basis.issuedOn)];
      const text = strings([plan, indicators]);

      // Act
      const badDates = dates.filter((date) => date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date));
      const notNfc = text.filter((value) => value !== value.normalize('NFC'));

      // Assess
      expect(badDates).toEqual([]);
      expect(notNfc).toEqual([]);
    });
  },
);

describe('seedPlans', () => {
  it('holds Cao Bằng (04) and Bắc Ninh (24), keyed by jurisdiction', () => {
    // Prepare
    const jurisdictions = seedPlans.map((seed) => seed.plan.jurisdiction);

    // Act
    const keyed = Object.keys(seedPlansByJurisdiction).sort();

    // Assess
    expect(jurisdictions).toEqual(['04', '24']);
    expect(keyed).toEqual(['04', '24']);
    expect(seedPlansByJurisdiction['24']?.plan).toBe(bacNinh151);
  });
});

describe('Cao Bằng 523/KH-UBND', () => {
  it('has the header facts', () => {
    // Prepare
    const plan = caoBang523;

    // Act
    const header = [plan.jurisdiction, plan.number, plan.issuedOn, plan.signer, plan.periodFrom, plan.periodTo];

    // Assess
    expect(header).toEqual(['04', '523/KH-UBND', '2026-03-02', 'Lê Hải Hòa', 2026, 2026]);
    expect(plan.issuer).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
  });

  it('has exactly the twelve task codes', () => {
    // Prepare
    const expected = ['1', '2', '3', '3.1', '3.2', '4', '4.1', '4.2', '5', '5.1', '5.2', '6'];

    // Act
    const codes = caoBang523.tasks.map((task) => task.code);

    // Assess
    expect(codes).toEqual(expected);
  });

  it('has the provincial committee lead 3.1, advised by Sở KH&CN, in four phases', () => {
    // Prepare
    const task = caoBang523.tasks.find((t) => t.code === '3.1');

    // Act
    const leads = task?.agencies.filter((a) => a.role === 'LEAD').map((a) => a.name);
    const advisers = task?.agencies.filter((a) => a.role === 'ADVISORY').map((a) => a.name);

    // Assess
    expect(leads).toEqual(['Ủy ban nhân dân tỉnh']);
    expect(advisers).toEqual(['Sở Khoa học và Công nghệ']);
    expect(task?.phases.map((phase) => phase.timeline)).toEqual([
      'Bắt đầu từ quý III/2026',
      'Từ tháng 01 - 03, năm 2027',
      'Quý I, năm 2027',
      'Năm 2027',
    ]);
  });

  it('quantifies task 2 as two training classes', () => {
    // Prepare
    const task = caoBang523.tasks.find((t) => t.code === '2');

    // Act
    const output = task?.outputs[0];

    // Assess
    expect(output).toMatchObject({ quantity: 2, unit: 'lớp' });
    expect(output?.text.startsWith('02 lớp tập huấn nâng cao năng lực')).toBe(true);
    expect(target(caoBang523Indicators, 'O1', 2026)?.text).toBe('02');
  });

  it('keeps documents cited inside tasks out of the legal bases', () => {
    // Prepare
    const numbers = caoBang523.legalBases.map((basis) => basis.number);

    // Act
    const inTasks = ['1544/QĐ-UBND', '80/2020/NĐ-CP', '93/2021/NQ-HĐND'].filter((n) => numbers.includes(n));

    // Assess
    expect(numbers).toEqual(['93/2025/QH15', '268/2025/NĐ-CP']);
    expect(inTasks).toEqual([]);
  });

  it('names one canonical youth union', () => {
    // Prepare
    const names = strings(caoBang523.agencies);

    // Act
    const variants = names.filter((name) => /^Tỉnh đoàn/i.test(name) && name !== 'Tỉnh Đoàn Thanh niên');

    // Assess
    expect(variants).toEqual(['Tỉnh đoàn']); // only as the short name
  });
});

describe('Bắc Ninh 151/KH-UBND', () => {
  it('has the header facts', () => {
    // Prepare
    const plan = bacNinh151;

    // Act
    const header = [plan.jurisdiction, plan.number, plan.issuedOn, plan.effectiveOn, plan.signer];

    // Assess
    expect(header).toEqual(['24', '151/KH-UBND', '2025-12-02', '2025-12-02', 'Mai Sơn']);
    expect([plan.periodFrom, plan.periodTo, plan.orientationYear]).toEqual([2025, 2030, 2045]);
  });

  it('cites its five legal bases once each, despite the repeated header', () => {
    // Prepare
    const bases = bacNinh151.legalBases;

    // Act
    const numbers = bases.map((basis) => `${basis.kind} ${basis.number}`);

    // Assess
    expect(numbers).toEqual([
      'PARTY_RESOLUTION 57-NQ/TW',
      'RESOLUTION 71/NQ-CP',
      'DECREE 268/2025/NĐ-CP',
      'DECISION 844/QĐ-TTg',
      'DECISION 188/QĐ-TTg',
    ]);
  });

  it('has tasks 1–8 with 3.1–3.5, naming no agencies, and a timeline only on 2', () => {
    // Prepare
    const tasks = bacNinh151.tasks;

    // Act
    const codes = tasks.map((task) => task.code);
    const timed = tasks.filter((task) => task.timeline !== null).map((task) => [task.code, task.timeline]);

    // Assess
    expect(codes).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5', '6', '7', '8']);
    expect(tasks.every((task) => task.agencies.length === 0)).toBe(true);
    expect(timed).toEqual([['2', 'đến năm 2030, định hướng đến năm 2045']]);
  });

  it('marks only heading 3\'s title, lost in scraping, as supplied by the editor', () => {
    // Act
    const edited = bacNinh151.tasks.filter((task) => task.titleSource === 'EDITOR').map((task) => task.code);

    // Assess
    expect(edited).toEqual(['3']);
  });

  it('has the 15 annex rows with their cells as written', () => {
    // Prepare
    const annex = bacNinh151Indicators.filter((indicator) => /^\d+$/.test(indicator.code));

    // Act
    const cells = {
      row2: annex.find((i) => i.code === '2')?.targets.map((t) => t.text),
      row1: annex.find((i) => i.code === '1')?.targets.map((t) => t.text),
      row4: annex.find((i) => i.code === '4')?.targets.map((t) => [t.year, t.text]),
      row13: annex.find((i) => i.code === '13')?.targets.map((t) => [t.year, t.text]),
      row14: annex.find((i) => i.code === '14')?.targets.map((t) => t.text),
      row10: annex.find((i) => i.code === '10')?.targets.map((t) => t.text),
    };

    // Assess
    expect(annex.map((indicator) => indicator.code)).toEqual(
      Array.from({ length: 15 }, (_, index) => String(index + 1)),
    );
    expect(cells.row2).toEqual(['≥ 50', '≥ 150', '≥ 300', '≥ 500', '≥ 800']);
    expect(cells.row1).toEqual(['Top 10', 'Top 10', 'Top 10', 'Top 10', 'Top 6']);
    expect(cells.row4).toEqual([
      [2040, '50 - 60'],
      [2045, '50 - 70'],
    ]);
    expect(cells.row13).toEqual([
      [2030, '0,7'],
      [2035, 'Tăng dần theo mỗi năm'],
      [2040, 'Tăng dần theo mỗi năm'],
      [2045, 'Tăng dần theo mỗi năm'],
    ]);
    expect(cells.row14).toEqual(['16%', '16,5%', '17%', '18%']);
    expect(cells.row10).toEqual(['≥ 100', '≥ 300', '≥ 700', '≥ 1.200', '≥ 1.800']);
  });

  it('reads HDI 2030 as at least 0.7, with no unit', () => {
    // Prepare
    const hdi = bacNinh151Indicators.find((indicator) => indicator.code === '13');

    // Act
    const cell = target(bacNinh151Indicators, '13', 2030);

    // Assess
    expect(hdi?.unit).toBeNull();
    expect(cell?.direction).toBe('AT_LEAST');
    expect(cell?.note).toContain('trên 0.7');
  });

  it('marks "mỗi năm" rows and the growth rate as FLOW, the rest as STOCK', () => {
    // Prepare
    const annex = bacNinh151Indicators.filter((indicator) => /^\d+$/.test(indicator.code));

    // Act
    const flows = annex.filter((indicator) => indicator.accumulation === 'FLOW').map((indicator) => indicator.code);

    // Assess
    expect(flows).toEqual(['7', '8', '9', '12', '14']);
    expect(annex.filter((i) => i.name.includes('mỗi năm')).every((i) => i.accumulation === 'FLOW')).toBe(true);
  });

  it('adds the objectives stated only in the text', () => {
    // Prepare
    const codes = ['O1', 'O2', 'O3'];

    // Act
    const cells = codes.map((code) => target(bacNinh151Indicators, code, 2030));

    // Assess
    expect(cells.map((cell) => cell?.text)).toEqual(['Hình thành', 'Thành lập', 'từ 45%']);
    expect(cells[2]?.direction).toBe('AT_LEAST');
  });

  it('assigns the duties of Tổ chức thực hiện to their agencies', () => {
    // Prepare
    const byAgency = new Map(bacNinh151.responsibilities.map((r) => [r.agency, r.duties.length]));

    // Act
    const counts = [
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Báo và Phát thanh, Truyền hình tỉnh Bắc Ninh',
      'Các sở, ban, ngành',
      'UBND các xã, phường',
    ].map((agency) => byAgency.get(agency));

    // Assess
    expect(counts).toEqual([6, 2, 6, 4, 1, 2, 2]);
    expect(bacNinh151.responsibilities).toHaveLength(11);
  });
});
