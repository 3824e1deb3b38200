import { describe, expect, it } from 'vitest';
import { EXPLANATION_CODES, date, explain, explanation, num, period, text, year } from '../../../functions/domain/text/explanations';
import { evaluateProgress } from '../../../functions/domain/indicator/progress';
import { computeTaskStatus } from '../../../functions/domain/operations/status';
import { parseTargetCell } from '../../../functions/domain/indicator/target';

/** The reasons catalogue: codes with parameters, one sentence per language (issue 16.9). */
describe('explanations', () => {
  it('render numbers, dates and periods the Vietnamese way, and leave the English as the API always wrote it', () => {
    const e = explanation('REPORTS_PAST_DUE', { period: [period('2026-Q3'), period('2026')], dueOn: [date('2026-10-10'), date('2027-01-15')] });
    expect(explain(e, 'VI')).toBe('Quá hạn báo cáo: quý III/2026 (hạn 10/10/2026), năm 2026 (hạn 15/01/2027)');
    expect(explain(e, 'EN')).toBe('Reports past due: 2026-Q3 (due 2026-10-10), 2026 (due 2027-01-15)');
    const growth = explanation('GROWTH_BELOW_TARGET', { rate: num(7.25), from: num(1800), fromYear: year(2025), to: num(2100.5), toYear: year(2027), target: num(10), tolerance: num(10) });
    expect(explain(growth, 'VI')).toBe('Tăng trưởng bình quân 7,25%/năm từ 1.800 (năm 2025) đến 2.100,5 (năm 2027), chỉ tiêu 10% (dung sai 10%).');
    expect(explain(growth, 'EN')).toBe('Average growth 7.25%/year from 1800 (2025) to 2100.5 (2027) against 10% (10% tolerance).');
  });

  it('give every code a Vietnamese sentence of its own, with nothing left unfilled', () => {
    const filler = explanation('TIME_ELAPSED', { elapsed: num(1), start: date('2026-01-01'), end: date('2026-12-31'), progress: num(1) });
    for (const code of EXPLANATION_CODES) {
      const e = { code, params: filler.params };
      const vi = explain(e, 'VI');
      expect(vi, code).not.toBe(explain(e, 'EN'));
      expect(vi, code).not.toMatch(/undefined|null|\$\{/);
    }
  });

  it('are what the rules return: a sector by its Vietnamese name, a milestone not yet due', () => {
    const shares = explanation('SHARES_SECTORS', { sector: [{ kind: 'CODE', value: 'MEDICINAL_HERBS' }, { kind: 'CODE', value: 'TOURISM' }] });
    expect(explain(shares, 'VI')).toBe('Cùng lĩnh vực: dược liệu, du lịch');
    const targets = [2030, 2035].flatMap((y) => parseTargetCell('≥ 100', { year: y }));
    const progress = evaluateProgress({ asOf: '2026-10-15', accumulation: 'STOCK', measure: 'COUNT', baseline: null, targets, observations: [] });
    const later = progress.milestones[1]!;
    expect(later.explanation.code).toBe('MILESTONE_NOT_DUE');
    expect(explain(later.explanation, 'VI')).toBe('Chưa đến hạn: mốc năm 2030 đến trước; mốc năm 2035 được đánh giá sau khi hết năm 2030.');
    expect(later.reason).toBe(explain(later.explanation, 'EN'));
    const status = computeTaskStatus({ asOf: '2026-10-15', start: '2026-01-01', end: '2026-12-31', outputs: [{ text: 'lớp tập huấn', quantity: 2, unit: 'lớp', delivered: 1 }], latestApproved: null, lateRounds: [] });
    expect(status.explanations.map((x) => x.code)).toEqual(['NO_APPROVED_REPORT', 'OUTPUT_DELIVERED', 'TIME_ELAPSED', 'PROGRESS_TRAILS_TIME']);
    expect(explain(status.explanations[1]!, 'VI')).toBe('Sản phẩm "lớp tập huấn": đã thực hiện 1/2 lớp');
    expect(status.reasons).toEqual(status.explanations.map((x) => explain(x, 'EN')));
    expect(text('x').kind).toBe('TEXT');
  });
});
