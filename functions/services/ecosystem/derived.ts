import { countRegistry, type CountKind, type CountedItem, type Registry } from '../../domain/ecosystem/counts';
import { failure, userError, type Outcome } from '../../domain/common/user-error';
import { EVENT, INCUBATOR, STARTUP, SUPPORT_GRANT, type EventData, type IncubatorData, type StartupData, type SupportGrantData } from '../../domain/ecosystem/model';
import type { Observation } from '../../domain/indicator/progress';
import type { Derivation, IndicatorData } from '../../domain/indicator/entities';
import type { IndicatorSource } from '../../domain/indicator/sources';
import type { IsoDate } from '../../domain/plan/model';
import type { StoredRecord } from '../../data';
import type { ServiceContext } from '../context';
import { countOf, yearlyCountsOf } from '../counts';
import { commit } from '../write';
import { today } from './fields';
import { allOfType, loadForChange } from './registry';

/**
 * Derived indicators: the registry counts of domain/ecosystem/counts.ts. The number comes
 * from the counters kept on write (services/counts.ts: one Query per series, whatever the
 * registry holds); the drill-down to the records counted reads the registry (four byType
 * Queries), and only when a caller asks for the items.
 */
const registryOf = async (ctx: ServiceContext, jur: string): Promise<Registry> => {
  const [startups, incubators, grants, events] = await Promise.all([
    allOfType<StartupData>(ctx, STARTUP, jur),
    allOfType<IncubatorData>(ctx, INCUBATOR, jur),
    allOfType<SupportGrantData>(ctx, SUPPORT_GRANT, jur),
    allOfType<EventData>(ctx, EVENT, jur),
  ]);
  return { startups, incubators, grants, events };
};

export interface RegistryCountResult {
  readonly kind: CountKind;
  readonly jurisdiction: string;
  readonly asOf: IsoDate;
  readonly year: number | null;
  readonly value: number;
  /** The items counted, read from the registry when asked for. */
  items(): Promise<readonly CountedItem[]>;
}

/** A level as of `asOf` (default today), or, with `year`, the count within that year up to `asOf`. */
export const registryCount = async (
  ctx: ServiceContext,
  kind: CountKind,
  jur: string,
  asOf: IsoDate | null | undefined,
  year: number | null | undefined,
): Promise<RegistryCountResult> => {
  const day = asOf ?? today();
  const to = year != null && `${year}-12-31` < day ? `${year}-12-31` : day;
  const from = year != null && kind !== 'INNOVATIVE_STARTUPS' ? `${year}-01-01` : null;
  const mine = ctx.jurisdictions.includes(jur);
  const value = mine ? await countOf(ctx, jur, kind, { from, to }) : 0;
  return { kind, jurisdiction: jur, asOf: to, year: year ?? null, value, items: async () => (mine ? countRegistry(kind, await registryOf(ctx, jur), { from, to }) : []) };
};

/** Observations of a derived indicator for progress: one per year from its baseline year on, dated to `asOf` in the last. */
export const derivedIndicatorObservations = async (ctx: ServiceContext, indicator: StoredRecord<IndicatorData>, asOf: IsoDate): Promise<Observation[]> => {
  const kind = indicator.data.derivedFrom;
  if (!kind) return [];
  const firstTarget = Math.min(...indicator.data.targets.map((t) => t.year), Number(asOf.slice(0, 4)));
  const fromYear = indicator.data.baseline ? indicator.data.baseline.year + 1 : firstTarget - 5;
  return yearlyCountsOf(ctx, indicator.jur, kind, indicator.data.accumulation, fromYear, asOf);
};

/** Binds an indicator to a registry count (or unbinds it with null); province admins. */
export const deriveIndicator = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  derivedFrom: Derivation | null,
  note: string | null,
  truth: IndicatorSource | null = null,
): Promise<Outcome<StoredRecord<IndicatorData>>> => {
  const loaded = await loadForChange<IndicatorData>(ctx, 'Indicator', 'indicator', ref);
  if (!loaded.ok) return loaded;
  const indicator = loaded.value;
  if (derivedFrom === null && truth === 'REGISTRY') {
    return failure(userError('INVALID', 'Only an indicator bound to a registry count can be judged on it', ['input', 'sourceOfTruth']));
  }
  if (derivedFrom && indicator.data.measure !== 'COUNT') {
    return failure(userError('INVALID', `A registry count fits a COUNT indicator; this one measures ${indicator.data.measure}`, ['input', 'derivedFrom']));
  }
  return commit(ctx, {
    ref: { type: 'Indicator', ...ref },
    expectedVersion,
    // Unbound, only approved actuals exist; bound, the registry is judged unless the department says otherwise.
    data: { ...indicator.data, derivedFrom, sourceOfTruth: derivedFrom === null ? 'APPROVED' : (truth ?? 'REGISTRY') },
    op: 'DERIVE',
    ...(note ? { note } : {}),
  });
};
