import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeterReading } from '../../functions/data';
import { createEntity } from '../../functions/services/ecosystem/registry';
import { mentorDef, startMentorship } from '../../functions/services/ecosystem/mentors';
import { startupDef } from '../../functions/services/ecosystem/startups';
import type { ServiceContext } from '../../functions/services/context';
import { seedContext } from '../../scripts/seed/load';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * No N+1 in the portal's deepest read: startups → their mentors → the mentors' other
 * startups, over 50 and then 250 startups. DynamoDB requests by kind and sequential
 * round trips: the round trips grow with the query's depth, not with the number of
 * startups; nothing is a Scan.
 */
let h: Harness;
let ctx: ServiceContext;
const MENTORS = 25;
const mentorIds: string[] = [];
let made = 0;
let portal: string;

beforeAll(async () => {
  h = await startHarness();
  ctx = seedContext(h.store, '04', ['04', '24']);
  // A national reader (a partner network): signed in, so the anonymous per-address quota (an UpdateItem) is not in the count.
  portal = await h.token({ role: 'NATIONAL', jurisdictions: ['04', '24'] });
  for (let m = 0; m < MENTORS; m++) {
    const out = await createEntity(ctx, mentorDef, '04', { name: `Mentor ${String(m).padStart(2, '0')} (demo)`, capacity: 30 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    mentorIds.push(out.value.id);
  }
}, 120_000);
afterAll(async () => h.close());

/** Startups made..total-1, each with one or two mentors (every third has two). */
const growTo = async (total: number) => {
  for (; made < total; made++) {
    const s = await createEntity(ctx, startupDef, '04', { name: `Startup ${String(made).padStart(3, '0')} (demo)`, stage: 'STARTUP', firstRegisteredOn: '2024-01-01' });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const mentors = made % 3 === 0 ? [made % MENTORS, (made + 7) % MENTORS] : [made % MENTORS];
    for (const m of mentors) {
      const ms = await startMentorship(ctx, { jur: '04', id: s.value.id }, { jur: '04', id: mentorIds[m]! }, { from: '2026-01-01' });
      if (!ms.ok) throw new Error(JSON.stringify(ms.errors));
    }
  }
};

const DEPTH: Record<1 | 2 | 3, string> = {
  1: `{ startups(first: 100) { nodes { name } } }`,
  2: `{ startups(first: 100) { nodes { name mentors(first: 5) { nodes { name } } } } }`,
  3: `{ startups(first: 100) { nodes { name mentors(first: 5) { nodes { name startups(first: 5) { nodes { name } } } } } } }`,
};

const measure = async (depth: 1 | 2 | 3) => {
  const { response, reading } = await h.metered<{ startups: { nodes: { mentors?: { nodes: { startups?: { nodes: unknown[] } }[] } }[] } }>(DEPTH[depth], {}, portal);
  expect(response.errors).toBeUndefined();
  return { nodes: response.data!.startups.nodes, reading };
};

const summary = (r: MeterReading) => ({ roundTrips: r.roundTrips, rcu: r.consumedReadCapacity, ...r.requests });

describe('startups → mentors → their other startups', () => {
  it('round trips grow with depth, not with 50 → 250 startups; the list reads its page; no Scan; one BatchGetItem per level', async () => {
    // Prepare
    await growTo(50);
    const small = { 1: await measure(1), 2: await measure(2), 3: await measure(3) };
    await growTo(250);
    // Act
    const large = { 1: await measure(1), 2: await measure(2), 3: await measure(3) };
    console.log(JSON.stringify({ small: { 1: summary(small[1].reading), 2: summary(small[2].reading), 3: summary(small[3].reading) }, large: { 1: summary(large[1].reading), 2: summary(large[2].reading), 3: summary(large[3].reading) } }));
    // Assess
    expect(small[1].nodes).toHaveLength(50);
    expect(large[1].nodes).toHaveLength(100);
    const linked = large[3].nodes.flatMap((s) => s.mentors!.nodes.flatMap((m) => m.startups!.nodes));
    expect(linked.length).toBeGreaterThan(100);
    for (const depth of [1, 2, 3] as const) {
      for (const { reading } of [small[depth], large[depth]]) {
        expect(reading.requests.Scan ?? 0).toBe(0);
        expect(Object.keys(reading.requests).filter((k) => k !== 'Query' && k !== 'BatchGetItem')).toEqual([]);
        // The page's mentors in one BatchGetItem (25 keys). The list reads only its page, so at
        // the third level the mentors' startups that are not on the page take one more batch.
        expect(reading.requests.BatchGetItem ?? 0).toBe(depth === 1 ? 0 : depth === 2 ? 1 : reading === small[3].reading ? 1 : 2);
      }
    }
    expect([small[1], small[2], small[3]].map((m) => m.reading.roundTrips)).toEqual([1, 3, 4]);
    expect([large[1], large[2], large[3]].map((m) => m.reading.roundTrips)).toEqual([1, 3, 5]);
    // The list costs its page: 101 items at 50 or 250 startups (1 read unit per 4 KB of items read).
    expect(small[1].reading.consumedReadCapacity).toBeGreaterThan(0);
    expect(large[1].reading.consumedReadCapacity).toBeLessThanOrEqual(small[1].reading.consumedReadCapacity * 2 + 1);
    // Queries: one per jurisdiction for the list, then one per startup of the page, then one per distinct mentor.
    expect(large[2].reading.requests.Query).toBe(2 + 100);
    expect(large[3].reading.requests.Query).toBe(2 + 100 + MENTORS);
  }, 300_000);
});
