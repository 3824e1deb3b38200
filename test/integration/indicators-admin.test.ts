import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

interface IndicatorPayloadOut {
  indicator: {
    id: string;
    version: number;
    measure: string;
    accumulation: string;
    targets: { year: number; text: string; comparator: string; value: number | null; valueMax: number | null; note: string | null }[];
  } | null;
  userErrors: { code: string; field: string[] | null }[];
}

const FIELDS = 'indicator { id version measure accumulation targets { year text comparator value valueMax note } } userErrors { code field }';

describe('indicator changes and reads through GraphQL', () => {
  let harness: Harness;
  let admin: string;
  let planId: string;

  beforeAll(async () => {
    harness = await startHarness({ seed: ['24', '04'] });
    admin = await harness.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
    const plan = await harness.gql<{ planByNumber: { id: string } }>('{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { id } }');
    planId = plan.data?.planByNumber.id as string;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('creates an indicator reading Vietnamese cells and the plan text direction', async () => {
    // Prepare
    const input = {
      plan: planId,
      code: 'X1',
      name: 'Số lượt người tham gia Techfest mỗi năm',
      unit: 'Lượt',
      targets: [
        { year: 2030, text: '≥ 1.800' },
        { year: 2026, text: '0,5', direction: 'AT_LEAST', note: 'The text writes "trên".' },
      ],
    };

    // Act
    const out = await harness.gql<{ indicatorCreate: IndicatorPayloadOut }>(`mutation ($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { ${FIELDS} } }`, { input }, admin);
    const created = out.data?.indicatorCreate as IndicatorPayloadOut;

    // Assess
    expect(created.userErrors).toEqual([]);
    expect(created.indicator?.accumulation).toBe('FLOW');
    expect(created.indicator?.measure).toBe('COUNT');
    expect(created.indicator?.targets.map((t) => [t.year, t.text, t.comparator, t.value])).toEqual([
      [2026, '0,5', 'AT_LEAST', 0.5],
      [2030, '≥ 1.800', 'AT_LEAST', 1800],
    ]);
    expect(created.indicator?.targets[0]?.note).toContain('The text writes "trên".');
  });

  it('sets one milestone from its cell text and refuses a stale version', async () => {
    // Prepare
    const out = await harness.gql<{ indicatorCreate: IndicatorPayloadOut }>(
      `mutation ($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { ${FIELDS} } }`,
      { input: { plan: planId, code: 'X2', name: 'Số dự án được ươm tạo', unit: 'Dự án' } },
      admin,
    );
    const { id, version } = out.data?.indicatorCreate.indicator as NonNullable<IndicatorPayloadOut['indicator']>;
    const mutation = `mutation ($input: TargetSetInput!) { targetSet(input: $input) { ${FIELDS} } }`;

    // Act
    const set = (await harness.gql<{ targetSet: IndicatorPayloadOut }>(mutation, { input: { id, expectedVersion: version, year: 2040, text: '50 - 60' } }, admin)).data
      ?.targetSet as IndicatorPayloadOut;
    const stale = (await harness.gql<{ targetSet: IndicatorPayloadOut }>(mutation, { input: { id, expectedVersion: version, year: 2045, text: 'Top 6' } }, admin)).data
      ?.targetSet as IndicatorPayloadOut;

    // Assess
    expect(set.userErrors).toEqual([]);
    expect(set.indicator?.targets).toMatchObject([{ year: 2040, text: '50 - 60', comparator: 'RANGE', value: 50, valueMax: 60 }]);
    expect(stale.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  });

  it('refuses indicator changes from an agency', async () => {
    // Prepare
    const agencyToken = await harness.token({ role: 'AGENCY', jurisdictions: ['24'], agency: 'someagency' });

    // Act
    const out = await harness.gql<{ indicatorCreate: IndicatorPayloadOut }>(
      `mutation ($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { ${FIELDS} } }`,
      { input: { plan: planId, code: 'X3', name: 'Không được phép' } },
      agencyToken,
    );

    // Assess
    expect(out.data?.indicatorCreate.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });

  it('reads the indicators and agencies of every plan in round trips that do not grow with the lists', async () => {
    // Prepare
    const query = '{ plans(first: 10) { nodes { indicators(first: 50) { nodes { code agencies { agency { name } } tasks { code } } } } } }';

    // Act
    const { response, reading } = await harness.metered<{ plans: { nodes: { indicators: { nodes: unknown[] } }[] } }>(query);

    // Assess
    expect(response.errors).toBeUndefined();
    // 18 seeded in Bắc Ninh (plus any the tests above added), 4 in Cao Bằng.
    expect(response.data?.plans.nodes.map((p) => p.indicators.nodes.length).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(22);
    // Plans of both provinces together, their indicators together, then agencies and tasks in one batch.
    expect(reading.roundTrips).toBeLessThanOrEqual(3);
  });

  it('links Cao Bằng outputs to their tasks and back', async () => {
    // Prepare
    const query = '{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { tasks(first: 50) { nodes { code indicators(first: 5) { nodes { code } } } } } }';

    // Act
    const out = await harness.gql<{ planByNumber: { tasks: { nodes: { code: string; indicators: { nodes: { code: string }[] } }[] } } }>(query);
    const linked = Object.fromEntries(
      (out.data?.planByNumber.tasks.nodes ?? []).filter((t) => t.indicators.nodes.length).map((t) => [t.code, t.indicators.nodes.map((i) => i.code)]),
    );

    // Assess
    expect(linked).toEqual({ '2': ['O1'], '3.1': ['O2'], '3.2': ['O3'], '4.1': ['O4'] });
  });
});
