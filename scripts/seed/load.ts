import { createHash } from 'node:crypto';
import { createLoaders, type Store } from '../../functions/data';
import type { PlanFixture } from '../../functions/domain/plan/fixture';
import { fold } from '../../functions/domain/text/vietnamese';
import { createAgency } from '../../functions/services/agencies';
import { scopeFor, type Caller } from '../../functions/services/caller';
import type { ServiceContext } from '../../functions/services/context';
import { createPlan, getPlan } from '../../functions/services/plans';
import { createTask } from '../../functions/services/tasks';
import { setCalendar } from '../../functions/services/operations/calendar';
import { freezeFirstEdition } from '../../functions/services/operations/editions';
import type { UserError } from '../../functions/domain/common/user-error';
import { loadSeedIndicators } from './indicators';
import type { SeedPlan } from './plans';

/**
 * Loads seed plans through the same services as the API, as a province admin of
 * the plan's jurisdiction. IDs are derived from the facts (jurisdiction, number,
 * code, name), so a second run finds everything present: a record that exists,
 * whatever a user made of it since (edited, deleted), is left alone.
 */
export interface SeedReport {
  readonly created: number;
  readonly kept: number;
}

export const seedId = (...parts: string[]): string => createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 20);

export const seedContext = (store: Store, jur: string, jurisdictions: readonly string[]): ServiceContext => {
  const caller: Caller = { role: 'PROVINCE_ADMIN', subject: 'seed', jurisdictions: [jur], agencyId: null };
  return { store, loaders: createLoaders(store), caller, scope: scopeFor(caller), jurisdictions };
};

const SEED_VERSION = 'plans-v2';

export const loadSeedPlan = async (store: Store, seed: SeedPlan, jurisdictions: readonly string[]): Promise<SeedReport> => {
  const plan: PlanFixture = seed.plan;
  const jur = plan.jurisdiction;
  const ctx = seedContext(store, jur, jurisdictions);
  if (await store.claimHolder(jur, `seed#${SEED_VERSION}#${plan.number}`)) return { created: 0, kept: 1 };
  let created = 0;
  let kept = 0;
  const tally = (outcome: { ok: boolean; errors?: readonly UserError[] }, what: string) => {
    if (outcome.ok) created += 1;
    else if (outcome.errors?.every((e) => e.code === 'CONFLICT' || e.code === 'DUPLICATE')) kept += 1;
    else throw new Error(`Seeding ${what} failed: ${JSON.stringify(outcome.errors)}`);
  };

  const agencyIds = new Map<string, string>();
  for (const agency of plan.agencies) {
    const id = seedId(jur, 'agency', fold(agency.name));
    agencyIds.set(fold(agency.name), id);
    tally(await createAgency(ctx, jur, agency, { id }), `agency ${agency.name}`);
  }
  const agencyId = (name: string): string => {
    const id = agencyIds.get(fold(name));
    if (!id) throw new Error(`Seed plan ${plan.number} names agency "${name}" missing from its agencies`);
    return id;
  };

  const planId = seedId(jur, 'plan', plan.number);
  tally(
    await createPlan(
      ctx,
      jur,
      {
        ...plan,
        responsibilities: plan.responsibilities.map((r) => ({ agencyId: agencyId(r.agency), agencyJur: jur, duties: r.duties })),
      },
      { id: planId, status: 'PUBLISHED' },
    ),
    `plan ${plan.number}`,
  );

  // Parents before children: codes sorted by depth.
  const tasks = [...plan.tasks].sort((a, b) => a.code.split('.').length - b.code.split('.').length);
  for (const task of tasks) {
    tally(
      await createTask(
        ctx,
        { jur, id: planId },
        task.code,
        {
          title: task.title,
          titleSource: task.titleSource ?? 'PLAN',
          content: task.content,
          timeline: task.timeline,
          phases: task.phases,
          outputs: task.outputs,
          agencies: task.agencies.map((a) => ({ agencyId: agencyId(a.name), agencyJur: jur, role: a.role, note: a.note ?? null })),
        },
        { id: seedId(jur, 'task', plan.number, task.code) },
      ),
      `task ${task.code}`,
    );
  }
  await loadSeedIndicators(ctx, jur, planId, seed.indicators, {
    indicator: (code) => seedId(jur, 'indicator', plan.number, code),
    agency: agencyId,
    task: (code) => seedId(jur, 'task', plan.number, code),
  }, tally);
  // Both plans require periodic reports to the department (Cao Bằng IV.2; Bắc Ninh's closing
  // paragraph) without fixing a rhythm: seed a quarterly calendar, reports due 10 days after.
  tally(await setCalendar(ctx, { jur, id: planId }, 0, ['QUARTERLY'], 10), 'reporting calendar');
  // Seeded published: freeze edition 1 now, as planPublish does, so later edits show in planDiff.
  const loaded = await getPlan(ctx, jur, planId);
  if (loaded) tally(await freezeFirstEdition(ctx, loaded), 'edition 1');
  await store.claim(ctx.scope, jur, `seed#${SEED_VERSION}#${plan.number}`, 'seed', async () => true);
  return { created, kept };
};
