import { evaluateProgress, type Observation, type ProgressResult } from '../domain/indicator/progress';
import type { IsoDate } from '../domain/plan/model';
import type { ServiceContext } from './context';
import type { IndicatorRecord } from './indicators';
import { approvedObservations } from './observations';
import { derivedIndicatorObservations } from './ecosystem/derived';

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const todayInVietnam = (now = Date.now()): IsoDate => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Derived indicators (`derivedFrom`): values counted from the registry as of `asOf`
 * (services/ecosystem/derived.ts), judged like approved observations.
 */
export const derivedObservations = async (ctx: ServiceContext, indicator: IndicatorRecord, asOf: IsoDate = todayInVietnam()): Promise<Observation[]> =>
  indicator.data.derivedFrom === null ? [] : derivedIndicatorObservations(ctx, indicator, asOf);

/** Progress per milestone from APPROVED observations only (one Query of the indicator's actuals). */
export const indicatorProgress = async (
  ctx: ServiceContext,
  indicator: IndicatorRecord,
  asOf: IsoDate | null,
): Promise<ProgressResult & { asOf: IsoDate }> => {
  const day = asOf ?? todayInVietnam();
  const [approved, derived] = await Promise.all([approvedObservations(ctx, indicator), derivedObservations(ctx, indicator, day)]);
  const observations: Observation[] = [
    ...approved.map((o) => ({ periodYear: o.data.periodYear, periodEnd: o.data.periodEnd, value: o.data.value, text: o.data.text, doneOn: o.data.doneOn })),
    ...derived,
  ];
  const { data } = indicator;
  const result = evaluateProgress({
    asOf: day,
    accumulation: data.accumulation,
    measure: data.measure,
    baseline: data.baseline,
    targets: data.targets,
    observations,
  });
  return { ...result, asOf: day };
};
