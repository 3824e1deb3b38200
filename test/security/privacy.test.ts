import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_ERASED_NAME } from '../../functions/services/privacy';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Security hardening point 2 (Decree 13/2023/NĐ-CP): `personErase` removes a founder's or a
 * mentor's personal data from the current record and from every before/after copy in the
 * audit trail, keeping the trail's entries (every version, in order); non-admins are refused
 * and write nothing. The tables are scanned whole through the store's client.
 */
let h: Harness;
let admin: string;

const FOUNDER = { name: 'Nông Thị Hoa Ban', phone: '0912 345 678', email: 'hoaban.nong@example.vn', oldPhone: '0206 3 852 111' };
const KEPT = { name: 'Hoàng Văn Giữ', phone: '0988 000 111', email: 'giu@example.vn' };
const MENTOR = { name: 'Lục Văn Cố Vấn', phone: '0977 222 333', email: 'covan.luc@example.vn', title: 'Tiến sĩ, giảng viên' };

const scanAll = async (table: 'Records' | 'Audit'): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await h.store.client.send(new ScanCommand({ TableName: h.store.table(table), ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
};

/** Every item of both tables that holds one of `needles` anywhere, as "table pk version". */
const holding = async (needles: readonly string[]): Promise<string[]> => {
  const found: string[] = [];
  for (const table of ['Records', 'Audit'] as const) {
    for (const item of await scanAll(table)) {
      const text = JSON.stringify(item).toLowerCase();
      const hit = needles.filter((n) => text.includes(n.toLowerCase()));
      if (hit.length) found.push(`${table} ${String(item.pk)} ${String(item.version ?? '')}: ${hit.join(', ')}`);
    }
  }
  return found;
};

const trail = async (entity: string) =>
  (
    await h.gql<{ auditTrail: { nodes: { version: number; operation: string; actor: string; at: string }[] } }>(
      `query($e: ID!) { auditTrail(filter: { jurisdiction: "04", entity: $e }, first: 100) { nodes { version operation actor at } } }`,
      { e: entity },
      admin,
    )
  ).data!.auditTrail.nodes;

const ERASE = `mutation($input: PersonEraseInput!) { personErase(input: $input) {
  startup { version founders { name role woman phone email } description }
  mentor { version name title phone email }
  auditEntries auditEntriesRewritten userErrors { code field message } } }`;
type ErasePayload = {
  personErase: {
    startup: { version: number; founders: Record<string, unknown>[]; description: string } | null;
    mentor: Record<string, unknown> | null;
    auditEntries: number | null;
    auditEntriesRewritten: number | null;
    userErrors: { code: string }[];
  };
};

let startupId = '';
let mentorId = '';

beforeAll(async () => {
  h = await startHarness();
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'admin-04' });
  const created = await h.gql<{ startupCreate: { startup: { id: string } } }>(
    `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id } userErrors { code message } } }`,
    {
      input: {
        jurisdiction: '04',
        name: 'Hợp tác xã Trà Hoa Vàng Thử Nghiệm',
        stage: 'PROJECT',
        description: `Dự án do chị ${FOUNDER.name} khởi xướng; liên hệ ${FOUNDER.oldPhone}.`,
        founders: [
          { name: FOUNDER.name, role: 'Chủ nhiệm', woman: true, youth: true, phone: FOUNDER.oldPhone, email: FOUNDER.email },
          { name: KEPT.name, role: 'Thành viên', phone: KEPT.phone, email: KEPT.email },
        ],
      },
    },
    admin,
  );
  startupId = created.data!.startupCreate.startup.id;
  const updated = await h.gql<{ startupUpdate: { userErrors: unknown[] } }>(
    `mutation($input: StartupUpdateInput!) { startupUpdate(input: $input) { userErrors { code message } } }`,
    {
      input: {
        id: startupId,
        expectedVersion: 1,
        founders: [
          { name: FOUNDER.name, role: 'Giám đốc', woman: true, youth: true, phone: FOUNDER.phone, email: FOUNDER.email },
          { name: KEPT.name, role: 'Thành viên', phone: KEPT.phone, email: KEPT.email },
        ],
      },
    },
    admin,
  );
  expect(updated.data!.startupUpdate.userErrors).toEqual([]);
  const mentor = await h.gql<{ mentorCreate: { mentor: { id: string } } }>(
    `mutation($input: MentorCreateInput!) { mentorCreate(input: $input) { mentor { id } userErrors { code message } } }`,
    { input: { jurisdiction: '04', name: MENTOR.name, title: MENTOR.title, capacity: 2, phone: '0200 000 000', email: MENTOR.email, availabilityNote: `Gọi ${MENTOR.name} buổi sáng` } },
    admin,
  );
  mentorId = mentor.data!.mentorCreate.mentor.id;
  await h.gql(`mutation($input: MentorUpdateInput!) { mentorUpdate(input: $input) { userErrors { code } } }`, { input: { id: mentorId, expectedVersion: 1, phone: MENTOR.phone } }, admin);
}, 60_000);
afterAll(async () => h.close());

