import { describe, expect, it } from 'vitest';
import { countRegistry, type Registry } from '../../../functions/domain/ecosystem/counts';
import { eligibility } from '../../../functions/domain/ecosystem/eligibility';
import type { StartupData } from '../../../functions/domain/ecosystem/model';
import { countWindow, earliestEligible, markDeltas, marksOf, sumWindow, type Bucket, type Mark } from '../../../functions/domain/ecosystem/tallies';

const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Buckets as the data layer keeps them, built from marks. */
const bucketsOf = (marks: readonly Mark[]): Bucket[] => {
  const byYear = new Map<string, { year: number | null; n: number; amount: number; days: Map<string, { n: number; amount: number }> }>();
  for (const d of markDeltas([], marks)) {
    const key = String(d.year);
    const b = byYear.get(key) ?? { year: d.year, n: 0, amount: 0, days: new Map() };
    b.n += d.n;
    b.amount += d.amount;
    if (d.day) b.days.set(d.day, { n: (b.days.get(d.day)?.n ?? 0) + d.n, amount: (b.days.get(d.day)?.amount ?? 0) + d.amount });
    byYear.set(key, b);
  }
  return [...byYear.values()];
};

const startup = (firstRegisteredOn: string | null, stage: StartupData['stage'] = 'STARTUP'): StartupData => ({
  name: 's', nameKey: 's', demo: false, enterpriseCode: null, stage, firstRegisteredOn, description: null, sectors: [], commune: null, founders: [], products: [], intellectualProperty: [], awards: [],
});

describe('tallies: counts from day buckets equal counts.ts over the records', () => {
  it('finds the earliest first registration still eligible, leap days included', () => {
    expect(earliestEligible('2026-01-15')).toBe('2021-01-15');
    expect(earliestEligible('2025-02-28')).toBe('2020-02-28');
    expect(earliestEligible('2025-03-01')).toBe('2020-03-01');
    expect(earliestEligible('2024-02-29')).toBe('2019-03-01');
  });

  it('counts innovative startups on every day of 2024–2026 as eligibility() does', () => {
    // Prepare: one startup registered every 11 days from 2018, a few not eligible by stage.
    const startups = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, data: startup(day('2018-01-01', i * 11), i % 17 === 0 ? 'GRADUATED' : i % 13 === 0 ? 'PROJECT' : 'STARTUP') }));
    const buckets = bucketsOf(startups.flatMap((s) => marksOf('Startup', s.data)));
    const registry: Registry = { startups, incubators: [], grants: [], events: [] };
    for (let i = 0; i < 1100; i += 7) {
      const to = day('2024-01-01', i);
      // Act
      const { series, window } = countWindow('INNOVATIVE_STARTUPS', { from: null, to });
      // Assess
      expect(series).toBe('registered');
      const expected = startups.filter((s) => eligibility(s.data, to).eligible).length;
      expect(sumWindow(buckets, window).n).toBe(expected);
      expect(countRegistry('INNOVATIVE_STARTUPS', registry, { from: null, to })).toHaveLength(expected);
    }
  });

  it('sums levels, year windows, undated marks and amounts', () => {
    const marks: Mark[] = [
      { series: 'grants', date: '2023-05-01', amount: 10 },
      { series: 'grants', date: '2024-02-01', amount: 20 },
      { series: 'grants', date: '2024-07-15', amount: 40 },
      { series: 'grants', date: '2025-01-01', amount: 80 },
      { series: 'grants', date: null, amount: 1000 },
    ];
    const b = bucketsOf(marks);
    expect(sumWindow(b, { from: null, to: '2024-07-14' })).toEqual({ n: 3, amount: 1030 });
    expect(sumWindow(b, { from: null, to: '2024-07-15' })).toEqual({ n: 4, amount: 1070 });
    expect(sumWindow(b, { from: '2024-01-01', to: '2024-12-31' })).toEqual({ n: 2, amount: 60 });
    expect(sumWindow(b, { from: '2024-03-01', to: '2024-02-01' })).toEqual({ n: 0, amount: 0 });
  });

  it('gives no deltas for an unchanged record and opposite ones for a move', () => {
    const before = marksOf('Startup', startup('2022-01-01'));
    expect(markDeltas(before, marksOf('Startup', startup('2022-01-01')))).toEqual([]);
    expect(markDeltas(before, marksOf('Startup', startup('2023-03-04')))).toEqual([
      { series: 'registered', year: 2022, day: '0101', n: -1, amount: 0 },
      { series: 'registered', year: 2023, day: '0304', n: 1, amount: 0 },
    ]);
  });
});
