import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importJWK, SignJWT, type JWTPayload } from 'jose';
import { createHandler } from '../../functions/graphql/handler';
import { ensureLocalKeys, LOCAL_ISSUER } from '../../scripts/lib/local-keys';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/** Error hygiene (issue 14.5), each through the real handler: what a refused or malformed request is told, and what is stored. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
});
afterAll(async () => h.close());

type Result = { statusCode: number; body: string; headers?: Record<string, string | number | boolean> };
type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const send = async (env: Record<string, string>, body: unknown, headers: Record<string, string> = {}) => {
  const result = (await createHandler({ ...process.env, ...h.env, ...env })(graphqlEvent(body, headers), lambdaContext())) as Result;
  return { status: result.statusCode, headers: result.headers ?? {}, body: JSON.parse(result.body) as Body };
};

describe('no schema hints with introspection off', () => {
  it('answers misspelt fields, arguments and enum values (literal and variable) without "Did you mean"', async () => {
    // Prepare
    const prod = { STAGE: 'prod' };
    // Act
    const answers = await Promise.all([
      send(prod, { query: '{ plans(first: 1) { nodes { numbr } } }' }),
      send(prod, { query: '{ plans(frist: 1) { nodes { number } } }' }),
      send(prod, { query: '{ plans(first: 1, filter: { status: PUBLISHD }) { nodes { number } } }' }),
      send(prod, { query: 'query($s: PlanStatus) { plans(first: 1, filter: { status: $s }) { nodes { number } } }', variables: { s: 'PUBLISHD' } }),
    ]);
    const dev = await send({}, { query: '{ plans(first: 1, filter: { status: PUBLISHD }) { nodes { number } } }' });
    // Assess
    for (const answer of answers) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      expect(answer.body.errors?.map((e) => e.message).join('\n')).not.toMatch(/Did you mean/);
    }
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean the enum value "PUBLISHED"\?/);
  });
});

describe('client mistakes are client errors', () => {
  it('answers a persisted-query hash mismatch with 400 PERSISTED_QUERY_HASH_MISMATCH, logged at INFO, never ERROR', async () => {
    // Prepare
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => void lines.push(String(chunk));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (capture(chunk), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (capture(chunk), true));
    const query = '{ viewer { role } }';
    const wrong = createHash('sha256').update('{ plans { totalCount } }').digest('hex');
    // Act
    const res = await send({ LOG_LEVEL: 'INFO' }, { query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    out.mockRestore();
    err.mockRestore();
    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const logged = lines.flatMap((l) => l.split('\n')).filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.filter((l) => l.level === 'ERROR')).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ level: 'INFO', message: 'client error', codes: ['PERSISTED_QUERY_HASH_MISMATCH'] }));
  });

  it('labels every limit refusal LIMIT_EXCEEDED, naming the limit', async () => {
    // Act
    const depth = await send({}, { query: `{ plans(first: 1) { nodes { tasks(first: 1) { nodes { ${'parent { '.repeat(16)}code${' }'.repeat(16)} } } } } }` });
    const tokens = await send({}, { query: `{ plans(first: 1) { nodes { ${'number '.repeat(6000)} } } }` });
    // Assess
    expect(depth.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 12 });
    expect(tokens.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 5000 });
  });

  it('answers a body over the limit with 413 and a JSON body, on Lambda', async () => {
    // Act
    const res = await send({ MAX_BODY_KB: '1' }, { query: `{ viewer { role } } # ${'x'.repeat(2000)}` });
    // Assess
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'bodyBytes', max: 1024 });
  });
});

describe('the local server', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ SEED: 'none', EXPLORER: 'off', MAX_BODY_KB: '4' });
  });
  afterAll(async () => server.stop());

  it('answers a body over the limit with 413 and a JSON body, not a dropped connection, declared length or not', async () => {
    // Prepare
    const big = JSON.stringify({ query: `{ viewer { role } } # ${'x'.repeat(10_000)}` });
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    // Act
    const declared = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    const streamed = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit);
    // Assess
    for (const res of [declared, streamed]) {
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(((await res.json()) as Body).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodyBytes', max: 4096 });
    }
  });
});

describe('text inputs', () => {
  const CREATE = `mutation($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { name shortName } userErrors { code field } } }`;
  type Created = { agencyCreate: { agency: { name: string; shortName: string | null } | null; userErrors: { code: string; field: string[] }[] } };

  it('are stored NFC without control or zero-width characters, in variables and literals alike; a name of only those is INVALID', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    const create = (input: Record<string, unknown>) => h.gql<Created>(CREATE, { input: { jurisdiction: '04', kind: 'ASSOCIATION', ...input } }, admin);
    // Act
    const decomposed = await create({ name: 'Hội Khởi nghiệp Xanh Non Nước'.normalize('NFD'), shortName: 'DN\u0000T\u200b' });
    const lookalike = await create({ name: 'Hội\u200b Khởi nghiệp\u2060 Xanh Non Nước\uFEFF' });
    const invisible = await create({ name: '\u200b\u0000\u0085\u2060' });
    const literal = await h.gql<Created>(
      `mutation { agencyCreate(input: { jurisdiction: "04", kind: ASSOCIATION, name: "Câu lạc bộ\\u200b Khởi nghiệp\\u0007" }) { agency { name } userErrors { code } } }`,
      {},
      admin,
    );
    // Assess
    expect(decomposed.data!.agencyCreate).toEqual({ agency: { name: 'Hội Khởi nghiệp Xanh Non Nước'.normalize('NFC'), shortName: 'DNT' }, userErrors: [] });
    expect(lookalike.data!.agencyCreate.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(invisible.data!.agencyCreate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'name'] }]);
    expect(literal.data!.agencyCreate.agency).toEqual({ name: 'Câu lạc bộ Khởi nghiệp' });
  });
});

describe('tokens', () => {
  const sign = async (claims: JWTPayload) => {
    const keys = await ensureLocalKeys(h.dataDir);
    return new SignJWT({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], iss: LOCAL_ISSUER, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: String(keys.privateJwk.kid) })
      .sign(await importJWK(keys.privateJwk, 'RS256'));
  };
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a token without exp, without sub, issued or valid only from beyond 60 s ahead; accepts one 30 s ahead', async () => {
    // Prepare
    const tokens = {
      noExp: await sign({ sub: 'a', iat: now() }),
      noSub: await sign({ iat: now(), exp: now() + 600 }),
      futureIat: await sign({ sub: 'a', iat: now() + 300, exp: now() + 900 }),
      futureNbf: await sign({ sub: 'a', iat: now(), nbf: now() + 300, exp: now() + 900 }),
      skewed: await sign({ sub: 'a', iat: now() + 30, nbf: now() + 30, exp: now() + 900 }),
    };
    // Act
    const statuses = Object.fromEntries(
      await Promise.all(Object.entries(tokens).map(async ([name, token]) => [name, (await send({}, { query: '{ viewer { role } }' }, { Authorization: `Bearer ${token}` })).status] as const)),
    );
    // Assess
    expect(statuses).toEqual({ noExp: 401, noSub: 401, futureIat: 401, futureNbf: 401, skewed: 200 });
  });
});
