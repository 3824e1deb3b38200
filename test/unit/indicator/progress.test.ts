// Every worked example of docs/indicators.md ("How progress is judged"), with the same numbers.
import { describe, it, expect } from 'vitest';
import { evaluateProgress, type Observation, type ProgressInput } from '../../../functions/domain/indicator/progress';
import { parseTargetCell, type Measure, type Target, type TargetCellOptions } from '../../../functions/domain/indicator/target';

function targets(cells: Record<number, string>, opts: Omit<TargetCellOptions, 'year'> = {}): Target[] {
  return Object.entries(cells).flatMap(([year, cell]) => parseTargetCell(cell, { ...opts, year: Number(year) }));
}

/** A value for a whole year, reported on its last day. */
function year(periodYear: number, value: number): Observation {
  return { periodYear, periodEnd: `${periodYear}-12-31`, value };
}

function input(partial: Partial<ProgressInput> & Pick<ProgressInput, 'asOf' | 'targets'>): ProgressInput {
  return { accumulation: 'STOCK', measure: 'COUNT' as Measure, baseline: null, observations: [], ...partial };
}

function milestoneOf(result: ReturnType<typeof evaluateProgress>, y: number) {
  const found = result.milestones.find((m) => m.year === y);
  if (!found) throw new Error(`no milestone ${y}`);
  return found;
}

