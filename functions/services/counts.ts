/**
 * Counts read from the buckets the write path keeps (data/counters.ts), never by reading
 * the registry: a count is one Query of a series' year buckets (≤ one item per year
 * counted), shared by every count of the request that reads the same series.
 */
import { readCounterBuckets, type Loaders } from '../data';
import type { CountKind } from '../domain/ecosystem/counts';
import { countWindow, sumWindow, type Bucket, type Series, type Window } from '../domain/ecosystem/tallies';
import type { IsoDate } from '../domain/plan/model';
import type { ServiceContext } from './context';

// Per request (its loaders), so the summary of 20 indicators reads each series once.
const cache = new WeakMap<Loaders, Map<string, Promise<Bucket[]>>>();

/** Every bucket of a series up to `toYear` (undated included), read once per request. */
const buckets = (ctx: ServiceContext, jur: string, series: Series, toYear: number): Promise<Bucket[]> => {
  let mine = cache.get(ctx.loaders);
  if (!mine) cache.set(ctx.loaders, (mine = new Map()));
  const key = `${jur}|${series}|${toYear}`;
  let found = mine.get(key);
  if (!found) mine.set(key, (found = readCounterBuckets(ctx.store, jur, series, { from: null, to: toYear })));
  return found;
};

/** The marks of a series in a window: how many, and their VND amount. */
export const seriesTotal = async (ctx: ServiceContext, jur: string, series: Series, w: Window): Promise<{ n: number; amount: number }> =>
  sumWindow(await buckets(ctx, jur, series, Number(w.to.slice(0, 4))), w);

/** A registry count (counts.ts's rule) over a window, from its counter. */
export const countOf = async (ctx: ServiceContext, jur: string, kind: CountKind, w: Window): Promise<number> => {
  const { series, window } = countWindow(kind, w);
  return (await seriesTotal(ctx, jur, series, window)).n;
};

/** A registry count for each year of `fromYear`…`asOf`, as counts.ts's yearlyCounts makes them. */
export const yearlyCountsOf = async (
  ctx: ServiceContext,
  jur: string,
  kind: CountKind,
  accumulation: 'STOCK' | 'FLOW',
  fromYear: number,
  asOf: IsoDate,
): Promise<{ periodYear: number; periodEnd: IsoDate; value: number }[]> => {
  const lastYear = Number(asOf.slice(0, 4));
  const flow = accumulation === 'FLOW' && kind !== 'INNOVATIVE_STARTUPS';
  const years: number[] = [];
  for (let year = Math.max(fromYear, lastYear - 30); year <= lastYear; year++) years.push(year);
  return Promise.all(
    years.map(async (year) => {
      const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
      // Read through the last year's buckets, so every year shares one Query per series.
      const { series, window } = countWindow(kind, { from: flow ? `${year}-01-01` : null, to: end });
      return { periodYear: year, periodEnd: end, value: sumWindow(await buckets(ctx, jur, series, lastYear), window).n };
    }),
  );
};
