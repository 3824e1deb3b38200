import { describe, expect, it } from 'vitest';
import { disagreements, sourceOfTruth, yearlySeries } from '../../../functions/domain/indicator/sources';

describe('source of truth', () => {
  it.each([
    [{ derivedFrom: null }, 'APPROVED'],
    [{ derivedFrom: null, sourceOfTruth: 'REGISTRY' as const }, 'APPROVED'],
    [{ derivedFrom: 'INNOVATIVE_STARTUPS' as const }, 'REGISTRY'],
    [{ derivedFrom: 'INNOVATIVE_STARTUPS' as const, sourceOfTruth: 'APPROVED' as const }, 'APPROVED'],
  ])('%j reads as %s', (data, expected) => {
    // Act / Assess
    expect(sourceOfTruth(data)).toBe(expected);
  });
});

describe('series and disagreements', () => {
  it('takes each year\'s latest value known at asOf', () => {
    // Act
    const series = yearlySeries(
      [
        { periodYear: 2028, periodEnd: '2028-06-30', value: 100 },
        { periodYear: 2028, periodEnd: '2028-12-31', value: 120 },
        { periodYear: 2029, periodEnd: '2029-12-31', value: 150 },
        { periodYear: 2027, periodEnd: '2027-12-31', value: null },
      ],
      '2028-12-31',
    );
    // Assess
    expect(series).toEqual([{ year: 2028, periodEnd: '2028-12-31', value: 120 }]);
  });

  it('flags Bắc Ninh row 2 (approved 120, counted 2) and not 100 against 105 (within 10%)', () => {
    // Prepare
    const approved = [
      { year: 2027, periodEnd: '2027-12-31', value: 100 },
      { year: 2028, periodEnd: '2028-12-31', value: 120 },
      { year: 2029, periodEnd: '2029-12-31', value: 0 },
    ];
    const registry = [
      { year: 2027, periodEnd: '2027-12-31', value: 105 },
      { year: 2028, periodEnd: '2028-12-31', value: 2 },
      { year: 2029, periodEnd: '2029-12-31', value: 0 },
      { year: 2030, periodEnd: '2030-03-01', value: 9 },
    ];
    // Act
    const flagged = disagreements(approved, registry);
    // Assess
    expect(flagged).toEqual([{ year: 2028, approved: 120, registry: 2, difference: -118, relativePercent: 98.33 }]);
  });
});
