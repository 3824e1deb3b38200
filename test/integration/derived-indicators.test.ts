import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Derived indicators: an indicator bound to a registry count is judged on the count as
 * of the day asked, with a drill-down to the records counted.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
});
afterAll(async () => h.close());

const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
  const res = await h.gql<T>(query, variables, admin);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('derived indicators', () => {
  it('"innovative startups" counts a startup first registered on 2021-01-15 on 2026-01-14 and not on 2026-01-16', async () => {
    // Prepare: an indicator of plan 523 bound to INNOVATIVE_STARTUPS, and two startups.
    const plan = await gql<{ planByNumber: { id: string } }>(`{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id } }`);
    const created = await gql<{ indicatorCreate: { indicator: { id: string; version: number }; userErrors: unknown[] } }>(
      `mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id version } userErrors { code message } } }`,
      { input: { plan: plan.planByNumber.id, code: 'D1', name: 'Số doanh nghiệp khởi nghiệp sáng tạo', unit: 'doanh nghiệp', measure: 'COUNT', accumulation: 'STOCK', targets: [{ year: 2026, text: '≥ 2' }] } },
    );
    expect(created.indicatorCreate.userErrors).toEqual([]);
    const indicator = created.indicatorCreate.indicator;
    const bound = await gql<{ indicatorDerive: { indicator: { derivedFrom: string }; userErrors: unknown[] } }>(
      `mutation($input: IndicatorDeriveInput!) { indicatorDerive(input: $input) { indicator { derivedFrom } userErrors { code } } }`,
      { input: { id: indicator.id, expectedVersion: indicator.version, derivedFrom: 'INNOVATIVE_STARTUPS' } },
    );
    expect(bound.indicatorDerive).toEqual({ indicator: { derivedFrom: 'INNOVATIVE_STARTUPS' }, userErrors: [] });
    for (const [name, firstRegisteredOn] of [['Khởi nghiệp 2021', '2021-01-15'], ['Khởi nghiệp 2024', '2024-03-01']]) {
      const s = await gql<{ startupCreate: { userErrors: unknown[] } }>(
        `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { userErrors { code } } }`,
        { input: { jurisdiction: '04', name, stage: 'STARTUP', firstRegisteredOn } },
      );
      expect(s.startupCreate.userErrors).toEqual([]);
    }
    // Act
    const read = await gql<{
      node: { on14: { milestones: { actual: number; status: string }[] }; on16: { milestones: { actual: number; status: string }[] } };
      c14: { value: number; items: { label: string; record: { __typename: string } }[] };
      c16: { value: number; items: { label: string }[] };
    }>(
      `query($id: ID!) {
        node(id: $id) { ... on Indicator { on14: progress(asOf: "2026-01-14") { milestones { actual status } } on16: progress(asOf: "2026-01-16") { milestones { actual status } } } }
        c14: indicatorCount(indicator: $id, asOf: "2026-01-14") { value items { label record { __typename } } }
        c16: indicatorCount(indicator: $id, asOf: "2026-01-16") { value items { label } }
      }`,
      { id: indicator.id },
    );
    // Assess
    expect(read.node.on14.milestones[0]!.actual).toBe(2);
    expect(read.node.on16.milestones[0]!.actual).toBe(1);
    expect(read.c14.value).toBe(2);
    expect(read.c14.items.map((i) => i.label).sort()).toEqual(['Khởi nghiệp 2021', 'Khởi nghiệp 2024']);
    expect(read.c14.items[0]!.record.__typename).toBe('Startup');
    expect(read.c16.items.map((i) => i.label)).toEqual(['Khởi nghiệp 2024']);
  });

  it('counts trainings held in a year from real TRAINING events, with the events as the drill-down', async () => {
    for (const [name, kind, on] of [['Lớp tập huấn 1', 'TRAINING', '2026-05-14'], ['Lớp tập huấn 2', 'TRAINING', '2026-09-10'], ['Hội nghị', 'CONFERENCE', '2026-08-20'], ['Lớp 2025', 'TRAINING', '2025-06-01']]) {
      const e = await gql<{ eventCreate: { userErrors: unknown[] } }>(
        `mutation($input: EventCreateInput!) { eventCreate(input: $input) { userErrors { code } } }`,
        { input: { jurisdiction: '04', name, kind, startsOn: on, participants: { total: 40, women: 20 } } },
      );
      expect(e.eventCreate.userErrors).toEqual([]);
    }
    const count = await gql<{ registryCount: { value: number; year: number; items: { record: { __typename: string; name: string } }[] } }>(
      `{ registryCount(kind: TRAININGS, jurisdiction: "04", year: 2026, asOf: "2026-12-31") { value year items { record { __typename ... on Event { name } } } } }`,
    );
    expect(count.registryCount.value).toBe(2);
    expect(count.registryCount.items.map((i) => i.record.name).sort()).toEqual(['Lớp tập huấn 1', 'Lớp tập huấn 2']);
  });

  it('Cao Bằng\'s "02 lớp tập huấn" (O1) bound to TRAININGS is judged on the trainings held in 2026', async () => {
    // Prepare
    const indicators = await gql<{ planByNumber: { indicators: { nodes: { id: string; code: string; version: number }[] } } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { indicators(first: 20) { nodes { id code version } } } }`,
    );
    const o1 = indicators.planByNumber.indicators.nodes.find((i) => i.code === 'O1')!;
    const bound = await gql<{ indicatorDerive: { indicator: { derivedFrom: string }; userErrors: unknown[] } }>(
      `mutation($input: IndicatorDeriveInput!) { indicatorDerive(input: $input) { indicator { derivedFrom } userErrors { code } } }`,
      { input: { id: o1.id, expectedVersion: o1.version, derivedFrom: 'TRAININGS' } },
    );
    await gql(`mutation($input: EventCreateInput!) { eventCreate(input: $input) { userErrors { code } } }`, {
      input: { jurisdiction: '04', name: 'Tập huấn khởi nghiệp cho Hội viên phụ nữ', kind: 'TRAINING', startsOn: '2026-05-12', endsOn: '2026-05-13' },
    });
    // Act
    const read = await gql<{ node: { progress: { milestones: { year: number; actual: number | null; status: string }[] } }; registryCount: { value: number } }>(
      `query($id: ID!) {
        node(id: $id) { ... on Indicator { progress(asOf: "2026-12-31") { milestones { year actual status } } } }
        registryCount(kind: TRAININGS, jurisdiction: "04", year: 2026) { value }
      }`,
      { id: o1.id },
    );
    // Assess: the trainings held in 2026 (this one and any made earlier in this file) against "02", the year over.
    const held = read.registryCount.value;
    expect(bound.indicatorDerive.userErrors).toEqual([]);
    expect(held).toBeGreaterThanOrEqual(1);
    expect(read.node.progress.milestones.find((m) => m.year === 2026)).toMatchObject({ actual: held, status: held === 2 ? 'MET' : 'OFF_TRACK' });
  });

  it('a task lists the events held for it (Task.events)', async () => {
    // Prepare
    const plan = await gql<{ planByNumber: { tasks: { nodes: { id: string; code: string }[] } } }>(
      `{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { tasks(first: 50) { nodes { id code } } } }`,
    );
    const task2 = plan.planByNumber.tasks.nodes.find((t) => t.code === '2')!;
    await gql(`mutation($input: EventCreateInput!) { eventCreate(input: $input) { userErrors { code } } }`, {
      input: { jurisdiction: '04', name: 'Lớp tập huấn khởi nghiệp cho Hội Nông dân', kind: 'TRAINING', startsOn: '2026-08-04', task: task2.id },
    });
    // Act
    const read = await gql<{ node: { events: { nodes: { name: string; kind: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { events(first: 10) { nodes { name kind } } } } }`,
      { id: task2.id },
    );
    // Assess
    expect(read.node.events.nodes).toContainEqual({ name: 'Lớp tập huấn khởi nghiệp cho Hội Nông dân', kind: 'TRAINING' });
  });
});

