import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorker as spawnWorker } from '../helpers/worker';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Mentor capacity under real concurrency: two OS processes, each with its own handler
 * and DynamoDB client, start 10 mentorships each at once for a mentor with one free
 * place. Capacity is held by reservation items (slot k of the mentor, a conditional Put
 * in the Control table), so exactly one wins and the rest get AT_CAPACITY.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
});
afterAll(async () => h.close());

type Result = { mentorship: { id: string } | null; userErrors: { code: string }[] };

const runWorker = (env: Record<string, string>) => spawnWorker<Result[]>('test/integration/workers/mentorship-start-worker.ts', { ...h.env, ...env });

const create = async (mutation: string, type: string, input: Record<string, unknown>): Promise<string> => {
  const res = await h.gql<Record<string, Record<string, { id: string } | unknown>>>(
    `mutation($input: ${type}!) { ${mutation}(input: $input) { ${mutation.replace(/Create|Start$/, '')} { id } userErrors { code message } } }`,
    { input },
    admin,
  );
  const payload = res.data![mutation]!;
  expect(payload.userErrors).toEqual([]);
  return (payload[mutation.replace(/Create|Start$/, '')] as { id: string }).id;
};

describe('mentor capacity across processes', () => {
  it('20 concurrent mentorshipStart calls from two processes for one free place: exactly one succeeds, 19 get AT_CAPACITY', async () => {
    // Prepare: a mentor with 2 places, one already taken; 21 startups.
    const mentor = await create('mentorCreate', 'MentorCreateInput', { jurisdiction: '04', name: 'Mentor (demo)', capacity: 2 });
    const startups: string[] = [];
    for (let i = 0; i < 21; i++) {
      startups.push(await create('startupCreate', 'StartupCreateInput', { jurisdiction: '04', name: `Startup ${i} (demo)`, stage: 'STARTUP', firstRegisteredOn: '2025-01-01' }));
    }
    await create('mentorshipStart', 'MentorshipStartInput', { startup: startups[0], mentor, from: '2026-01-01' });
    const common = { TOKEN: admin, MENTOR_ID: mentor };
    // Act
    const [a, b] = await Promise.all([
      runWorker({ ...common, STARTUP_IDS: startups.slice(1, 11).join(',') }),
      runWorker({ ...common, STARTUP_IDS: startups.slice(11, 21).join(',') }),
    ]);
    // Assess
    const all = [...a, ...b];
    expect(all).toHaveLength(20);
    expect(all.filter((r) => r.userErrors.length === 0 && r.mentorship)).toHaveLength(1);
    expect(all.filter((r) => r.userErrors.map((e) => e.code).join() === 'AT_CAPACITY')).toHaveLength(19);
    const read = await h.gql<{ node: { freePlaces: number; mentorships: { nodes: { status: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Mentor { freePlaces mentorships(first: 50) { nodes { status } } } } }`,
      { id: mentor },
    );
    expect(read.data!.node).toEqual({ freePlaces: 0, mentorships: { nodes: [{ status: 'ACTIVE' }, { status: 'ACTIVE' }] } });
    const rawMentor = Buffer.from(mentor, 'base64url').toString().split(':')[2]!;
    const slots = await h.store.claimsWithPrefix('04', `mentor#${rawMentor}#slot#`);
    expect(slots.map((s) => s.name.split('#').pop()).sort()).toEqual(['0', '1']);
  });

  it('ending a mentorship frees its place for the next one', async () => {
    // Prepare
    const mentor = await create('mentorCreate', 'MentorCreateInput', { jurisdiction: '04', name: 'Mentor 2 (demo)', capacity: 1 });
    const s1 = await create('startupCreate', 'StartupCreateInput', { jurisdiction: '04', name: 'S1 (demo)', stage: 'PROJECT' });
    const s2 = await create('startupCreate', 'StartupCreateInput', { jurisdiction: '04', name: 'S2 (demo)', stage: 'PROJECT' });
    const start = `mutation($input: MentorshipStartInput!) { mentorshipStart(input: $input) { mentorship { id version } userErrors { code } } }`;
    const first = await h.gql<{ mentorshipStart: { mentorship: { id: string; version: number } } }>(start, { input: { startup: s1, mentor, from: '2026-01-01' } }, admin);
    const full = await h.gql<{ mentorshipStart: { userErrors: { code: string }[] } }>(start, { input: { startup: s2, mentor, from: '2026-01-01' } }, admin);
    // Act
    const { id, version } = first.data!.mentorshipStart.mentorship;
    const ended = await h.gql<{ mentorshipEnd: { mentorship: { status: string; to: string }; userErrors: unknown[] } }>(
      `mutation($input: MentorshipEndInput!) { mentorshipEnd(input: $input) { mentorship { status to } userErrors { code } } }`,
      { input: { id, expectedVersion: version, endedOn: '2026-05-31' } },
      admin,
    );
    const again = await h.gql<{ mentorshipStart: { userErrors: unknown[] } }>(start, { input: { startup: s2, mentor, from: '2026-06-01' } }, admin);
    // Assess
    expect(full.data!.mentorshipStart.userErrors).toEqual([{ code: 'AT_CAPACITY' }]);
    expect(ended.data!.mentorshipEnd).toEqual({ mentorship: { status: 'ENDED', to: '2026-05-31' }, userErrors: [] });
    expect(again.data!.mentorshipStart.userErrors).toEqual([]);
  });

  it('the same mentor and startup asked for at once, with places free: one mentorship, the rest DUPLICATE; after it ends, they may pair again', async () => {
    // Prepare
    const mentor = await create('mentorCreate', 'MentorCreateInput', { jurisdiction: '04', name: 'Mentor 3 (demo)', capacity: 5 });
    const startup = await create('startupCreate', 'StartupCreateInput', { jurisdiction: '04', name: 'S3 (demo)', stage: 'PROJECT' });
    const start = `mutation($input: MentorshipStartInput!) { mentorshipStart(input: $input) { mentorship { id version } userErrors { code } } }`;
    type Started = { mentorshipStart: { mentorship: { id: string; version: number } | null; userErrors: { code: string }[] } };
    // Act
    const results = await Promise.all(Array.from({ length: 5 }, () => h.gql<Started>(start, { input: { startup, mentor, from: '2026-01-01' } }, admin)));
    const won = results.map((r) => r.data!.mentorshipStart).find((p) => p.mentorship)!;
    await h.gql(`mutation($input: MentorshipEndInput!) { mentorshipEnd(input: $input) { userErrors { code } } }`, { input: { id: won.mentorship!.id, expectedVersion: won.mentorship!.version, endedOn: '2026-03-31' } }, admin);
    const again = await h.gql<Started>(start, { input: { startup, mentor, from: '2026-04-01' } }, admin);
    // Assess
    const codes = results.map((r) => r.data!.mentorshipStart.userErrors.map((e) => e.code).join() || 'OK').sort();
    expect(codes).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'OK']);
    expect(again.data!.mentorshipStart.userErrors).toEqual([]);
  });
});