describe('AT_LEAST', () => {
  // Bắc Ninh row 2, "Số doanh nghiệp khởi nghiệp sáng tạo": the acceptance example.
  const startups = targets({ 2025: '≥ 50', 2030: '≥ 150', 2035: '≥ 300', 2040: '≥ 500', 2045: '≥ 800' });

  it('STOCK: 120 approved for 2028, as of 2028-12-31, is ON_TRACK for 2030 (expected 110)', () => {
    // Prepare
    const data = input({ asOf: '2028-12-31', targets: startups, observations: [year(2028, 120)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'ON_TRACK', expected: 110, actual: 120, actualYear: 2028, gap: 10 });
    expect(milestoneOf(result, 2025)).toMatchObject({ status: 'NO_DATA', actual: null });
    expect(result.overall).toBe('ON_TRACK');
    expect(result.overallYear).toBe(2030);
  });

  it.each([
    [100, 'AT_RISK', -10],
    [99, 'AT_RISK', -11],
    [98, 'OFF_TRACK', -12],
    [160, 'MET', 10],
  ])('STOCK: %d for 2028 is %s for 2030', (value, status, gap) => {
    // Prepare
    const data = input({ asOf: '2028-12-31', targets: startups, observations: [year(2028, value)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status, gap });
  });

  it('STOCK: a milestone whose year has ended is judged on that year’s value', () => {
    // Prepare
    const data = input({ asOf: '2028-12-31', targets: startups, observations: [year(2025, 48), year(2028, 120)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2025)).toMatchObject({ status: 'OFF_TRACK', expected: 50, actual: 48, gap: -2 });
  });

  it('FLOW: last full year 2027 at 34 against an expected 36 is AT_RISK', () => {
    // Prepare: Bắc Ninh row 7, commercialised products per year
    const data = input({
      asOf: '2028-09-30',
      accumulation: 'FLOW',
      targets: targets({ 2025: '≥ 20', 2030: '≥ 60' }),
      observations: [year(2027, 34), { periodYear: 2028, periodEnd: '2028-06-30', value: 20 }],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'AT_RISK', expected: 36, actual: 34, actualYear: 2027, gap: -2 });
  });
});

describe('AT_MOST', () => {
  it('STOCK: 20 days in 2027 on the line from 30 (2025) to ≤ 10 (2030) is ON_TRACK', () => {
    // Prepare
    const data = input({ asOf: '2027-12-31', baseline: { year: 2025, value: 30 }, targets: targets({ 2030: '≤ 10' }), observations: [year(2027, 20)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'ON_TRACK', expected: 22, actual: 20, gap: 2 });
  });

  it('FLOW: 48 in 2026 on the line from 50 (2025) to ≤ 25 (2030) is AT_RISK', () => {
    // Prepare
    const data = input({
      asOf: '2027-03-31',
      accumulation: 'FLOW',
      baseline: { year: 2025, value: 50 },
      targets: targets({ 2030: '≤ 25' }),
      observations: [year(2026, 48)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'AT_RISK', expected: 45, actual: 48, gap: -3 });
  });
});

describe('EXACTLY', () => {
  it('STOCK: 5 at the end of 2030 against "4" is OFF_TRACK', () => {
    // Prepare
    const data = input({ asOf: '2031-01-15', baseline: { year: 2025, value: 2 }, targets: targets({ 2030: '4' }), observations: [year(2030, 5)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'OFF_TRACK', expected: 4, actual: 5, gap: -1 });
    expect(result.overall).toBe('OFF_TRACK');
  });

  it('FLOW: 2 contests in 2026 against "02" is MET', () => {
    // Prepare
    const data = input({
      asOf: '2026-12-31',
      accumulation: 'FLOW',
      baseline: { year: 2025, value: 1 },
      targets: targets({ 2026: '02' }),
      observations: [year(2026, 2)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2026)).toMatchObject({ status: 'MET', expected: 2, actual: 2, gap: 0 });
  });
});

describe('RANGE', () => {
  // Bắc Ninh row 4, "Số dự án khởi nghiệp sáng tạo": 50 - 60 by 2040, 50 - 70 by 2045.
  const projects = targets({ 2040: '50 - 60', 2045: '50 - 70' });

  it('STOCK: 45 in 2038 on the line from 30 (2035) to 50 (2040) is ON_TRACK', () => {
    // Prepare
    const data = input({ asOf: '2038-12-31', baseline: { year: 2035, value: 30 }, targets: projects, observations: [year(2038, 45)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2040)).toMatchObject({ status: 'ON_TRACK', expected: 42, actual: 45, gap: 3 });
  });

  it('FLOW: 65 in 2029 is above "50 - 60" for 2030: AT_RISK', () => {
    // Prepare
    const data = input({
      asOf: '2030-06-30',
      accumulation: 'FLOW',
      baseline: { year: 2025, value: 40 },
      targets: targets({ 2030: '50 - 60' }),
      observations: [year(2029, 65)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'AT_RISK', expected: 48, actual: 65, gap: -5 });
  });

  it('STOCK: 72 at the end of 2045 is outside "50 - 70": OFF_TRACK', () => {
    // Prepare
    const data = input({ asOf: '2045-12-31', targets: projects, observations: [year(2040, 55), year(2045, 72)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2040)).toMatchObject({ status: 'MET', gap: 0 });
    expect(milestoneOf(result, 2045)).toMatchObject({ status: 'OFF_TRACK', gap: -2 });
  });
});

describe('RANK_TOP', () => {
  // Bắc Ninh row 1, PII ranking: Top 10 each milestone.
  const pii = targets({ 2025: 'Top 10', 2030: 'Top 10' }, { measure: 'RANK' });

  it('STOCK: 8th in 2025 MET; 11th in 2027 is AT_RISK for 2030', () => {
    // Prepare
    const data = input({ asOf: '2027-12-31', measure: 'RANK', targets: pii, observations: [year(2025, 8), year(2027, 11)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2025)).toMatchObject({ status: 'MET', actual: 8, gap: 2 });
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'AT_RISK', expected: 10, actual: 11, gap: -1 });
    expect(result).toMatchObject({ overall: 'AT_RISK', overallYear: 2030 });
  });

  it('FLOW: a rank published for 2027 as of mid-2028 is judged on 2027, the last full year: 12th is OFF_TRACK', () => {
    // Prepare
    const data = input({
      asOf: '2028-06-30',
      accumulation: 'FLOW',
      measure: 'RANK',
      targets: pii,
      observations: [year(2027, 12), { periodYear: 2028, periodEnd: '2028-03-31', value: 9 }],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'OFF_TRACK', expected: 10, actual: 12, actualYear: 2027 });
  });
});

describe('GROWTH_RATE', () => {
  it('100 applications in 2025 to 133 in 2027 is 15.33%/year against 16%: AT_RISK', () => {
    // Prepare: Bắc Ninh row 14
    const data = input({
      asOf: '2027-12-31',
      accumulation: 'FLOW',
      measure: 'GROWTH_RATE',
      baseline: { year: 2025, value: 100 },
      targets: targets({ 2030: '16%', 2035: '16,5%' }, { measure: 'GROWTH_RATE' }),
      observations: [year(2026, 112), year(2027, 133)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    const m = milestoneOf(result, 2030);
    expect(m).toMatchObject({ status: 'AT_RISK', expected: 16, actualYear: 2027 });
    expect(m.actual).toBeCloseTo(15.3256, 3);
    expect(m.gap).toBeCloseTo(-0.6744, 3);
  });

  it('with one year only there is no rate: NO_DATA', () => {
    // Prepare
    const data = input({
      asOf: '2027-12-31',
      measure: 'GROWTH_RATE',
      targets: targets({ 2030: '16%' }, { measure: 'GROWTH_RATE' }),
      observations: [year(2027, 133)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result.overall).toBe('NO_DATA');
  });
});

describe('INCREASING', () => {
  it('HDI 0.71 (2030), 0.72 (2031), 0.715 (2032): 2030 MET, 2035 OFF_TRACK', () => {
    // Prepare: Bắc Ninh row 13, "0,7" read as "trên 0.7" from the plan's text
    const hdi = [
      ...targets({ 2030: '0,7' }, { measure: 'INDEX', direction: 'AT_LEAST' }),
      ...targets({ 2035: 'Tăng dần theo mỗi năm' }, { measure: 'INDEX' }),
    ];
    const data = input({ asOf: '2032-12-31', measure: 'INDEX', targets: hdi, observations: [year(2030, 0.71), year(2031, 0.72), year(2032, 0.715)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'MET', actual: 0.71 });
    expect(milestoneOf(result, 2035)).toMatchObject({ status: 'OFF_TRACK', actual: 0.715, actualYear: 2032 });
    expect(result.overall).toBe('OFF_TRACK');
  });

  it('rising so far is ON_TRACK', () => {
    // Prepare
    const data = input({
      asOf: '2031-12-31',
      measure: 'INDEX',
      targets: targets({ 2035: 'Tăng dần theo mỗi năm' }),
      observations: [year(2030, 0.71), year(2031, 0.72)],
    });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result.overall).toBe('ON_TRACK');
  });
});

describe('DONE_BY', () => {
  // Bắc Ninh objective 2.1: "Hình thành Trung tâm Đổi mới sáng tạo tỉnh Bắc Ninh (BNIC)" by 2030.
  const bnic = targets({ 2030: 'Hình thành' }, { measure: 'MILESTONE' });
  const done: Observation = { periodYear: 2027, periodEnd: '2027-05-20', value: null, doneOn: '2027-05-20' };

  it.each<[string, Observation[], string]>([
    ['2027-06-30', [done], 'MET'],
    ['2027-06-30', [], 'ON_TRACK'],
    ['2031-01-01', [], 'OFF_TRACK'],
  ])('as of %s with %j: %s', (asOf, observations, status) => {
    // Prepare
    const data = input({ asOf, measure: 'MILESTONE', targets: bnic, observations });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030).status).toBe(status);
  });
});

describe('DONE_BY within a period still running', () => {
  it('an observation for "2027" done on 2027-05-20 is MET as of 2027-06-30 (its period has not ended)', () => {
    // Prepare: the docs' worked example 13, entered the usual way, for the whole year
    const bnic = targets({ 2030: 'Hình thành' }, { measure: 'MILESTONE' });
    const done: Observation = { periodYear: 2027, periodEnd: '2027-12-31', value: null, doneOn: '2027-05-20' };

    // Act
    const result = evaluateProgress(input({ asOf: '2027-06-30', measure: 'MILESTONE', targets: bnic, observations: [done] }));
    const before = evaluateProgress(input({ asOf: '2027-05-19', measure: 'MILESTONE', targets: bnic, observations: [done] }));

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'MET', reason: 'Done on 2027-05-20, by 2030-12-31.' });
    expect(milestoneOf(before, 2030).status).toBe('ON_TRACK');
  });

  it('a running period\'s number is still not used before the period ends', () => {
    // Prepare: a count entered for 2028 with a done date on it
    const data = input({ asOf: '2028-06-30', targets: targets({ 2030: '≥ 150' }), observations: [{ periodYear: 2028, periodEnd: '2028-12-31', value: 160, doneOn: '2028-03-01' }] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030).status).toBe('NO_DATA');
  });
});

describe('NOT_DUE: milestones after the next one', () => {
  // Bắc Ninh row 2 in 2026: only 2030 is held to the line; 2035–2045 are not late yet.
  const startups = targets({ 2025: '≥ 50', 2030: '≥ 150', 2035: '≥ 300', 2040: '≥ 500', 2045: '≥ 800' });

  it('in 2026, with 20 startups, 2030 is OFF_TRACK and 2035, 2040, 2045 are NOT_DUE; overall is 2030\'s', () => {
    // Prepare
    const data = input({ asOf: '2026-12-31', targets: startups, observations: [year(2026, 20)] });

    // Act
    const result = evaluateProgress(data);

    // Assess: the line at 2026 is 70, so 20 is far behind for 2030; later milestones are not judged.
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'OFF_TRACK', expected: 70, actual: 20 });
    for (const y of [2035, 2040, 2045]) {
      expect(milestoneOf(result, y)).toMatchObject({ status: 'NOT_DUE', expected: null, gap: null, actual: 20, actualYear: 2026 });
    }
    expect(result).toMatchObject({ overall: 'OFF_TRACK', overallYear: 2030 });
  });

  it('a later milestone already met stays MET', () => {
    // Prepare: 350 startups in 2026 already meet 2035's ≥ 300
    const data = input({ asOf: '2026-12-31', targets: startups, observations: [year(2026, 350)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result.milestones.map((m) => [m.year, m.status])).toEqual([
      [2025, 'NO_DATA'],
      [2030, 'MET'],
      [2035, 'MET'],
      [2040, 'NOT_DUE'],
      [2045, 'NOT_DUE'],
    ]);
  });

  it('each scope has its own next milestone', () => {
    // Prepare: "≤ 3 Đông Nam Á; ≤ 50 Thế giới" in 2030, "≤ 2 Đông Nam Á" in 2035, rank 4 in 2027
    const ranks = [...targets({ 2030: '≤ 3 Đông Nam Á; ≤ 50 Thế giới' }, { measure: 'RANK' }), ...targets({ 2035: '≤ 2 Đông Nam Á' }, { measure: 'RANK' })];
    const data = input({ asOf: '2027-12-31', measure: 'RANK', baseline: { year: 2025, value: 5 }, targets: ranks, observations: [year(2027, 4)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    const by = result.milestones.map((m) => [m.year, m.target.scope, m.status === 'NOT_DUE']);
    expect(by).toEqual(expect.arrayContaining([[2035, 'Đông Nam Á', true], [2030, 'Đông Nam Á', false], [2030, 'Thế giới', false]]));
  });
});

describe('QUALITATIVE', () => {
  const target = targets({ 2045: 'Đạt mức trên trung bình của thế giới' });

  it.each<[Observation[], string]>([
    [[{ periodYear: 2030, periodEnd: '2030-12-31', value: null, text: 'Xếp hạng GII: trên trung bình' }], 'NEEDS_REVIEW'],
    [[], 'NO_DATA'],
  ])('%j: %s', (observations, status) => {
    // Prepare
    const data = input({ asOf: '2031-03-31', measure: 'QUALITATIVE', targets: target, observations });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result.overall).toBe(status);
  });
});

describe('what the rule will not guess', () => {
  it('a percent with no baseline has no trajectory before its first milestone: NEEDS_REVIEW', () => {
    // Prepare: Bắc Ninh row 5, first target ≥ 40% in 2030
    const data = input({ asOf: '2027-12-31', measure: 'PERCENT', targets: targets({ 2030: '≥ 40%' }), observations: [year(2027, 30)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(milestoneOf(result, 2030)).toMatchObject({ status: 'NEEDS_REVIEW', actual: 30, expected: null });
  });

  it('no approved actual is NO_DATA, and observations after asOf do not count', () => {
    // Prepare
    const data = input({ asOf: '2028-12-31', targets: targets({ 2030: '≥ 150' }), observations: [year(2029, 140)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result).toMatchObject({ overall: 'NO_DATA', overallYear: 2030 });
  });

  it('with every milestone ended, overall is the last one', () => {
    // Prepare
    const data = input({ asOf: '2031-01-01', targets: targets({ 2025: '≥ 50', 2030: '≥ 150' }), observations: [year(2025, 55), year(2030, 140)] });

    // Act
    const result = evaluateProgress(data);

    // Assess
    expect(result.milestones.map((m) => m.status)).toEqual(['MET', 'OFF_TRACK']);
    expect(result).toMatchObject({ overall: 'OFF_TRACK', overallYear: 2030 });
  });

  it('no targets: NO_DATA', () => {
    // Act
    const result = evaluateProgress(input({ asOf: '2028-12-31', targets: [] }));

    // Assess
    expect(result).toEqual({ overall: 'NO_DATA', overallYear: null, milestones: [] });
  });
});
