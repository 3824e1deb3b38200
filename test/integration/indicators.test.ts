import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

const PLANS = /* GraphQL */ `
  {
    plans(first: 10) {
      nodes {
        number
        indicators(first: 50) {
          nodes { id code name unit version targets { year text comparator value valueMax } agencies { role agency { id name } } }
        }
      }
    }
  }
`;

interface TargetOut { year: number; text: string; comparator: string; value: number | null; valueMax: number | null }
interface IndicatorOut {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  version: number;
  targets: TargetOut[];
  agencies: { role: string; agency: { id: string; name: string } }[];
}
interface PlansOut { plans: { nodes: { number: string; indicators: { nodes: IndicatorOut[] } }[] } }

const PROGRESS = /* GraphQL */ `
  query ($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Indicator {
        progress(asOf: $asOf) { overall overallYear milestones { year status expected actual gap target { text } } }
      }
    }
  }
`;

interface ProgressOut {
  node: {
    progress: {
      overall: string;
      overallYear: number | null;
      milestones: { year: number; status: string; expected: number | null; actual: number | null; gap: number | null }[];
    };
  };
}

const CREATE = /* GraphQL */ `
  mutation ($input: ObservationCreateInput!) {
    observationCreate(input: $input) { observation { id status version value period } userErrors { code message field } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: ObservationUpdateInput!) {
    observationUpdate(input: $input) { observation { id status version value } userErrors { code message } }
  }
`;
const step = (verb: string) => /* GraphQL */ `
  mutation ($input: WorkflowInput!) {
    ${verb}(input: $input) { observation { id status version reviewedBy reviewNote submittedBy } userErrors { code message } }
  }
`;

interface ObservationPayloadOut {
  observation: { id: string; status: string; version: number; value?: number | null; reviewedBy?: string | null } | null;
  userErrors: { code: string; message: string }[];
}