describe('personErase', () => {
  it('is refused to everyone but the province admins of the jurisdiction, and writes nothing then', async () => {
    // Prepare
    const callers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['agency of 04', await h.token({ role: 'AGENCY', jurisdictions: ['04'], agency: 'x' })],
      ['admin of 24', await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] })],
      ['national', await h.token({ role: 'NATIONAL', jurisdictions: [] })],
    ];
    const auditBefore = (await scanAll('Audit')).length;
    // Act
    const outcomes: Record<string, string[]> = {};
    for (const [who, token] of callers) {
      const r = await h.gql<ErasePayload>(ERASE, { input: { id: startupId, founder: 0, expectedVersion: 2, reason: 'Yêu cầu số 12' } }, token);
      const m = await h.gql<ErasePayload>(ERASE, { input: { id: mentorId, expectedVersion: 2, reason: 'Yêu cầu số 13' } }, token);
      outcomes[who] = [r, m].map((x) => (x.data?.personErase.startup || x.data?.personErase.mentor ? 'ERASED' : (x.data?.personErase.userErrors[0]?.code ?? 'TOP-LEVEL')));
    }
    // Assess
    expect(outcomes).toEqual({
      anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      'agency of 04': ['FORBIDDEN', 'FORBIDDEN'],
      'admin of 24': ['FORBIDDEN', 'FORBIDDEN'],
      national: ['FORBIDDEN', 'FORBIDDEN'],
    });
    expect((await scanAll('Audit')).length).toBe(auditBefore);
    expect(await holding([FOUNDER.name])).not.toEqual([]);
  });

  it("erases a founder from the startup and from every audit copy; the other founder and the trail's entries stay", async () => {
    // Prepare
    const before = await trail(startupId);
    expect(await holding([FOUNDER.name, FOUNDER.phone, FOUNDER.oldPhone, FOUNDER.email])).not.toEqual([]);
    // Act
    const stale = await h.gql<ErasePayload>(ERASE, { input: { id: startupId, founder: 0, expectedVersion: 1, reason: 'Yêu cầu số 12' } }, admin);
    const done = await h.gql<ErasePayload>(ERASE, { input: { id: startupId, founder: 0, expectedVersion: 2, reason: `Yêu cầu số 12 của ${FOUNDER.name}` } }, admin);
    const again = await h.gql<ErasePayload>(ERASE, { input: { id: startupId, founder: 0, expectedVersion: 3, reason: 'Yêu cầu số 12' } }, admin);
    const after = await trail(startupId);
    // Assess
    expect(stale.data!.personErase.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    const p = done.data!.personErase;
    expect(p.userErrors).toEqual([]);
    expect(p.startup!.version).toBe(3);
    expect(p.startup!.founders).toEqual([
      { name: PERSON_ERASED_NAME, role: null, woman: true, phone: null, email: null },
      { name: KEPT.name, role: 'Thành viên', woman: false, phone: KEPT.phone, email: KEPT.email },
    ]);
    expect(p.startup!.description).not.toContain('Hoa Ban');
    expect(p.auditEntries).toBe(3);
    expect(p.auditEntriesRewritten).toBe(3);
    expect(again.data!.personErase.userErrors).toEqual([]);
    expect(again.data!.personErase.auditEntriesRewritten).toBe(0);
    expect(await holding([FOUNDER.name, FOUNDER.phone, FOUNDER.oldPhone, FOUNDER.email, 'hoa ban'])).toEqual([]);
    expect(await holding([KEPT.name, KEPT.phone, KEPT.email])).not.toEqual([]);
    expect(after.map((e) => [e.version, e.operation])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
      [3, 'ERASE'],
    ]);
    expect(after.slice(0, 2)).toEqual(before);
  });

  it('erases a mentor: name, title, contacts and note, in the record, its index key and its trail', async () => {
    // Act
    const done = await h.gql<ErasePayload>(ERASE, { input: { id: mentorId, expectedVersion: 2, reason: 'Đơn đề nghị ngày 01/12/2026' } }, admin);
    const listed = await h.gql<{ mentors: { nodes: { name: string }[] } }>(`{ mentors(filter: { jurisdiction: "04" }) { nodes { name } } }`, {}, admin);
    const after = await trail(mentorId);
    // Assess
    expect(done.data!.personErase.userErrors).toEqual([]);
    expect(done.data!.personErase.mentor).toEqual({ version: 3, name: PERSON_ERASED_NAME, title: null, phone: null, email: null });
    expect(listed.data!.mentors.nodes.map((m) => m.name)).toEqual([PERSON_ERASED_NAME]);
    expect(await holding([MENTOR.name, 'luc van co van', MENTOR.phone, '0200 000 000', MENTOR.email, MENTOR.title])).toEqual([]);
    expect(after.map((e) => [e.version, e.operation])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
      [3, 'ERASE'],
    ]);
    expect(after.every((e) => e.actor === 'admin-04')).toBe(true);
  });
});
