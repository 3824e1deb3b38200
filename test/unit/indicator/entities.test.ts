import { describe, expect, it } from 'vitest';
import { periodEnd, readTargets } from '../../../functions/domain/indicator/entities';
import { nextObservationStatus } from '../../../functions/domain/indicator/observation';

describe('periodEnd', () => {
  it.each([
    ['2028', '2028-12-31'],
    ['2028-H1', '2028-06-30'],
    ['2028-H2', '2028-12-31'],
    ['2028-Q1', '2028-03-31'],
    ['2028-Q3', '2028-09-30'],
    ['2028-02', '2028-02-29'],
    ['2027-02', '2027-02-28'],
  ])('ends %s on %s', (period, end) => {
    // Prepare
    const input = period;

    // Act
    const result = periodEnd(input);

    // Assess
    expect(result).toBe(end);
  });
});

describe('readTargets', () => {
  it('reads cells in year order with the plan direction and both notes', () => {
    // Prepare
    const cells = [
      { year: 2035, text: 'Tăng dần theo mỗi năm', direction: null, note: null },
      { year: 2030, text: '0,7', direction: 'AT_LEAST' as const, note: 'Objectives 2.1: "trên 0.7".' },
    ];

    // Act
    const targets = readTargets(cells, 'INDEX');

    // Assess
    expect(targets.map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2030, 'AT_LEAST', 0.7],
      [2035, 'INCREASING', null],
    ]);
    expect(targets[0]?.note).toBe('The cell gives a bare number; the plan\'s text reads it as AT_LEAST. Objectives 2.1: "trên 0.7".');
  });

  it('reads a bare percent as a growth rate when the measure says so', () => {
    // Prepare
    const cells = [{ year: 2035, text: '16,5%', direction: null, note: null }];

    // Act
    const [target] = readTargets(cells, 'GROWTH_RATE');

    // Assess
    expect(target).toMatchObject({ comparator: 'GROWTH_RATE', value: 16.5, text: '16,5%' });
  });
});

describe('nextObservationStatus', () => {
  it('reopens only an approved observation, back to RETURNED', () => {
    // Prepare
    const statuses = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;

    // Act
    const results = statuses.map((s) => nextObservationStatus(s, 'REOPEN'));

    // Assess
    expect(results.map((r) => (r.ok ? r.status : 'refused'))).toEqual(['refused', 'refused', 'RETURNED', 'refused']);
  });

  it('follows the report workflow otherwise', () => {
    // Prepare
    const action = 'APPROVE' as const;

    // Act
    const fromDraft = nextObservationStatus('DRAFT', action);
    const fromSubmitted = nextObservationStatus('SUBMITTED', action);

    // Assess
    expect(fromDraft.ok).toBe(false);
    expect(fromSubmitted).toEqual({ ok: true, status: 'APPROVED' });
  });
});