describe('indicators through GraphQL (Bắc Ninh seeded)', () => {
  let harness: Harness;
  let admin: string;
  let indicators: IndicatorOut[];
  const byCode = (code: string) => indicators.find((i) => i.code === code) as IndicatorOut;

  const create = async (token: string, input: Record<string, unknown>) =>
    (await harness.gql<{ observationCreate: ObservationPayloadOut }>(CREATE, { input }, token)).data?.observationCreate as ObservationPayloadOut;
  const act = async (verb: string, token: string, id: string, expectedVersion: number, note?: string) =>
    (await harness.gql<Record<string, ObservationPayloadOut>>(step(verb), { input: { id, expectedVersion, ...(note ? { note } : {}) } }, token)).data?.[
      verb
    ] as ObservationPayloadOut;
  const progress = async (id: string, asOf: string) =>
    (await harness.gql<ProgressOut>(PROGRESS, { id, asOf })).data?.node.progress as ProgressOut['node']['progress'];
  const milestone = async (id: string, asOf: string, year: number) => (await progress(id, asOf)).milestones.find((m) => m.year === year);

  beforeAll(async () => {
    harness = await startHarness({ seed: ['24', '04'] });
    admin = await harness.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
    const response = await harness.gql<PlansOut>(PLANS);
    const plan = response.data?.plans.nodes.find((p) => p.number === '151/KH-UBND');
    indicators = plan?.indicators.nodes ?? [];
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('reads every Bắc Ninh annex target as written', () => {
    // Prepare
    const startups = byCode('2');

    // Act
    const read = (code: string) => byCode(code).targets.map((t) => [t.year, t.comparator, t.value, t.valueMax]);

    // Assess
    expect(indicators.map((i) => i.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', 'O1', 'O2', 'O3']);
    expect(startups.name).toBe('Số doanh nghiệp khởi nghiệp sáng tạo');
    expect(startups.unit).toBe('Doanh nghiệp');
    expect(read('2')).toEqual([
      [2025, 'AT_LEAST', 50, null],
      [2030, 'AT_LEAST', 150, null],
      [2035, 'AT_LEAST', 300, null],
      [2040, 'AT_LEAST', 500, null],
      [2045, 'AT_LEAST', 800, null],
    ]);
    expect(byCode('1').targets.map((t) => `${t.comparator} ${t.value}`)).toEqual(['RANK_TOP 10', 'RANK_TOP 10', 'RANK_TOP 10', 'RANK_TOP 10', 'RANK_TOP 6']);
    expect(read('4')[0]).toEqual([2040, 'RANGE', 50, 60]);
    expect(read('13')).toEqual([
      [2030, 'AT_LEAST', 0.7, null],
      [2035, 'INCREASING', null, null],
      [2040, 'INCREASING', null, null],
      [2045, 'INCREASING', null, null],
    ]);
    expect(read('14').at(-1)).toEqual([2045, 'GROWTH_RATE', 18, null]);
    expect(byCode('10').targets.at(-1)).toMatchObject({ year: 2045, text: '≥ 1.800', comparator: 'AT_LEAST', value: 1800 });
    expect(byCode('O1').targets[0]?.comparator).toBe('DONE_BY');
    expect(startups.agencies.map((a) => a.role)[0]).toBe('LEAD');
  });

  it('counts an approved actual only: 120 startups in 2028 puts the 2030 milestone ON_TRACK (expected 110)', async () => {
    // Prepare
    const { id } = byCode('2');
    const before = await milestone(id, '2028-12-31', 2030);
    const created = await create(admin, { indicator: id, period: '2028', value: 120 });
    const obs = created.observation as NonNullable<ObservationPayloadOut['observation']>;
    const submitted = await act('observationSubmit', admin, obs.id, obs.version);
    const whileSubmitted = await milestone(id, '2028-12-31', 2030);

    // Act
    const approved = await act('observationApprove', admin, obs.id, submitted.observation?.version ?? 0);
    const after = await progress(id, '2028-12-31');

    // Assess
    expect(created.userErrors).toEqual([]);
    expect(before).toMatchObject({ status: 'NO_DATA', actual: null });
    expect(whileSubmitted).toEqual(before);
    expect(approved.userErrors).toEqual([]);
    expect(approved.observation?.status).toBe('APPROVED');
    expect(after.overall).toBe('ON_TRACK');
    expect(after.overallYear).toBe(2030);
    expect(after.milestones.map((m) => [m.year, m.status])).toEqual([
      [2025, 'NO_DATA'],
      [2030, 'ON_TRACK'],
      [2035, 'NOT_DUE'],
      [2040, 'NOT_DUE'],
      [2045, 'NOT_DUE'],
    ]);
    expect(after.milestones[1]).toMatchObject({ expected: 110, actual: 120, gap: 10 });
  });

  it('BNIC "Hình thành" (O1) entered for period 2027, done 2027-05-20, is MET on 2027-06-30', async () => {
    // Prepare: the docs' worked example 13, entered for the whole year as agencies do
    const { id } = byCode('O1');
    const created = await create(admin, { indicator: id, period: '2027', doneOn: '2027-05-20' });
    const obs = created.observation as NonNullable<ObservationPayloadOut['observation']>;
    const submitted = await act('observationSubmit', admin, obs.id, obs.version);
    await act('observationApprove', admin, obs.id, submitted.observation?.version ?? 0);

    // Act
    const mid = await milestone(id, '2027-06-30', 2030);
    const before = await milestone(id, '2027-05-19', 2030);

    // Assess
    expect(created.userErrors).toEqual([]);
    expect(mid?.status).toBe('MET');
    expect(before?.status).toBe('ON_TRACK');
  });

  it('locks an approved period: edits and new actuals get LOCKED until an admin reopens it', async () => {
    // Prepare
    const { id } = byCode('3');
    const draft = (await create(admin, { indicator: id, period: '2027', value: 4 })).observation as NonNullable<ObservationPayloadOut['observation']>;
    const submitted = await act('observationSubmit', admin, draft.id, draft.version);
    const approved = await act('observationApprove', admin, draft.id, submitted.observation?.version ?? 0);
    const version = approved.observation?.version ?? 0;

    // Act
    const edit = (await harness.gql<{ observationUpdate: ObservationPayloadOut }>(UPDATE, { input: { id: draft.id, expectedVersion: version, value: 5 } }, admin)).data
      ?.observationUpdate;
    const second = await create(admin, { indicator: id, period: '2027', value: 5 });
    const reopened = await act('observationReopen', admin, draft.id, version, 'Sở Tài chính corrected the count');
    const secondAfter = await create(admin, { indicator: id, period: '2027', value: 5 });

    // Assess
    expect(edit?.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(second.userErrors.map((e) => e.code)).toEqual(['LOCKED']);
    expect(reopened.userErrors).toEqual([]);
    expect(reopened.observation?.status).toBe('RETURNED');
    expect(secondAfter.userErrors).toEqual([]);
  });

  it('lets a returned actual be corrected and resubmitted', async () => {
    // Prepare
    const { id } = byCode('10');
    const draft = (await create(admin, { indicator: id, period: '2026', value: 150 })).observation as NonNullable<ObservationPayloadOut['observation']>;
    const submitted = await act('observationSubmit', admin, draft.id, draft.version);
    const returned = await act('observationReturn', admin, draft.id, submitted.observation?.version ?? 0, 'Attach the list of articles');

    // Act
    const edited = (await harness.gql<{ observationUpdate: ObservationPayloadOut }>(
      UPDATE,
      { input: { id: draft.id, expectedVersion: returned.observation?.version, value: 160 } },
      admin,
    )).data?.observationUpdate as ObservationPayloadOut;
    const resubmitted = await act('observationSubmit', admin, draft.id, edited.observation?.version ?? 0);

    // Assess
    expect(returned.observation).toMatchObject({ status: 'RETURNED', reviewNote: 'Attach the list of articles' });
    expect(edited.userErrors).toEqual([]);
    expect(edited.observation?.value).toBe(160);
    expect(resubmitted.userErrors).toEqual([]);
    expect(resubmitted.observation?.status).toBe('SUBMITTED');
  });

  it('lets an agency submit for its own indicators but never approve', async () => {
    // Prepare
    const indicator = byCode('5');
    const lead = indicator.agencies.find((a) => a.role === 'LEAD')?.agency.id as string;
    const agencyToken = await harness.token({ role: 'AGENCY', jurisdictions: ['24'], agency: Buffer.from(lead, 'base64url').toString('utf8').split(':')[2] });
    const draft = await create(agencyToken, { indicator: indicator.id, period: '2027', value: 30 });
    const obs = draft.observation as NonNullable<ObservationPayloadOut['observation']>;
    const submitted = await act('observationSubmit', agencyToken, obs.id, obs.version);

    // Act
    const approve = await act('observationApprove', agencyToken, obs.id, submitted.observation?.version ?? 0);

    // Assess
    expect(draft.userErrors).toEqual([]);
    expect(submitted.userErrors).toEqual([]);
    expect(approve.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(approve.observation).toBeNull();
  });

  it('refuses an agency that is not an agency of the indicator', async () => {
    // Prepare
    const other = byCode('10').agencies.find((a) => a.role === 'COORDINATING')?.agency.id as string;
    const token = await harness.token({ role: 'AGENCY', jurisdictions: ['24'], agency: Buffer.from(other, 'base64url').toString('utf8').split(':')[2] });

    // Act
    const refused = await create(token, { indicator: byCode('2').id, period: '2027', value: 99 });

    // Assess
    expect(refused.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });
});
