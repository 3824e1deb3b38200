import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/** Cursors are sealed (functions/data/cursor.ts): tampered, forged or foreign ones are a user-facing INVALID error. */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
  for (const name of ['An Bình', 'Bảo Lạc', 'Cao Sơn']) {
    const res = await h.gql(`mutation($i: StartupCreateInput!) { startupCreate(input: $i) { userErrors { code } } }`, { i: { jurisdiction: '04', name, stage: 'PROJECT' } }, admin);
    expect(res.errors).toBeUndefined();
  }
  const mentor = await h.gql(`mutation($i: MentorCreateInput!) { mentorCreate(input: $i) { userErrors { code } } }`, { i: { jurisdiction: '04', name: 'Mentor (demo)', capacity: 1 } }, admin);
  expect(mentor.errors).toBeUndefined();
});
afterAll(async () => h.close());

type Page = { startups: { nodes: { name: string }[]; pageInfo: { endCursor: string | null } } };
const STARTUPS = `query($after: String) { startups(first: 1, after: $after, filter: { jurisdiction: "04" }) { nodes { name } pageInfo { endCursor } } }`;

describe('list cursors', () => {
  it('continues a list from its own cursor', async () => {
    // Prepare
    const first = await h.gql<Page>(STARTUPS, {});
    // Act
    const next = await h.gql<Page>(STARTUPS, { after: first.data?.startups.pageInfo.endCursor });
    // Assess
    expect(next.data?.startups.nodes.map((n) => n.name)).toEqual(['Bảo Lạc']);
  });

  it('refuses a tampered, a hand-made and another list’s cursor as INVALID', async () => {
    // Prepare
    const first = await h.gql<Page>(STARTUPS, {});
    const cursor = first.data!.startups.pageInfo.endCursor!;
    const raw = Buffer.from(cursor, 'base64url');
    raw[20] = raw[20]! ^ 0x40;
    const tampered = raw.toString('base64url');
    const forged = Buffer.from(JSON.stringify({ pk: '04#Startup#x', sk: 'R', tpk: '04#Startup', tsk: 'b#x' })).toString('base64url');
    const mentors = await h.gql<{ mentors: { pageInfo: { endCursor: string } } }>(`{ mentors(first: 1) { pageInfo { endCursor } } }`);
    // Act
    const refused = await Promise.all([tampered, forged, mentors.data!.mentors.pageInfo.endCursor].map((after) => h.metered<Page>(STARTUPS, { after })));
    // Assess
    for (const { response } of refused) {
      expect(response.errors?.[0]?.extensions?.code).toBe('INVALID');
      expect(response.errors?.[0]?.message).toContain('not a cursor this list gave out');
    }
  });

  it('shows no key in a cursor', async () => {
    // Act
    const first = await h.gql<Page>(STARTUPS, {});
    const text = Buffer.from(first.data!.startups.pageInfo.endCursor!, 'base64url').toString('latin1');
    // Assess
    expect(text).not.toMatch(/Startup|04#|an binh/i);
  });
});
