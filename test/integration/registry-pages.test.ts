import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTypePage, type MeterReading, type StoredRecord, type TypePage } from '../../functions/data';
import { STARTUP, type StartupData } from '../../functions/domain/ecosystem/model';
import { createEntity } from '../../functions/services/ecosystem/registry';
import { startupDef } from '../../functions/services/ecosystem/startups';
import { seedContext } from '../../scripts/seed/load';
import { startHarness, type GraphQLResponse, type Harness } from '../helpers/harness';

/**
 * Registry lists are read from the byType index where the cursor points (data/type-pages.ts):
 * pages over two provinces merge in name order with nothing skipped or repeated, in both
 * directions; a page costs its page; a filter the index cannot answer stops short at its
 * read bound and goes on from where it stopped.
 */
let h: Harness;
let portal: string;
const PER_PROVINCE = 23;
const byName: { name: string; jur: string; date: string | null }[] = [];

beforeAll(async () => {
  h = await startHarness();
  portal = await h.token({ role: 'NATIONAL', jurisdictions: ['04', '24'] });
  for (const jur of ['04', '24']) {
    const ctx = seedContext(h.store, jur, ['04', '24']);
    for (let i = 0; i < PER_PROVINCE; i++) {
      // Every fifth name (and id) is the same in both provinces: the merge must keep both.
      const shared = i % 5 === 0;
      const name = shared ? `Đổi mới ${String(i).padStart(2, '0')}` : `Khởi nghiệp ${jur} ${String(i).padStart(2, '0')}`;
      // Dates spread over two years, equal ones across provinces, and some projects undated.
      const undated = i % 6 === 5 && i % 7 !== 3;
      const stage = i % 7 === 3 ? 'SCALEUP' : undated ? 'PROJECT' : 'STARTUP';
      const date = undated ? null : `${2023 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 9) + 1).padStart(2, '0')}`;
      const out = await createEntity(ctx, startupDef, jur, { name, stage, ...(date ? { firstRegisteredOn: date } : {}) }, shared ? { id: `shared-${i}` } : {});
      if (!out.ok) throw new Error(JSON.stringify(out.errors));
      byName.push({ name, jur, date });
    }
  }
}, 120_000);
afterAll(async () => h.close());

type Page = { nodes: { name: string; jurisdiction: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const walk = async (args: string) => {
  const seen: string[] = [];
  const queries: number[] = [];
  let after: string | null = null;
  for (let n = 0; n < 50; n++) {
    const { response, reading }: { response: GraphQLResponse<{ startups: Page }>; reading: MeterReading } = await h.metered<{ startups: Page }>(
      `query($after: String) { startups(first: 6, after: $after${args}) { nodes { name jurisdiction { code } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      portal,
    );
    expect(response.errors).toBeUndefined();
    const page: Page = response.data!.startups;
    seen.push(...page.nodes.map((s) => `${s.name}|${s.jurisdiction.code}`));
    queries.push(reading.requests.Query ?? 0);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { seen, queries };
};

describe('registry pages read from the index', () => {
  it('walks both provinces in name order, each page one Query per province, nothing skipped or repeated', async () => {
    const { seen, queries } = await walk('');
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
    expect(seen).toHaveLength(2 * PER_PROVINCE);
    expect(new Set(seen).size).toBe(seen.length);
    const names = seen.map((s) => fold(s.split('|')[0]!));
    expect(names).toEqual([...names].sort());
    expect(queries.every((q) => q === 2)).toBe(true);
  });

  it('walks backwards with direction DESC', async () => {
    const asc = (await walk('')).seen;
    const desc = (await walk(', orderBy: { field: NAME, direction: DESC }')).seen;
    expect(desc.map((s) => s.split('|')[0])).toEqual(asc.map((s) => s.split('|')[0]).reverse());
    expect(new Set(desc)).toEqual(new Set(asc));
  });

  it('orderBy DATE reads the main-date listing: dated in date order, undated last, each page one Query per province', async () => {
    const dateOf = new Map(byName.map((s) => [`${s.name}|${s.jur}`, s.date ?? '~']));
    const asc = await walk(', orderBy: { field: DATE }');
    const desc = await walk(', orderBy: { field: DATE, direction: DESC }');
    const dates = asc.seen.map((s) => dateOf.get(s)!);
    expect(asc.seen).toHaveLength(2 * PER_PROVINCE);
    expect(new Set(asc.seen).size).toBe(asc.seen.length);
    expect(dates).toEqual([...dates].sort());
    expect(dates.filter((d) => d === '~')).toHaveLength(byName.filter((s) => !s.date).length);
    expect(desc.seen).toEqual([...asc.seen].reverse());
    expect([...asc.queries, ...desc.queries].every((q) => q === 2)).toBe(true);
  });

  it('a filter keeps only its records, across pages', async () => {
    const { seen } = await walk(', filter: { stage: SCALEUP }');
    const expected = byName.filter((_, i) => i % PER_PROVINCE % 7 === 3).map((s) => `${s.name}|${s.jur}`);
    expect([...seen].sort()).toEqual(expected.sort());
  });

  it('a filtered page stops short at its read bound and the next one goes on from there', async () => {
    const keep = (r: StoredRecord<StartupData>) => r.data.stage === 'SCALEUP';
    const got: string[] = [];
    let after: string | null = null;
    let short = 0;
    for (let n = 0; n < 40; n++) {
      const page: TypePage<StartupData> = await readTypePage<StartupData>(h.store, { type: STARTUP, jurisdictions: ['04', '24'], descending: false, first: 5, after, keep, bound: { items: 8, chunk: 4 } });
      got.push(...page.items.map((r) => `${r.data.name}|${r.jur}`));
      if (page.items.length < 5 && page.hasNextPage) short++;
      if (!page.hasNextPage) break;
      after = page.endCursor ?? page.cursorOf(page.items[page.items.length - 1]!);
    }
    const expected = byName.filter((_, i) => i % PER_PROVINCE % 7 === 3).map((s) => `${s.name}|${s.jur}`);
    expect([...got].sort()).toEqual(expected.sort());
    expect(short).toBeGreaterThan(0);
  });
});
