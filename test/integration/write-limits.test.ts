import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * What DynamoDB refuses is refused before the write takes its change number, claim or audit
 * entry (ISSUE 15.2, 15.5): INVALID with the field, nothing written, and the national pull
 * that follows completes. Runs over dynalite and, in `npm run test:ddb-local`, DynamoDB Local,
 * where these inputs used to fail after their audit entry was written.
 */
interface Err { code: string; message: string; field: string[] | null }
// Syllables with a final consonant fold to three jamo of 3 bytes each: 120 × 9 = 1,080 bytes.
const HANGUL_120 = '한국인학생'.repeat(24);
const MARKS_ONLY = '\u0301\u0301\u0301';

describe('writes DynamoDB would refuse', () => {
  let h: Harness;
  let admin: string;
  let indicator: string;

  const written = async () => {
    const audit = await h.store.client.send(new ScanCommand({ TableName: h.store.table('Audit'), Select: 'COUNT' }));
    const control = await h.store.client.send(new ScanCommand({ TableName: h.store.table('Control') }));
    const counters = await Promise.all(['04', '24'].map((j) => h.store.client.send(new GetCommand({ TableName: h.store.table('Control'), Key: { pk: `${j}#feed`, sk: 'counter' }, ConsistentRead: true }))));
    return { audit: audit.Count, control: (control.Items ?? []).map((i) => `${String(i.pk)}|${String(i.sk)}`).sort(), counters: counters.map((c) => c.Item?.n as number) };
  };

  beforeAll(async () => {
    h = await startHarness({ seed: ['24'] });
    admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04', '24'] });
    const plan = await h.gql<{ planByNumber: { indicators: { nodes: { id: string; code: string }[] } } }>(
      `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { indicators(first: 50) { nodes { id code } } } }`,
    );
    indicator = plan.data!.planByNumber.indicators.nodes.find((i) => i.code === '2')!.id;
  }, 60_000);
  afterAll(async () => h?.close());

  const startupCreate = async (name: string) =>
    (await h.gql<{ startupCreate: { startup: { id: string } | null; userErrors: Err[] } }>(
      `mutation($i: StartupCreateInput!) { startupCreate(input: $i) { startup { id } userErrors { code message field } } }`,
      { i: { jurisdiction: '04', name, stage: 'PROJECT' } },
      admin,
    )).data!.startupCreate;
  const agencyCreate = async (name: string) =>
    (await h.gql<{ agencyCreate: { agency: { id: string } | null; userErrors: Err[] } }>(
      `mutation($i: AgencyCreateInput!) { agencyCreate(input: $i) { agency { id } userErrors { code message field } } }`,
      { i: { jurisdiction: '04', name, kind: 'ASSOCIATION' } },
      admin,
    )).data!.agencyCreate;
  const observationCreate = async (value: number, idempotencyKey?: string) =>
    (await h.gql<{ observationCreate: { observation: { id: string; value: number } | null; userErrors: Err[] } }>(
      `mutation($i: ObservationCreateInput!) { observationCreate(input: $i) { observation { id value } userErrors { code message field } } }`,
      { i: { indicator, period: '2029', value, ...(idempotencyKey ? { idempotencyKey } : {}) } },
      admin,
    )).data!.observationCreate;

  it('a startup name of 120 Hangul syllables (an index key over 1,024 bytes) is INVALID, too long, and writes nothing', async () => {
    const before = await written();
    const out = await startupCreate(HANGUL_120);
    expect(out.startup).toBeNull();
    expect(out.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'name'], message: expect.stringMatching(/too long.*bytes/) })]);
    expect(await written()).toEqual(before);
  });

  it('an agency name of combining marks only (an empty index key) is INVALID, and its name is not left taken', async () => {
    const before = await written();
    const first = await agencyCreate(MARKS_ONLY);
    expect(first.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'name'], message: expect.stringMatching(/empty/) })]);
    expect(await written()).toEqual(before);
    const again = await agencyCreate('\u0300\u0300');
    expect(again.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  });

  it.each([1.5e16, 1e20, 1e308])('an observation of %s is INVALID on its value, and writes nothing', async (value) => {
    const before = await written();
    const out = await observationCreate(value);
    expect(out.observation).toBeNull();
    expect(out.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'value'], message: expect.stringMatching(/out of range/) })]);
    expect(await written()).toEqual(before);
  });

  it('a create refused by validation does not use up its idempotencyKey: the corrected retry succeeds', async () => {
    expect((await observationCreate(1e20, 'limits-retry')).userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const retry = await observationCreate(120, 'limits-retry');
    expect(retry.userErrors).toEqual([]);
    expect(retry.observation?.value).toBe(120);
  });
});
