import { evaluateProgress, type Observation, type ProgressResult } from '../domain/indicator/progress';
import type { IsoDate } from '../domain/plan/model';
import { disagreements, sourceOfTruth, yearlySeries, type Disagreement, type IndicatorSource, type SeriesValue } from '../domain/indicator/sources';
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
const derivedObservations = async (ctx: ServiceContext, indicator: IndicatorRecord, asOf: IsoDate = todayInVietnam()): Promise<Observation[]> =>
  indicator.data.derivedFrom === null ? [] : derivedIndicatorObservations(ctx, indicator, asOf);

interface ProgressSeriesView {
  readonly source: IndicatorSource;
  readonly judged: boolean;
  readonly values: readonly SeriesValue[];
}

export interface IndicatorProgressView extends ProgressResult {
  readonly asOf: IsoDate;
  readonly judgedOn: IndicatorSource;
  readonly series: readonly ProgressSeriesView[];
  readonly disagreements: readonly Disagreement[];
}

/**
 * Progress per milestone on the indicator's source of truth (APPROVED observations only, or
 * its registry count), with both series where both exist and the years they disagree.
 */
export const indicatorProgress = async (ctx: ServiceContext, indicator: IndicatorRecord, asOf: IsoDate | null): Promise<IndicatorProgressView> => {
  const day = asOf ?? todayInVietnam();
  const [approvedRecords, derived] = await Promise.all([approvedObservations(ctx, indicator), derivedObservations(ctx, indicator, day)]);
  const approved: Observation[] = approvedRecords.map((o) => ({
    periodYear: o.data.periodYear,
    periodEnd: o.data.periodEnd,
    value: o.data.value,
    text: o.data.text,
    doneOn: o.data.doneOn,
  }));
  const { data } = indicator;
  const judgedOn = sourceOfTruth(data);
  const result = evaluateProgress({
    asOf: day,
    accumulation: data.accumulation,
    measure: data.measure,
    baseline: data.baseline,
    targets: data.targets,
    observations: judgedOn === 'REGISTRY' ? derived : approved,
  });
  const approvedSeries = yearlySeries(approved, day);
  const registrySeries = data.derivedFrom === null ? null : yearlySeries(derived, day);
  const series: ProgressSeriesView[] = [
    { source: 'APPROVED', judged: judgedOn === 'APPROVED', values: approvedSeries },
    ...(registrySeries ? [{ source: 'REGISTRY' as const, judged: judgedOn === 'REGISTRY', values: registrySeries }] : []),
  ];
  return { ...result, asOf: day, judgedOn, series, disagreements: registrySeries ? disagreements(approvedSeries, registrySeries) : [] };
};
