import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntity } from '../../functions/services/ecosystem/registry';
import { startupDef } from '../../functions/services/ecosystem/startups';
import { seedContext } from '../../scripts/seed/load';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Search reads the inverted index the write path keeps (data/search-index.ts): folded
 * phrases find records, plans, tasks and indicators; drafts only for their jurisdiction's
 * admins; and a page costs the same however many records match.
 */
let h: Harness;
let admin24: string;
let admin04: string;
beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  admin24 = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
  admin04 = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
});
afterAll(async () => h.close());

type Hit = { __typename: string; name?: string; code?: string; title?: string; number?: string };
const HIT = `__typename ... on Startup { name } ... on Task { code title } ... on Plan { number title } ... on Indicator { code name }`;

const search = async (args: string, token?: string) => {
  const res = await h.gql<{ search: { nodes: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    `{ search(${args}) { nodes { ${HIT} } pageInfo { hasNextPage endCursor } } }`,
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
};

const mutate = async (name: string, input: Record<string, unknown>, select: string, inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`, token = admin24) => {
  const res = await h.gql<Record<string, Record<string, unknown> & { userErrors: unknown[] }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${select} userErrors { code message } } }`,
    { input },
    token,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data![name]!.userErrors).toEqual([]);
  return res.data![name]!;
};

describe('search over the index kept on write', () => {
  it('"techfest" finds Bắc Ninh\'s tasks 3.3 and 6', async () => {
    const found = await search(`query: "techfest", types: [TASK]`);
    expect(found.nodes.map((n) => n.code).sort()).toEqual(['3.3', '6']);
    // Everywhere: the same tasks, with anything else that says Techfest.
    const all = await search(`query: "TECHFEST"`);
    expect(all.nodes.filter((n) => n.__typename === 'Task').map((n) => n.code).sort()).toEqual(['3.3', '6']);
  });

  it('finds by folded words and a cut last word, in the words\' order; plans and indicators too', async () => {
    await mutate('startupCreate', { jurisdiction: '24', name: 'Khởi nghiệp Xanh Kinh Bắc', stage: 'STARTUP', firstRegisteredOn: '2024-05-01' }, 'startup { id }');
    const names = async (q: string) => (await search(`query: "${q}", types: [STARTUP]`)).nodes.map((n) => n.name);
    expect(await names('khoi nghiep xanh')).toEqual(['Khởi nghiệp Xanh Kinh Bắc']);
    expect(await names('KHỞI NGHIỆP XANH')).toEqual(['Khởi nghiệp Xanh Kinh Bắc']);
    expect(await names('xanh kinh b')).toEqual(['Khởi nghiệp Xanh Kinh Bắc']);
    expect(await names('kinh xanh')).toEqual([]);
    const plans = await search(`query: "151/KH", types: [PLAN]`);
    expect(plans.nodes.map((n) => n.number)).toEqual(['151/KH-UBND']);
    const indicators = await search(`query: "doanh nghiep khoi nghiep sang tao", types: [INDICATOR]`);
    expect(indicators.nodes.length).toBeGreaterThan(0);
  });

  it('keeps a draft plan and its tasks to its jurisdiction\'s admins until it is published; a deleted task leaves the index', async () => {
    // Prepare: a draft plan whose task says a word nothing else says.
    const plan = (await mutate('planCreate', { jurisdiction: '24', number: '999/KH-THU', title: 'Kế hoạch thử nghiệm riêng', periodFrom: 2026, periodTo: 2027 }, 'plan { id version }')).plan as { id: string; version: number };
    const task = (await mutate('taskCreate', { plan: plan.id, code: '1', title: 'Nhiệm vụ Zanzibarra bí mật' }, 'task { id version }')).task as { id: string; version: number };
    const codes = async (token?: string) => (await search(`query: "zanzibarra"`, token)).nodes.map((n) => `${n.__typename}:${n.code ?? n.number}`);
    // Act, Assess: nobody outside 24's admins finds the draft, by its plan or its task.
    expect(await codes()).toEqual([]);
    expect(await codes(admin04)).toEqual([]);
    expect((await search(`query: "ke hoach thu nghiem rieng"`)).nodes).toEqual([]);
    expect(await codes(admin24)).toEqual(['Task:1']);
    await mutate('planPublish', { id: plan.id, expectedVersion: plan.version }, 'plan { id }', 'WorkflowInput');
    expect(await codes()).toEqual(['Task:1']);
    await mutate('taskDelete', { id: task.id, expectedVersion: task.version }, 'deletedTaskId', 'WorkflowInput');
    expect(await codes(admin24)).toEqual([]);
  });

  it('costs the same with 60 and with 240 records matching (a page reads 21 a stream): Queries of first + 1 and one BatchGetItem', async () => {
    const ctx = seedContext(h.store, '24', ['04', '24']);
    const grow = async (from: number, to: number) => {
      for (let i = from; i < to; i += 20) {
        await Promise.all(
          Array.from({ length: Math.min(20, to - i) }, (_, k) =>
            createEntity(ctx, startupDef, '24', { name: `Khởi nghiệp Đông Hồ ${String(i + k).padStart(4, '0')}`, stage: 'STARTUP', firstRegisteredOn: '2024-01-01', description: 'Khởi nghiệp đổi mới sáng tạo từ tranh Đông Hồ' }),
          ),
        );
      }
    };
    const query = `{ search(query: "khoi nghiep dong ho", first: 20) { nodes { __typename ... on Startup { name } } pageInfo { hasNextPage } } }`;
    await grow(0, 60);
    const small = await h.metered<{ search: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(query);
    await grow(60, 240);
    const large = await h.metered<{ search: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(query);
    // Assess: a full page either way, read with the same requests and read units.
    for (const run of [small, large]) {
      expect(run.response.errors).toBeUndefined();
      expect(run.response.data!.search.nodes).toHaveLength(20);
      expect(run.response.data!.search.pageInfo.hasNextPage).toBe(true);
    }
    expect(large.response.data!.search.nodes[0]!.name).toBe('Khởi nghiệp Đông Hồ 0000');
    expect(large.reading.requests).toEqual(small.reading.requests);
    expect(large.reading.consumedReadCapacity).toBe(small.reading.consumedReadCapacity);
    // One round: a Query per (jurisdiction, type) the caller may read — 9 types × 2 — and one BatchGetItem
    // (besides whatever the anonymous caller's quota writes, issue 13.8).
    expect({ Query: large.reading.requests.Query, BatchGetItem: large.reading.requests.BatchGetItem }).toEqual({ Query: 18, BatchGetItem: 1 });
    console.info(`search("khoi nghiep dong ho", first: 20) at 60 and 240 matching startups: ${JSON.stringify(large.reading.requests)}, ${large.reading.consumedReadCapacity} RCU`);
  }, 180_000);

  it('pages through every match once, names first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 60; page++) {
      const found: { nodes: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await search(`query: "dong ho", types: [STARTUP], first: 100${after ? `, after: "${after}"` : ''}`);
      seen.push(...found.nodes.map((n) => n.name!));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(240);
    expect(new Set(seen).size).toBe(240);
  });
});
