/**
 * The plans `npm start` seeds, keyed by jurisdiction code (Decision 19/2025/QĐ-TTg).
 */
import type { IndicatorFixture, PlanFixture } from '../../../functions/domain/plan/fixture';
import { bacNinh151, bacNinh151Indicators } from './bac-ninh-151';
import { caoBang523, caoBang523Indicators } from './cao-bang-523';

export interface SeedPlan {
  readonly plan: PlanFixture;
  readonly indicators: readonly IndicatorFixture[];
}

export const seedPlans: readonly SeedPlan[] = [
  { plan: caoBang523, indicators: caoBang523Indicators },
  { plan: bacNinh151, indicators: bacNinh151Indicators },
];

/** The same plans by jurisdiction: `04` Cao Bằng, `24` Bắc Ninh. */
export const seedPlansByJurisdiction: Readonly<Record<string, SeedPlan>> = Object.fromEntries(
  seedPlans.map((seed) => [seed.plan.jurisdiction, seed]),
);
