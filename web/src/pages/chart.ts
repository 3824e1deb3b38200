/**
 * The geometry of an indicator chart: the target trajectory (baseline, then each milestone's
 * target) and the approved actuals, on one year axis and one value axis. Pure, so its rules
 * are unit-tested without a browser.
 */
export interface Point { readonly year: number; readonly value: number }
export interface ChartGeometry {
  readonly years: readonly number[];
  readonly max: number;
  readonly trajectory: string;
  readonly actual: string;
  readonly x: (year: number) => number;
  readonly y: (value: number) => number;
}

const path = (points: readonly Point[], x: (n: number) => number, y: (n: number) => number): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');

export const chartGeometry = (trajectory: readonly Point[], actual: readonly Point[], width: number, height: number, pad = 36): ChartGeometry | null => {
  const all = [...trajectory, ...actual];
  if (all.length === 0) return null;
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const max = Math.max(...all.map((p) => p.value), 0) || 1;
  const x = (year: number) => (last === first ? width / 2 : pad + ((year - first) / (last - first)) * (width - 2 * pad));
  const y = (value: number) => height - pad - (value / max) * (height - 2 * pad);
  const byYear = (points: readonly Point[]) => [...points].sort((a, b) => a.year - b.year);
  return { years, max, trajectory: path(byYear(trajectory), x, y), actual: path(byYear(actual), x, y), x, y };
};
