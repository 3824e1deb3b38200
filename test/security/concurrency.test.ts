import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The audit-entry lock (DESIGN.md §5) inside one process: 20 updates of the same record from
 * the same version, sent through the real handler at once (each its own Lambda invocation,
 * interleaved on one event loop and one DynamoDB client). Exactly one wins; the other 19 get
 * CONFLICT; the record moves one version and the audit trail gains one entry, the winner's.
 * The plan case across processes is test/integration/concurrency.test.ts.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'race-admin' });
});
afterAll(async () => h.close());

const WRITERS = 20;

interface Payload {
  readonly userErrors: { code: string }[];
  readonly [key: string]: unknown;
}

const race = async (mutation: string, inputType: string, key: string, select: string, inputs: Record<string, unknown>[]) => {
  const run = createHandler({ ...process.env, ...h.env });
  const query = `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${key} { ${select} } userErrors { code message } } }`;
  const results = await Promise.all(
    inputs.map(async (input) => {
      const out = (await run(graphqlEvent({ query, variables: { input } }, { Authorization: `Bearer ${admin}` }), lambdaContext())) as { body: string };
      const body = JSON.parse(out.body) as { data?: Record<string, Payload>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data![mutation]!;
    }),
  );
  return results;
};

const trail = async (entity: string) =>
  (
    await h.gql<{ auditTrail: { nodes: { version: number; operation: string; changes: { field: string; after: string }[] }[] } }>(
      `query($e: ID!) { auditTrail(filter: { jurisdiction: "04", entity: $e }, first: 100) { nodes { version operation changes { field after } } } }`,
      { e: entity },
      admin,
    )
  ).data!.auditTrail.nodes;

describe('20 concurrent conflicting updates of one record in one process', () => {
  it('startup: exactly one wins, 19 CONFLICT, one new version and one audit entry', async () => {
    // Prepare
    const created = await h.gql<{ startupCreate: { startup: { id: string; version: number } } }>(
      `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id version } userErrors { code } } }`,
      { input: { jurisdiction: '04', name: 'Công ty Chạy Đua', stage: 'PROJECT' } },
      admin,
    );
    const { id, version } = created.data!.startupCreate.startup;
    // Act
    const results = await race(
      'startupUpdate',
      'StartupUpdateInput',
      'startup',
      'version description',
      Array.from({ length: WRITERS }, (_, i) => ({ id, expectedVersion: version, description: `Người viết ${i}` })),
    );
    const now = await h.gql<{ node: { version: number; description: string } }>(`query($id: ID!) { node(id: $id) { ... on Startup { version description } } }`, { id }, admin);
    const entries = await trail(id);
    // Assess
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.userErrors.map((e) => e.code).join() === 'CONFLICT')).toHaveLength(WRITERS - 1);
    const winner = winners[0]!.startup as { version: number; description: string };
    expect(winner.version).toBe(version + 1);
    expect(now.data!.node).toEqual(winner);
    expect(entries.map((e) => [e.version, e.operation])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
    ]);
    expect(entries[1]!.changes).toEqual([{ field: 'description', after: JSON.stringify(winner.description) }]);
  });

  it('indicator: exactly one wins, 19 CONFLICT, one new version and one audit entry', async () => {
    // Prepare
    const plan = await h.gql<{ planCreate: { plan: { id: string } } }>(
      `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id } userErrors { code message } } }`,
      { input: { jurisdiction: '04', number: '9/KH-RACE', title: 'Kế hoạch chạy đua', periodFrom: 2026, periodTo: 2030 } },
      admin,
    );
    const made = await h.gql<{ indicatorCreate: { indicator: { id: string; version: number } } }>(
      `mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id version } userErrors { code message } } }`,
      { input: { plan: plan.data!.planCreate.plan.id, code: 'R1', name: 'Số doanh nghiệp khởi nghiệp', unit: 'doanh nghiệp' } },
      admin,
    );
    const { id, version } = made.data!.indicatorCreate.indicator;
    // Act
    const results = await race(
      'indicatorUpdate',
      'IndicatorUpdateInput',
      'indicator',
      'version name',
      Array.from({ length: WRITERS }, (_, i) => ({ id, expectedVersion: version, name: `Số doanh nghiệp khởi nghiệp (bản ${i})` })),
    );
    const entries = await trail(id);
    // Assess
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.userErrors.map((e) => e.code).join() === 'CONFLICT')).toHaveLength(WRITERS - 1);
    expect((winners[0]!.indicator as { version: number }).version).toBe(version + 1);
    expect(entries.map((e) => [e.version, e.operation])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
    ]);
  });
});
