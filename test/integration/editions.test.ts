import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Editions are complete: edition 1 is frozen when the plan is published (or seeded), so a
 * direct change made afterwards is not folded into it; planDiff shows it against the current
 * state, and the next amendment's diff from edition 1 holds it.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
}, 60_000);
afterAll(async () => h?.close());

const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
  const res = await h.gql<T>(query, variables, admin);
  expect(res.errors).toBeUndefined();
  return res.data!;
};
type Change = { path: string; kind: string; before: string | null; after: string | null };
const DIFF = `query($plan: ID!, $from: Int!, $to: Int, $current: Boolean) { planDiff(plan: $plan, from: $from, to: $to, current: $current) { from to current changes { path kind before after } } }`;
type DiffOut = { planDiff: { from: number; to: number; current: boolean; changes: Change[] } };

describe('plan editions', () => {
  it('a taskUpdate after publishing shows in planDiff and in the next amendment, not inside edition 1', async () => {
    // Prepare: Cao Bằng 523 as seeded (published), task 2 renamed directly.
    const plan = await gql<{ planByNumber: { id: string; version: number; tasks: { nodes: { id: string; code: string; title: string; version: number }[] } } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id version tasks(first: 50) { nodes { id code title version } } } }`,
    );
    const { id: planId } = plan.planByNumber;
    const task2 = plan.planByNumber.tasks.nodes.find((t) => t.code === '2')!;
    const renamed = await gql<{ taskUpdate: { userErrors: unknown[] } }>(
      `mutation($input: TaskUpdateInput!) { taskUpdate(input: $input) { userErrors { code message } } }`,
      { input: { id: task2.id, expectedVersion: task2.version, title: 'Tập huấn khởi nghiệp (đã sửa)' } },
    );

    // Act
    const pending = await gql<DiffOut>(DIFF, { plan: planId, from: 1, current: true });
    const between = await gql<DiffOut>(DIFF, { plan: planId, from: 1 });
    const amended = await gql<{ planAmend: { edition: { edition: number }; userErrors: unknown[] } }>(
      `mutation($input: PlanAmendInput!) { planAmend(input: $input) { edition { edition } userErrors { code field message } } }`,
      { input: { id: planId, expectedVersion: plan.planByNumber.version, note: 'Bổ sung mục đích', plan: { purposes: ['Mục đích mới'] } } },
    );
    const afterAmend = await gql<DiffOut>(DIFF, { plan: planId, from: 1, to: 2 });

    // Assess
    const titleChange = { path: 'tasks[2].title', kind: 'CHANGED', before: JSON.stringify(task2.title), after: JSON.stringify('Tập huấn khởi nghiệp (đã sửa)') };
    expect(renamed.taskUpdate.userErrors).toEqual([]);
    expect(pending.planDiff).toMatchObject({ from: 1, to: 1, current: true });
    expect(pending.planDiff.changes).toEqual([expect.objectContaining({ path: titleChange.path, kind: 'CHANGED' })]);
    expect(between.planDiff).toMatchObject({ to: 1, current: false, changes: [] });
    expect(amended.planAmend.userErrors).toEqual([]);
    expect(amended.planAmend.edition.edition).toBe(2);
    expect(afterAmend.planDiff.changes.map((c) => c.path)).toEqual(expect.arrayContaining([titleChange.path, 'plan.purposes']));
  });

  it('planPublish freezes edition 1: a task added after publishing is a change from it', async () => {
    // Prepare
    const created = await gql<{ planCreate: { plan: { id: string; version: number } } }>(
      `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id version } userErrors { code message } } }`,
      { input: { jurisdiction: '04', number: '9/KH-EDITION', title: 'Kế hoạch thử', periodFrom: 2026, periodTo: 2026 } },
    );
    const { id, version } = created.planCreate.plan;
    await gql(`mutation($input: TaskCreateInput!) { taskCreate(input: $input) { userErrors { code } } }`, { input: { plan: id, code: '1', title: 'Nhiệm vụ có từ đầu' } });
    const published = await gql<{ planPublish: { plan: { edition: number }; userErrors: unknown[] } }>(
      `mutation($input: WorkflowInput!) { planPublish(input: $input) { plan { edition } userErrors { code message } } }`,
      { input: { id, expectedVersion: version } },
    );

    // Act
    await gql(`mutation($input: TaskCreateInput!) { taskCreate(input: $input) { userErrors { code } } }`, { input: { plan: id, code: '2', title: 'Nhiệm vụ thêm sau' } });
    const pending = await gql<DiffOut>(DIFF, { plan: id, from: 1, current: true });
    const editions = await gql<{ planVersions: { nodes: { edition: number; taskCount: number }[] } }>(
      `query($id: ID!) { planVersions(plan: $id) { nodes { edition taskCount } } }`,
      { id },
    );

    // Assess
    expect(published.planPublish.userErrors).toEqual([]);
    expect(editions.planVersions.nodes).toEqual([{ edition: 1, taskCount: 1 }]);
    expect(pending.planDiff.changes.map((c) => [c.path, c.kind])).toEqual([['tasks[2]', 'ADDED']]);
  });
});
