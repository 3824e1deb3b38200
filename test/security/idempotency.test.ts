import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/** Idempotent creates: a retry returns the first result and writes nothing; a reused key with other input is INVALID. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const CREATE = `mutation($input: PlanCreateInput!) { planCreate(input: $input) { plan { id version title } userErrors { field code } } }`;
type Payload = { planCreate: { plan: { id: string; version: number; title: string } | null; userErrors: { field: string[]; code: string }[] } };

describe('idempotencyKey', () => {
  it('returns the first result for a retry and writes nothing more', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const input = { jurisdiction: '04', number: '10/KH-UBND', title: 'Kế hoạch A', periodFrom: 2027, periodTo: 2027, idempotencyKey: 'retry-1' };
    // Act
    const first = (await h.gql<Payload>(CREATE, { input }, admin)).data!.planCreate;
    const { result, reading } = await (async () => {
      const metered = await h.metered<Payload>(CREATE, { input: { ...input } }, admin);
      return { result: metered.response.data!.planCreate, reading: metered.reading };
    })();
    // Assess
    expect(first.userErrors).toEqual([]);
    expect(result).toEqual(first);
    expect(reading.requests.PutItem ?? 0).toBe(1); // the claim re-put by the same input; no audit entry, no item
    const audit = await h.store.auditOf({ type: 'Plan', jur: '04', id: Buffer.from(first.plan!.id, 'base64url').toString().split(':')[2]! });
    expect(audit).toHaveLength(1);
  });

  it('refuses the same key with a different input', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const input = { jurisdiction: '04', number: '11/KH-UBND', title: 'Kế hoạch B', periodFrom: 2027, periodTo: 2027, idempotencyKey: 'k-2' };
    await h.gql<Payload>(CREATE, { input }, admin);
    // Act
    const reused = (await h.gql<Payload>(CREATE, { input: { ...input, title: 'Khác' } }, admin)).data!.planCreate;
    // Assess
    expect(reused).toEqual({ plan: null, userErrors: [{ field: ['input', 'idempotencyKey'], code: 'INVALID' }] });
  });

  it('lets a corrected retry reuse the key of a create that failed', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const bad = { jurisdiction: '04', number: '12/KH-UBND', title: '', periodFrom: 2027, periodTo: 2027, idempotencyKey: 'k-3' };
    // Act
    const failed = (await h.gql<Payload>(CREATE, { input: bad }, admin)).data!.planCreate;
    const corrected = (await h.gql<Payload>(CREATE, { input: { ...bad, title: 'Kế hoạch C' } }, admin)).data!.planCreate;
    // Assess
    expect(failed.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    expect(corrected.plan?.title).toBe('Kế hoạch C');
  });
});

describe('idempotencyKey on creates that derive their id from the key', () => {
  it('refuses an observation retried with the same key and another value, and replays an identical one', async () => {
    // Prepare
    const h2 = await startHarness({ seed: ['24'] });
    try {
      const admin = await h2.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
      const plan = await h2.gql<{ planByNumber: { indicators: { nodes: { id: string; code: string }[] } } }>(
        `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { indicators(first: 50) { nodes { id code } } } }`,
      );
      const indicator = plan.data!.planByNumber.indicators.nodes.find((i) => i.code === '2')!;
      const CREATE = `mutation($input: ObservationCreateInput!) { observationCreate(input: $input) { observation { id } userErrors { field code } } }`;
      const input = { indicator: indicator.id, period: '2027', value: 70, idempotencyKey: 'obs-1' };
      // Act
      const first = await h2.gql<{ observationCreate: { observation: { id: string } | null; userErrors: { code: string }[] } }>(CREATE, { input }, admin);
      const replay = await h2.gql<{ observationCreate: { observation: { id: string } | null } }>(CREATE, { input }, admin);
      const other = await h2.gql<{ observationCreate: { observation: unknown; userErrors: { field: string[]; code: string }[] } }>(CREATE, { input: { ...input, value: 71 } }, admin);
      // Assess
      expect(first.data!.observationCreate.userErrors).toEqual([]);
      expect(replay.data!.observationCreate.observation?.id).toBe(first.data!.observationCreate.observation?.id);
      expect(other.data!.observationCreate).toEqual({ observation: null, userErrors: [{ field: ['input', 'idempotencyKey'], code: 'INVALID' }] });
    } finally {
      await h2.close();
    }
  });
});
