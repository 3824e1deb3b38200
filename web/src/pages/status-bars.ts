/**
 * Geometry of the national page's stacked bars: one bar per plan, a segment per indicator
 * status, widths proportional to counts, statuses in a fixed order so bars compare.
 */
const STATUS_ORDER = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NEEDS_REVIEW', 'NOT_DUE', 'NO_DATA'] as const;

export interface Segment { readonly status: string; readonly count: number; readonly x: number; readonly width: number }

export const statusSegments = (counts: readonly { status: string; count: number }[], width: number): Segment[] => {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return [];
  const ordered = [...counts].filter((c) => c.count > 0).sort((a, b) => rank(a.status) - rank(b.status));
  let x = 0;
  return ordered.map((c) => {
    const w = (c.count / total) * width;
    const segment = { status: c.status, count: c.count, x, width: w };
    x += w;
    return segment;
  });
};

const rank = (status: string): number => {
  const i = (STATUS_ORDER as readonly string[]).indexOf(status);
  return i === -1 ? STATUS_ORDER.length : i;
};
