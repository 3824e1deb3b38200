import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Keys never travel (functions/data/entities): a puller recomputes where a record is
 * listed from its data, and a source still on the older exchange shape (records carrying
 * `index`) is accepted with its `index` ignored, even one that points elsewhere.
 */
let h: Harness;
const SOURCE = { name: 'dien-bien', url: 'https://api.dienbien.example/graphql', jurisdictions: ['11'] };
let operator: string;
let national: string;
beforeAll(async () => {
  h = await startHarness({ env: { JURISDICTIONS: '04,24,11', PULL_SOURCES: JSON.stringify([SOURCE]) } });
  operator = await h.token({ role: 'PULL_OPERATOR', jurisdictions: [] });
  national = await h.token({ role: 'NATIONAL', jurisdictions: ['04', '24', '11'] });
});
afterAll(async () => h.close());

const APPLY = `mutation($i: PullApplyInput!) { pullApply(input: $i) { applied skipped refused { reason } userErrors { code message } } }`;

describe('pulled records', () => {
  it('are listed by keys computed from their data; an old source’s index is ignored', async () => {
    // Prepare
    const base = { type: 'Startup', jurisdiction: '11', version: 1, seq: 7, updatedAt: '2026-05-02T03:04:05.000Z', deleted: false };
    const records = [
      { ...base, id: 'oldshape1', data: { name: 'Bình Minh', nameKey: 'binh minh', stage: 'PROJECT', sectors: [], founders: [], products: [], intellectualProperty: [], awards: [] }, index: { tpk: '04#Startup', tsk: 'forged#x', ppk: '04#Plan#p#Task', psk: '0001' } },
      { ...base, id: 'newshape1', data: { name: 'An Khang', nameKey: 'an khang', stage: 'PROJECT', sectors: [], founders: [], products: [], intellectualProperty: [], awards: [] } },
    ];
    // Act
    const res = await h.gql<{ pullApply: { applied: number; userErrors: unknown[] } }>(APPLY, { i: { source: SOURCE.name, sourceUrl: SOURCE.url, jurisdiction: '11', records } }, operator);
    const list = await h.gql<{ startups: { nodes: { name: string }[] } }>(`{ startups(first: 10, filter: { jurisdiction: "11" }) { nodes { name } } }`, {}, national);
    const stored = await h.store.getRecord({ type: 'Startup', jur: '11', id: 'oldshape1' });
    const foreign = await h.gql<{ startups: { nodes: { name: string }[] } }>(`{ startups(first: 10, filter: { jurisdiction: "04" }) { nodes { name } } }`, {}, national);
    // Assess
    expect(res.data?.pullApply).toMatchObject({ applied: 2, refused: [], userErrors: [] });
    expect(list.data?.startups.nodes.map((n) => n.name)).toEqual(['An Khang', 'Bình Minh']);
    expect(stored).toMatchObject({ tpk: '11#Startup', tsk: 'binh minh#oldshape1' });
    // The forged byParent key is gone: the only one is the main-date listing its own data gives.
    expect(stored?.ppk).toBe('11#Startup#@date');
    expect(stored?.psk).toBe('~#oldshape1');
    expect(foreign.data?.startups.nodes).toEqual([]);
  });
});
