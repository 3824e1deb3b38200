import type { IndicatorFixture } from '../../functions/domain/plan/fixture';
import { fold } from '../../functions/domain/text/vietnamese';
import type { ServiceContext } from '../../functions/services/context';
import { createIndicator } from '../../functions/services/indicators';
import type { Outcome } from '../../functions/domain/common/user-error';

/**
 * Seeds a plan's indicators through the same service as indicatorCreate, after its tasks,
 * with deterministic ids. Targets keep their cells as written; the service reads them
 * (Vietnamese numbers, directions the plan's text gives, notes on where a reading came from).
 */
export const loadSeedIndicators = async (
  ctx: ServiceContext,
  jur: string,
  planId: string,
  indicators: readonly IndicatorFixture[],
  ids: {
    readonly indicator: (code: string) => string;
    readonly agency: (name: string) => string;
    readonly task: (code: string) => string;
  },
  tally: (outcome: Outcome<unknown>, what: string) => void,
): Promise<void> => {
  for (const fixture of indicators) {
    const agencies = [
      ...fixture.leadAgencies.map((name) => ({ name, role: 'LEAD' as const })),
      ...fixture.coordinatingAgencies.map((name) => ({ name, role: 'COORDINATING' as const })),
    ].filter((a, i, all) => all.findIndex((b) => fold(b.name) === fold(a.name)) === i);
    tally(
      await createIndicator(
        ctx,
        { jur, id: planId },
        fixture.code,
        {
          name: fixture.name,
          unit: fixture.unit,
          accumulation: fixture.accumulation,
          targets: fixture.targets.map((t) => ({ year: t.year, text: t.text, direction: t.direction ?? null, note: t.note ?? null })),
          agencies: agencies.map((a) => ({ agencyId: ids.agency(a.name), agencyJur: jur, role: a.role })),
          tasks: fixture.tasks.map((code) => ({ jur, id: ids.task(code) })),
          note: fixture.note ?? null,
        },
        { id: ids.indicator(fixture.code) },
      ),
      `indicator ${fixture.code}`,
    );
  }
};
