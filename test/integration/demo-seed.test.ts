import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoEcosystem } from '../../scripts/seed/demo/load';
import { startHarness, type Harness } from '../helpers/harness';

/** The demo ecosystem `npm start` loads: linked, marked as demo, and loaded once. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
  await loadDemoEcosystem(h.store, ['04', '24'], ['04', '24']);
}, 120_000);
afterAll(async () => h.close());

type Startup = {
  name: string;
  eligibility: { eligible: boolean; until: string | null };
  mentors: { nodes: { name: string }[] };
  incubator: { name: string } | null;
  investments: { nodes: { amount: { amount: string; currency: string }; investor: { name: string } }[] };
};

describe('demo ecosystem', () => {
  it('answers the portal query with linked data', async () => {
    const res = await h.gql<{ startups: { nodes: Startup[] } }>(
      `{ startups(first: 5, filter: { search: "khoi nghiep" }) { nodes { name eligibility(asOf: "2026-06-30") { eligible until } mentors(first: 5) { nodes { name } } incubator { name } investments(first: 5) { nodes { amount { amount currency } investor { name } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.startups.nodes;
    expect(nodes.length).toBe(5);
    expect(nodes.every((s) => s.name.endsWith(' (demo)'))).toBe(true);
    expect(nodes.some((s) => s.mentors.nodes.length > 0 && s.incubator && s.investments.nodes.length > 0)).toBe(true);
  });

  it('exercises every rule: eligibility edge, gaps, suggestions, criteria, competition awards and grants, trainings', async () => {
    const res = await h.gql<Record<string, unknown>>(`{
      edge: startups(filter: { jurisdiction: "04", eligibleOn: "2026-01-14", search: "khoi nghiep nong nghiep xanh" }) { nodes { firstRegisteredOn } }
      gaps: mentorshipGaps(asOf: "2026-06-30") { startup { name } }
      incubators { nodes { name meetsCriteria { met } } }
      competitions(filter: { jurisdiction: "04" }) { nodes { name currentPhase(asOf: "2026-08-01") { kind } awards { award { title } supportGrants { nodes { amount { amount } } } } } }
      trainings: events(filter: { kind: TRAINING }) { nodes { name task { code } participants { total women } } }
      search(query: "dau tu") { nodes { __typename } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data as {
      edge: { nodes: { firstRegisteredOn: string }[] };
      gaps: unknown[];
      incubators: { nodes: { meetsCriteria: { met: boolean } }[] };
      competitions: { nodes: { awards: { supportGrants: { nodes: unknown[] } }[] }[] };
      trainings: { nodes: { task: { code: string } | null }[] };
      search: { nodes: { __typename: string }[] };
    };
    expect(d.edge.nodes).toEqual([{ firstRegisteredOn: '2021-01-15' }]);
    expect(d.gaps.length).toBeGreaterThanOrEqual(2);
    expect(new Set(d.incubators.nodes.map((i) => i.meetsCriteria.met))).toEqual(new Set([true, false]));
    expect(d.competitions.nodes.some((c) => c.awards.length === 2 && c.awards.every((a) => a.supportGrants.nodes.length === 1))).toBe(true);
    expect(d.trainings.nodes.filter((t) => t.task?.code === '2')).toHaveLength(2);
    expect(d.search.nodes.map((n) => n.__typename)).toContain('Investor');
  });

  it('binds Bắc Ninh\'s countable indicators to the registry and judges them on it', async () => {
    const res = await h.gql<{ planByNumber: { indicators: { nodes: { name: string; derivedFrom: string | null; progress: { milestones: { actual: number | null }[] } }[] } } }>(
      `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { indicators(first: 50) { nodes { name derivedFrom progress(asOf: "2026-11-30") { milestones { actual } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const derived = res.data!.planByNumber.indicators.nodes.filter((i) => i.derivedFrom);
    expect(derived.map((i) => i.derivedFrom).sort()).toEqual(['BUDGET_SUPPORTED_PROJECTS', 'COMMERCIALISED_PRODUCTS', 'INCUBATORS', 'INNOVATIVE_STARTUPS', 'PATENTS']);
    expect(derived.every((i) => i.progress.milestones.some((m) => m.actual !== null))).toBe(true);
  });

  it('lists the events carrying out a plan task: the trainings behind "02 lớp tập huấn"', async () => {
    const plan = await h.gql<{ planByNumber: { tasks: { nodes: { id: string; code: string; outputs: { quantity: number | null }[] }[] } } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { tasks(first: 100) { nodes { id code outputs { quantity } } } } }`,
    );
    const task2 = plan.data!.planByNumber.tasks.nodes.find((t) => t.code === '2')!;
    const res = await h.gql<{ events: { nodes: { kind: string }[] } }>(`query($task: ID!) { events(filter: { task: $task, kind: TRAINING }) { nodes { kind } } }`, { task: task2.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.events.nodes).toHaveLength(2);
  });

  it('loads once: a second run changes nothing', async () => {
    const again = await loadDemoEcosystem(h.store, ['04', '24'], ['04', '24']);
    expect(again.map((r) => r.skipped)).toEqual([true, true]);
  });
});
