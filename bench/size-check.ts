import { readFileSync } from 'node:fs';
import type { BundleSize } from './bundle';

/**
 * The handler's size budget (bench/size-budget.json): the bundled GraphQL handler, built
 * exactly as a deployment builds it, may not grow past `limitBytes`. The limit was set from a
 * measurement plus ~10 % headroom; raising it is a decision (`npm run size -- --set`), seen in review.
 */
export interface SizeBudget {
  readonly entry: string;
  readonly limitBytes: number;
  readonly measuredBytes: number;
  readonly measuredGzipBytes: number;
  readonly measuredOn: string;
  readonly headroom: number;
}

export const readBudget = (file: string): SizeBudget => {
  const budget = JSON.parse(readFileSync(file, 'utf8')) as SizeBudget;
  if (typeof budget.entry !== 'string' || !(budget.limitBytes > 0)) throw new Error(`${file}: needs "entry" and a positive "limitBytes"`);
  return budget;
};

/** A budget from a measurement: the size plus `headroom`, rounded up to 10 KiB. */
export const budgetFrom = (entry: string, size: Pick<BundleSize, 'bytes' | 'gzipBytes'>, headroom = 0.1, on = new Date()): SizeBudget => ({
  entry,
  limitBytes: Math.ceil((size.bytes * (1 + headroom)) / 10_240) * 10_240,
  measuredBytes: size.bytes,
  measuredGzipBytes: size.gzipBytes,
  measuredOn: on.toISOString().slice(0, 10),
  headroom,
});

export interface SizeVerdict {
  readonly ok: boolean;
  readonly message: string;
}

const n = (bytes: number) => bytes.toLocaleString('en-US');

export const checkSize = (size: Pick<BundleSize, 'bytes' | 'gzipBytes'>, budget: SizeBudget): SizeVerdict => {
  const used = size.bytes / budget.limitBytes;
  const head = `${budget.entry} bundles to ${n(size.bytes)} B (gzip ${n(size.gzipBytes)} B); budget ${n(budget.limitBytes)} B`;
  return size.bytes <= budget.limitBytes
    ? { ok: true, message: `${head}: within (${(used * 100).toFixed(1)} %)` }
    : {
        ok: false,
        message:
          `${head}: OVER by ${n(size.bytes - budget.limitBytes)} B (${((used - 1) * 100).toFixed(1)} %). ` +
          'Find what grew (esbuild --metafile, bench/README.md) and cut it; raise the budget only as a decision: npm run size -- --set',
      };
};