describe('a registry count beside approved actuals', () => {
  it('shows both series, flags 2028 (approved 120, counted a few), and judges the declared source of truth', async () => {
    // Prepare: Bắc Ninh row 2's targets on a Cao Bằng indicator, approved 120 for 2028, then bound to the registry.
    const plan = await gql<{ planByNumber: { id: string } }>(`{ planByNumber(jurisdiction: "04", number: "523/KH-UBND") { id } }`);
    const created = await gql<{ indicatorCreate: { indicator: { id: string; version: number } } }>(
      `mutation($input: IndicatorCreateInput!) { indicatorCreate(input: $input) { indicator { id version } userErrors { code message } } }`,
      { input: { plan: plan.planByNumber.id, code: 'D2', name: 'Số doanh nghiệp khởi nghiệp sáng tạo', measure: 'COUNT', accumulation: 'STOCK', targets: [{ year: 2025, text: '≥ 50' }, { year: 2030, text: '≥ 150' }] } },
    );
    const id = created.indicatorCreate.indicator.id;
    const obs = await gql<{ observationCreate: { observation: { id: string } } }>(
      `mutation($input: ObservationCreateInput!) { observationCreate(input: $input) { observation { id } userErrors { code } } }`,
      { input: { indicator: id, period: '2028', value: 120 } },
    );
    const step = (verb: string, expectedVersion: number) =>
      gql(`mutation($input: WorkflowInput!) { ${verb}(input: $input) { userErrors { code } } }`, { input: { id: obs.observationCreate.observation.id, expectedVersion } });
    await step('observationSubmit', 1);
    await step('observationApprove', 2);
    const DERIVE = `mutation($input: IndicatorDeriveInput!) { indicatorDerive(input: $input) { indicator { version sourceOfTruth } userErrors { code field } } }`;
    const bound = await gql<{ indicatorDerive: { indicator: { version: number; sourceOfTruth: string } } }>(DERIVE, {
      input: { id, expectedVersion: created.indicatorCreate.indicator.version, derivedFrom: 'INNOVATIVE_STARTUPS' },
    });
    const READ = `query($id: ID!) {
      node(id: $id) { ... on Indicator { sourceOfTruth progress(asOf: "2028-12-31") {
        judgedOn overall milestones { year status actual }
        series { source judged values { year value } }
        disagreements { year approved registry difference relativePercent } } } }
      indicatorCount(indicator: $id, asOf: "2028-12-31") { value }
    }`;
    type Read = {
      node: { sourceOfTruth: string; progress: { judgedOn: string; overall: string; milestones: { year: number; status: string; actual: number | null }[]; series: { source: string; judged: boolean; values: { year: number; value: number }[] }[]; disagreements: { year: number; approved: number; registry: number; difference: number; relativePercent: number }[] } };
      indicatorCount: { value: number };
    };

    // Act
    const onRegistry = await gql<Read>(READ, { id });
    const switched = await gql<{ indicatorDerive: { indicator: { version: number; sourceOfTruth: string } } }>(DERIVE, {
      input: { id, expectedVersion: bound.indicatorDerive.indicator.version, derivedFrom: 'INNOVATIVE_STARTUPS', sourceOfTruth: 'APPROVED' },
    });
    const onApproved = await gql<Read>(READ, { id });
    const refused = await gql<{ indicatorDerive: { indicator: unknown; userErrors: { code: string; field: string[] }[] } }>(DERIVE, {
      input: { id, expectedVersion: switched.indicatorDerive.indicator.version, derivedFrom: null, sourceOfTruth: 'REGISTRY' },
    });
    const report = await gql<{ planReport: { markdown: string } }>(`query($plan: ID!) { planReport(plan: $plan, asOf: "2028-12-31") { markdown } }`, { plan: plan.planByNumber.id });

    // Assess
    const counted = onRegistry.indicatorCount.value;
    expect(counted).toBeLessThan(100);
    const disagreement = { year: 2028, approved: 120, registry: counted, difference: counted - 120 };
    expect(bound.indicatorDerive.indicator.sourceOfTruth).toBe('REGISTRY');
    expect(onRegistry.node.progress.judgedOn).toBe('REGISTRY');
    expect(onRegistry.node.progress.milestones.find((m) => m.year === 2030)).toMatchObject({ actual: counted, status: 'OFF_TRACK' });
    expect(onRegistry.node.progress.series.map((s) => [s.source, s.judged, s.values.find((v) => v.year === 2028)?.value])).toEqual([
      ['APPROVED', false, 120],
      ['REGISTRY', true, counted],
    ]);
    expect(onRegistry.node.progress.disagreements).toEqual([expect.objectContaining(disagreement)]);
    expect(switched.indicatorDerive.indicator.sourceOfTruth).toBe('APPROVED');
    expect(onApproved.node.progress.judgedOn).toBe('APPROVED');
    expect(onApproved.node.progress.milestones.find((m) => m.year === 2030)).toMatchObject({ actual: 120, status: 'ON_TRACK' });
    expect(onApproved.node.progress.disagreements).toEqual([expect.objectContaining(disagreement)]);
    expect(refused.indicatorDerive).toEqual({ indicator: null, userErrors: [{ code: 'INVALID', field: ['input', 'sourceOfTruth'] }] });
    expect(report.planReport.markdown).toContain(`Chỉ tiêu D2: đánh giá theo số liệu được duyệt; số liệu đếm từ cơ sở dữ liệu để đối chiếu. Chênh lệch quá 10% — năm 2028: được duyệt 120, đếm được ${counted}.`);
  });
});
