import type { IndicatorResolvers } from './types.generated.js';
import { PLAN, type PlanData } from '../../domain/plan/entities';
import { indicatorAgencies, indicatorTasks } from '../../services/indicators';
import { listObservations } from '../../services/observations';
import { sourceOfTruth } from '../../domain/indicator/sources';
import { indicatorProgress } from '../../services/progress';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';
import { connection, pageSize } from '../connection';

export const Indicator: IndicatorResolvers = {
  __isTypeOf: (value) => (value as { type?: string }).type === 'Indicator',
  id: (indicator) => recordId(indicator),
  plan: async (indicator, _arg, ctx) => {
    const plan = await loadRecord<PlanData>(ctx.services, PLAN, indicator.jur, indicator.data.planId);
    if (!plan) throw new Error(`Indicator ${indicator.id} names a missing plan`);
    return plan;
  },
  code: (indicator) => indicator.data.code,
  name: (indicator) => indicator.data.name,
  unit: (indicator) => indicator.data.unit,
  measure: (indicator) => indicator.data.measure,
  accumulation: (indicator) => indicator.data.accumulation,
  baseline: (indicator) => indicator.data.baseline,
  targets: (indicator) => [...indicator.data.targets],
  agencies: (indicator, _arg, ctx) => indicatorAgencies(ctx.services, indicator),
  tasks: (indicator, _arg, ctx) => indicatorTasks(ctx.services, indicator),
  observations: (indicator, { first, after }, ctx) =>
    connection(() => listObservations(ctx.services, indicator, pageSize(first, 20), after ?? null)),
  progress: (indicator, { asOf }, ctx) => indicatorProgress(ctx.services, indicator, asOf ?? null),
  derivedFrom: (indicator) => indicator.data.derivedFrom,
  sourceOfTruth: (indicator) => sourceOfTruth(indicator.data),
  note: (indicator) => indicator.data.note,
  version: (indicator) => indicator.version,
};
