import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan } from '../../functions/services/plans';
import { createTask } from '../../functions/services/tasks';
import { agencyByName } from '../../functions/services/agencies';
import { seedContext } from '../../scripts/seed/load';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * No N+1: DynamoDB requests by kind and sequential round trips for a plans → tasks →
 * agencies query, before and after the data grows.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
});
afterAll(async () => h.close());

const QUERY = `{ plans(first: 20) { nodes { number tasks(first: 100) { nodes { code leadAgencies { name } } } } } }`;

const addPlans = async (from: number, count: number, tasksEach: number) => {
  const ctx = seedContext(h.store, '04', ['04', '24']);
  const lead = (await agencyByName(ctx, '04', 'Sở Khoa học và Công nghệ'))!;
  const other = (await agencyByName(ctx, '04', 'Hội Nông dân tỉnh'))!;
  for (let p = from; p < from + count; p++) {
    const plan = await createPlan(ctx, '04', { number: `${p}/KH-TEST`, title: `Plan ${p}`, periodFrom: 2026, periodTo: 2026, issuedOn: '2026-01-01' }, { status: 'PUBLISHED' });
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    for (let t = 1; t <= tasksEach; t++) {
      const task = await createTask(ctx, { jur: '04', id: plan.value.id }, String(t), {
        title: `Task ${t}`,
        agencies: [{ agencyId: (t % 2 ? lead : other).id, agencyJur: '04', role: 'LEAD' }],
      });
      if (!task.ok) throw new Error(JSON.stringify(task.errors));
    }
  }
};

describe('plans → tasks → lead agencies', () => {
  it('uses one Query per plan issued together, batched agency reads, no Scan, and round trips that do not grow', async () => {
    // Prepare: over 100 tasks in all.
    await addPlans(1, 4, 30);
    // Act
    const small = await h.metered<{ plans: { nodes: { tasks: { nodes: unknown[] } }[] } }>(QUERY);
    await addPlans(5, 6, 20);
    const large = await h.metered<{ plans: { nodes: { tasks: { nodes: unknown[] } }[] } }>(QUERY);
    // Assess
    const taskCount = (r: typeof small) => r.response.data!.plans.nodes.reduce((n, p) => n + p.tasks.nodes.length, 0);
    expect(taskCount(small)).toBeGreaterThan(100);
    expect(taskCount(large)).toBeGreaterThan(taskCount(small));
    for (const { reading, response } of [small, large]) {
      const plans = response.data!.plans.nodes.length;
      expect(reading.requests.Scan ?? 0).toBe(0);
      // One Query per jurisdiction for the plan list, one per plan for its tasks.
      expect(reading.requests.Query).toBe(2 + plans);
      // Every linked agency in one BatchGetItem (fewer than 100 distinct agencies here).
      expect(reading.requests.BatchGetItem).toBe(1);
      // The anonymous per-address quota is counted in the container and settled in batches (services/quota.ts): no write here.
      expect(Object.keys(reading.requests).sort()).toEqual(['BatchGetItem', 'Query']);
    }
    expect(small.reading.roundTrips).toBe(3);
    expect(large.reading.roundTrips).toBe(small.reading.roundTrips);
  });
});
