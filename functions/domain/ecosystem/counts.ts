/**
 * Registry counts that indicators can be derived from (DESIGN.md §3: "derived live from
 * the registry"), as pure functions over the records' data. Each returns the counted
 * items, so a count always comes with its drill-down.
 *
 * A window is `{ from, to }` (both inclusive; `from` null for a level "as of `to`"):
 *  - INNOVATIVE_STARTUPS  startups eligible on `to` (eligibility.ts: ≤ 5 years from first
 *                         registration); always a level, `from` is ignored.
 *  - INCUBATORS           incubators recognised (level ≠ NONE) by `to`, dated by
 *                         recognisedOn, else establishedOn; in a window, recognised in it.
 *  - COMMERCIALISED_PRODUCTS  products with commercialisedOn in the window.
 *  - BUDGET_SUPPORTED_PROJECTS  distinct beneficiaries (startup, else name) of
 *                         PROVINCIAL_BUDGET grants dated in the window.
 *  - PATENTS              patents and utility solutions granted in the window.
 *  - TRAININGS            TRAINING events ending in the window.
 */
import type { IsoDate } from '../plan/model';
import { eligibility } from './eligibility';
import type { EventData, IncubatorData, StartupData, SupportGrantData } from './model';

export type CountKind = 'INNOVATIVE_STARTUPS' | 'INCUBATORS' | 'COMMERCIALISED_PRODUCTS' | 'BUDGET_SUPPORTED_PROJECTS' | 'PATENTS' | 'TRAININGS';

export interface Window {
  readonly from: IsoDate | null;
  readonly to: IsoDate;
}

interface Keyed<D> {
  readonly id: string;
  readonly data: D;
}

export interface CountedItem {
  /** The record counted (a startup for products and patents, which live inside it). */
  readonly type: 'Startup' | 'Incubator' | 'SupportGrant' | 'Event';
  readonly id: string;
  /** What was counted, for a person. */
  readonly label: string;
  readonly date: IsoDate | null;
}

export interface Registry {
  readonly startups: readonly Keyed<StartupData>[];
  readonly incubators: readonly Keyed<IncubatorData>[];
  readonly grants: readonly Keyed<SupportGrantData>[];
  readonly events: readonly Keyed<EventData>[];
}

const inWindow = (date: IsoDate | null, w: Window): date is IsoDate => date !== null && date <= w.to && (w.from === null || date >= w.from);

export const countRegistry = (kind: CountKind, registry: Registry, w: Window): CountedItem[] => {
  switch (kind) {
    case 'INNOVATIVE_STARTUPS':
      return registry.startups
        .filter((s) => eligibility(s.data, w.to).eligible)
        .map((s) => ({ type: 'Startup', id: s.id, label: s.data.name, date: s.data.firstRegisteredOn }));
    case 'INCUBATORS':
      return registry.incubators.flatMap((i) => {
        const on = i.data.recognisedOn ?? i.data.establishedOn;
        const counted = i.data.recognitionLevel !== 'NONE' && (on === null ? w.from === null : inWindow(on, w));
        return counted ? [{ type: 'Incubator' as const, id: i.id, label: i.data.name, date: on }] : [];
      });
    case 'COMMERCIALISED_PRODUCTS':
      return registry.startups.flatMap((s) =>
        s.data.products
          .filter((p) => inWindow(p.commercialisedOn, w))
          .map((p) => ({ type: 'Startup' as const, id: s.id, label: `${p.name} — ${s.data.name}`, date: p.commercialisedOn })),
      );
    case 'PATENTS':
      return registry.startups.flatMap((s) =>
        s.data.intellectualProperty
          .filter((p) => inWindow(p.grantedOn, w))
          .map((p) => ({ type: 'Startup' as const, id: s.id, label: `${p.kind === 'PATENT' ? 'Sáng chế' : 'Giải pháp hữu ích'}: ${p.title} — ${s.data.name}`, date: p.grantedOn })),
      );
    case 'BUDGET_SUPPORTED_PROJECTS': {
      const seen = new Set<string>();
      return registry.grants
        .filter((g) => g.data.source === 'PROVINCIAL_BUDGET' && inWindow(g.data.date, w))
        .sort((a, b) => (a.data.date < b.data.date ? -1 : 1))
        .flatMap((g) => {
          const key = g.data.startupId ?? g.data.nameKey;
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ type: 'SupportGrant' as const, id: g.id, label: `${g.data.beneficiaryName} (${g.data.policyBasis})`, date: g.data.date }];
        });
    }
    case 'TRAININGS':
      return registry.events
        .filter((e) => e.data.kind === 'TRAINING' && inWindow(e.data.endsOn, w))
        .map((e) => ({ type: 'Event', id: e.id, label: e.data.name, date: e.data.endsOn }));
  }
};

/**
 * Observations for indicator progress: per year from `fromYear` to the year of `asOf`, the
 * level at the year's end (or at `asOf` in its own year) for a STOCK, the year's count up
 * to then for a FLOW. INNOVATIVE_STARTUPS is a level whatever the indicator says.
 */
export const yearlyCounts = (
  kind: CountKind,
  registry: Registry,
  accumulation: 'STOCK' | 'FLOW',
  fromYear: number,
  asOf: IsoDate,
): { periodYear: number; periodEnd: IsoDate; value: number }[] => {
  const lastYear = Number(asOf.slice(0, 4));
  const out = [];
  for (let year = Math.max(fromYear, lastYear - 30); year <= lastYear; year++) {
    const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const flow = accumulation === 'FLOW' && kind !== 'INNOVATIVE_STARTUPS';
    out.push({ periodYear: year, periodEnd: end, value: countRegistry(kind, registry, { from: flow ? `${year}-01-01` : null, to: end }).length });
  }
  return out;
};
