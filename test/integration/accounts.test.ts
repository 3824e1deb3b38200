import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GraphQLResponse, type Harness } from '../helpers/harness';

/**
 * Agency user accounts (issue 19.2) through the real handler: the department creates a clerk
 * bound to one of its agencies, lists, disables and enables them; nobody else may; bad input
 * changes nothing; the clerk's token (`npm run token -- --user`) acts as that agency until
 * the account is disabled.
 */
const run = promisify(execFile);
let h: Harness;
let admin04: string;
let admin24: string;
let national: string;
let agencyId: string;
let agency24Id: string;
let clerkOf04: string;

const CREATE = `mutation($input: UserAccountCreateInput!) { userAccountCreate(input: $input) {
  userAccount { email displayName role jurisdiction enabled status agency { id name } } userErrors { field message code } } }`;
const DISABLE = 'mutation($input: UserAccountStateInput!) { userAccountDisable(input: $input) { userAccount { email enabled } userErrors { field code message } } }';
const ENABLE = 'mutation($input: UserAccountStateInput!) { userAccountEnable(input: $input) { userAccount { email enabled } userErrors { field code message } } }';
const LIST = 'query($j: String!) { userAccounts(jurisdiction: $j) { email role enabled agency { id } } }';

type Payload = { userAccount: { email: string; enabled: boolean; role?: string; agency?: { id: string } | null } | null; userErrors: { field: string[] | null; code: string; message: string }[] };

const auditCount = async (jur: string, email: string) =>
  (await h.store.auditOf({ type: 'UserAccount', jur, id: createHash('sha256').update(email).digest('hex').slice(0, 24) })).length;

const tokenFor = async (email: string): Promise<{ token: string; error: string }> => {
  try {
    const out = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--user', email], { env: { ...process.env, DATA_DIR: h.dataDir } });
    return { token: out.stdout.trim(), error: '' };
  } catch (error) {
    return { token: '', error: String((error as { stderr?: string }).stderr) };
  }
};

beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
  [admin04, admin24, national] = await Promise.all([
    h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] }),
    h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] }),
    h.token({ role: 'NATIONAL', jurisdictions: [] }),
  ]);
  const agencies = await h.gql<{ a: { nodes: { id: string }[] }; b: { nodes: { id: string }[] } }>(
    '{ a: agencies(first: 1, filter: { jurisdiction: "04" }) { nodes { id } } b: agencies(first: 1, filter: { jurisdiction: "24" }) { nodes { id } } }',
  );
  agencyId = agencies.data!.a.nodes[0]!.id;
  agency24Id = agencies.data!.b.nodes[0]!.id;
}, 120_000);
afterAll(async () => h.close());

