import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * observationBatchSubmit, the spreadsheet upload's mutation, over Bắc Ninh's seeded plan: a
 * round's 11 actuals from Sở KH&CN with one bad row; the preview writes nothing, the submit
 * enters and submits the 10 good rows and none of the bad, a retry with the same key enters
 * nothing twice, and a caller who is not the indicators' agency is refused row by row.
 */
const PLAN = /* GraphQL */ `
  {
    plans(first: 10, filter: { jurisdiction: "24" }) {
      nodes { id number indicators(first: 50) { nodes { id code agencies { role agency { id name } } } } }
    }
  }
`;
const BATCH = /* GraphQL */ `
  mutation ($input: ObservationBatchSubmitInput!) {
    observationBatchSubmit(input: $input) {
      rows { row observation { id status value period indicator { code } } }
      submittedCount
      userErrors { field code message }
    }
  }
`;
const OBSERVATIONS = /* GraphQL */ `
  query ($id: ID!) { node(id: $id) { ... on Indicator { observations(first: 50) { nodes { id status value period } } } } }
`;

interface BatchOut {
  rows: { row: number; observation: { id: string; status: string; value: number | null; period: string; indicator: { code: string } } | null }[];
  submittedCount: number;
  userErrors: { field: string[] | null; code: string; message: string }[];
}
interface Indicator { id: string; code: string; agencies: { role: string; agency: { id: string; name: string } }[] }

describe('actuals by spreadsheet (observationBatchSubmit)', () => {
  let h: Harness;
  let agency: string;
  let admin: string;
  let mine: Indicator[];

  const batch = async (token: string, input: Record<string, unknown>) =>
    (await h.gql<{ observationBatchSubmit: BatchOut }>(BATCH, { input }, token)).data!.observationBatchSubmit;
  const observationsOf = async (id: string) =>
    (await h.gql<{ node: { observations: { nodes: { id: string; status: string; value: number | null; period: string }[] } } }>(OBSERVATIONS, { id }, admin)).data!.node.observations.nodes;
  /** A quarter's sheet: one row per indicator; row 4 carries a value its indicator cannot hold. */
  const sheet = (period: string) => mine.map((ind, i) => ({ indicator: ind.id, period, value: i === 4 ? null : 10 + i, note: `Hàng ${i + 1}` }));

  beforeAll(async () => {
    h = await startHarness({ seed: ['24'] });
    admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
    const plan = (await h.gql<{ plans: { nodes: { number: string; indicators: { nodes: Indicator[] } }[] } }>(PLAN)).data!.plans.nodes.find((p) => p.number === '151/KH-UBND')!;
    const skh = plan.indicators.nodes.flatMap((i) => i.agencies).find((a) => a.role === 'LEAD' && a.agency.name === 'Sở Khoa học và Công nghệ')!.agency.id;
    mine = plan.indicators.nodes.filter((i) => i.agencies.some((a) => a.role === 'LEAD' && a.agency.id === skh) && ['1', '4', '5', '6', '10', '11', '12', '13', '14', '15', 'O3'].includes(i.code));
    agency = await h.token({ role: 'AGENCY', jurisdictions: ['24'], agency: Buffer.from(skh, 'base64url').toString('utf8').split(':')[2] });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('previews without writing, submits the 10 good rows of 11, and a retry enters nothing twice', async () => {
    // Prepare
    const rows = sheet('2026-Q3');
    const before = await Promise.all(mine.map((i) => observationsOf(i.id)));

    // Act
    const preview = await batch(agency, { rows, idempotencyKey: 'bn-2026-q3-sheet', validateOnly: true });
    const afterPreview = await Promise.all(mine.map((i) => observationsOf(i.id)));
    const submitted = await batch(agency, { rows, idempotencyKey: 'bn-2026-q3-sheet' });
    const retried = await batch(agency, { rows, idempotencyKey: 'bn-2026-q3-sheet' });
    const after = await Promise.all(mine.map((i) => observationsOf(i.id)));

    // Assess
    expect(mine).toHaveLength(11);
    expect(preview.submittedCount).toBe(10);
    expect(preview.rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10]);
    expect(preview.rows.every((r) => r.observation === null)).toBe(true);
    expect(preview.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'rows', '4', 'value'] })]);
    expect(afterPreview).toEqual(before);
    expect(submitted.submittedCount).toBe(10);
    expect(submitted.rows.map((r) => [r.row, r.observation?.status, r.observation?.value])).toEqual(
      [0, 1, 2, 3, 5, 6, 7, 8, 9, 10].map((i) => [i, 'SUBMITTED', 10 + i]),
    );
    expect(submitted.userErrors.map((e) => e.field)).toEqual([['input', 'rows', '4', 'value']]);
    expect(retried.rows.map((r) => r.observation?.id)).toEqual(submitted.rows.map((r) => r.observation?.id));
    expect(after.map((list) => list.length)).toEqual(before.map((list, i) => list.length + (i === 4 ? 0 : 1)));
  });

  it('refuses every row for an agency that is not the indicators\' agency, and an empty or oversized batch as a whole', async () => {
    // Prepare
    const other = await h.token({ role: 'AGENCY', jurisdictions: ['24'], agency: 'not-an-agency-of-these' });
    const rows = sheet('2026-Q2').slice(0, 3);

    // Act
    const foreign = await batch(other, { rows, idempotencyKey: 'foreign' });
    const national = await batch(await h.token({ role: 'NATIONAL', jurisdictions: [] }), { rows, idempotencyKey: 'national' });
    const empty = await batch(agency, { rows: [], idempotencyKey: 'empty' });
    const huge = await batch(agency, { rows: Array.from({ length: 101 }, () => rows[0]), idempotencyKey: 'huge' });
    const counts = await Promise.all(mine.slice(0, 3).map(async (i) => (await observationsOf(i.id)).filter((o) => o.period === '2026-Q2').length));

    // Assess
    expect(foreign.rows).toEqual([]);
    expect(foreign.userErrors.map((e) => [e.code, e.field?.slice(0, 3)])).toEqual([0, 1, 2].map((i) => ['FORBIDDEN', ['input', 'rows', String(i)]]));
    expect(national.rows).toEqual([]);
    expect(national.userErrors.every((e) => e.code === 'FORBIDDEN')).toBe(true);
    expect(empty.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(huge.userErrors.map((e) => e.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(counts).toEqual([0, 0, 0]);
  });
});