describe('user accounts', () => {
  it('an admin creates an agency clerk bound to an agency of the province, with one audit entry and no e-mail in it', async () => {
    // Act
    const res = await h.gql<{ userAccountCreate: Payload }>(CREATE, { input: { jurisdiction: '04', email: 'Clerk@Example.VN', displayName: 'Nguyễn Văn A', role: 'AGENCY', agency: agencyId } }, admin04);
    // Assert
    expect(res.data!.userAccountCreate.userErrors).toEqual([]);
    expect(res.data!.userAccountCreate.userAccount).toMatchObject({ email: 'clerk@example.vn', role: 'AGENCY', enabled: true, status: 'LOCAL', agency: { id: agencyId } });
    const audit = await h.store.auditOf({ type: 'UserAccount', jur: '04', id: createHash('sha256').update('clerk@example.vn').digest('hex').slice(0, 24) });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('clerk@example.vn');
    expect(JSON.stringify(audit)).not.toContain('Nguyễn Văn A');
    clerkOf04 = 'clerk@example.vn';
  });

  it('lists the province accounts for its admin, and for nobody else', async () => {
    const mine = await h.gql<{ userAccounts: { email: string; role: string; enabled: boolean }[] | null }>(LIST, { j: '04' }, admin04);
    expect(mine.data!.userAccounts).toEqual([expect.objectContaining({ email: clerkOf04, role: 'AGENCY', enabled: true })]);
    for (const token of [admin24, national, undefined]) {
      const other = await h.gql<{ userAccounts: unknown }>(LIST, { j: '04' }, token);
      expect(other.data!.userAccounts).toBeNull();
    }
  });

  it('the clerk signs in with npm run token -- --user and acts as that agency', async () => {
    // Act
    const { token } = await tokenFor(clerkOf04);
    const viewer = await h.gql<{ viewer: { role: string; agency: { id: string } | null } }>('{ viewer { role agency { id } } }', {}, token);
    // Assert
    expect(viewer.data!.viewer).toEqual({ role: 'AGENCY', agency: { id: agencyId } });
  });

  it('refuses every caller but the province admin, changing nothing', async () => {
    const { token: clerk } = await tokenFor(clerkOf04);
    const input = { jurisdiction: '04', email: 'second@example.vn', role: 'AGENCY', agency: agencyId };
    for (const [token, code] of [[admin24, 'FORBIDDEN'], [national, 'FORBIDDEN'], [clerk, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      const res = await h.gql<{ userAccountCreate: Payload }>(CREATE, { input }, token);
      expect(res.data!.userAccountCreate.userErrors.map((e) => e.code)).toEqual([code]);
      const disable = await h.gql<{ userAccountDisable: Payload }>(DISABLE, { input: { jurisdiction: '04', email: clerkOf04 } }, token);
      expect(disable.data!.userAccountDisable.userErrors.map((e) => e.code)).toEqual([code]);
    }
    expect(await auditCount('04', 'second@example.vn')).toBe(0);
    expect(await auditCount('04', clerkOf04)).toBe(1);
    const list = await h.gql<{ userAccounts: { email: string; enabled: boolean }[] }>(LIST, { j: '04' }, admin04);
    expect(list.data!.userAccounts).toEqual([expect.objectContaining({ email: clerkOf04, enabled: true })]);
  });

  it.each([
    ['a clerk without an agency', { email: 'x1@example.vn', role: 'AGENCY' }, ['input', 'agency'], 'INVALID'],
    ["another province's agency", { email: 'x2@example.vn', role: 'AGENCY', agency: 'AGENCY24' }, ['input', 'agency'], 'NOT_FOUND'],
    ['an admin bound to an agency', { email: 'x3@example.vn', role: 'PROVINCE_ADMIN', agency: 'AGENCY' }, ['input', 'agency'], 'INVALID'],
    ['an address already taken', { email: 'CLERK@example.vn', role: 'AGENCY', agency: 'AGENCY' }, ['input', 'email'], 'DUPLICATE'],
    ['a name over 100 characters', { email: 'x4@example.vn', role: 'PROVINCE_ADMIN', displayName: 'Ă'.repeat(101) }, ['input', 'displayName'], 'INVALID'],
  ] as [string, { email: string; role: string; agency?: string; displayName?: string }, string[], string][])('refuses %s with a typed error and writes nothing', async (_what, fields, field, code) => {
    // Prepare
    const agency = fields.agency === 'AGENCY' ? agencyId : fields.agency === 'AGENCY24' ? agency24Id : undefined;
    const input = { jurisdiction: '04', ...fields, ...(agency ? { agency } : {}) };
    // Act
    const res = await h.gql<{ userAccountCreate: Payload }>(CREATE, { input }, admin04);
    // Assert
    expect(res.data!.userAccountCreate.userAccount).toBeNull();
    expect(res.data!.userAccountCreate.userErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(await auditCount('04', fields.email.trim().toLowerCase())).toBe(fields.email.toLowerCase() === clerkOf04 ? 1 : 0);
    const list = await h.gql<{ userAccounts: { email: string }[] }>(LIST, { j: '04' }, admin04);
    expect(list.data!.userAccounts.map((a) => a.email)).toEqual([clerkOf04]);
  });

  it('a role the department may not give, or a malformed address, is refused by the schema', async () => {
    const role: GraphQLResponse = await h.gql(CREATE, { input: { jurisdiction: '04', email: 'n@example.vn', role: 'NATIONAL' } }, admin04);
    expect(role.errors?.[0]?.message).toContain('NATIONAL');
    const email: GraphQLResponse = await h.gql(CREATE, { input: { jurisdiction: '04', email: 'not-an-address.vn', role: 'PROVINCE_ADMIN' } }, admin04);
    expect(email.errors?.[0]?.message).toContain('email');
    expect(await auditCount('04', 'n@example.vn')).toBe(0);
    const list = await h.gql<{ userAccounts: { email: string }[] }>(LIST, { j: '04' }, admin04);
    expect(list.data!.userAccounts.map((a) => a.email)).toEqual([clerkOf04]);
  });

  it('disabling stops the clerk: no new token, and the token they hold is refused; enabling lets them back', async () => {
    // Prepare
    const { token: held } = await tokenFor(clerkOf04);
    // Act
    const disabled = await h.gql<{ userAccountDisable: Payload }>(DISABLE, { input: { jurisdiction: '04', email: clerkOf04, note: 'chuyển công tác' } }, admin04);
    // Assert
    expect(disabled.data!.userAccountDisable).toEqual({ userAccount: { email: clerkOf04, enabled: false }, userErrors: [] });
    expect((await tokenFor(clerkOf04)).error).toContain('disabled');
    const refused = await h.gql('{ viewer { role } }', {}, held);
    expect(refused.status).toBe(401);
    expect(await auditCount('04', clerkOf04)).toBe(2);
    // Disabling again changes nothing and writes nothing.
    await h.gql(DISABLE, { input: { jurisdiction: '04', email: clerkOf04 } }, admin04);
    expect(await auditCount('04', clerkOf04)).toBe(2);
    // Another province's admin cannot learn the account exists.
    const foreign = await h.gql<{ userAccountEnable: Payload }>(ENABLE, { input: { jurisdiction: '24', email: clerkOf04 } }, admin24);
    expect(foreign.data!.userAccountEnable.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);

    const enabled = await h.gql<{ userAccountEnable: Payload }>(ENABLE, { input: { jurisdiction: '04', email: clerkOf04 } }, admin04);
    expect(enabled.data!.userAccountEnable.userAccount).toEqual({ email: clerkOf04, enabled: true });
    const back = await h.gql<{ viewer: { role: string } }>('{ viewer { role } }', {}, held);
    expect(back.data!.viewer.role).toBe('AGENCY');
    expect(await auditCount('04', clerkOf04)).toBe(3);
  });
});
