import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/** Each abuse limit through the real handler: refused before any resolver runs, naming the limit and its value. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
});
afterAll(async () => h.close());

describe('abuse limits', () => {
  it('refuses a query of depth 20 and writes nothing', async () => {
    // Prepare
    const deep = `{ plans(first: 1) { nodes { tasks(first: 1) { nodes { ${'parent { '.repeat(16)}code${' }'.repeat(16)} } } } } }`;
    // Act
    const { response, reading } = await h.metered(deep);
    // Assess
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^Query exceeds the depth limit of 12 \(it has 2\d\)$/);
    expect(reading.requests.Query ?? 0).toBe(0);
  });

  it('refuses 50 aliases', async () => {
    // Act
    const res = await h.gql(`{ ${Array.from({ length: 50 }, (_, i) => `p${i}: plans(first: 1) { nodes { number } }`).join(' ')} }`);
    // Assess
    expect(res.errors?.map((e) => e.message)).toContain('Query exceeds the aliases limit of 30 (it has 50)');
  });

  it('refuses a query whose page sizes multiply past the cost limit', async () => {
    // Act
    const res = await h.gql(`{ plans(first: 100) { nodes { tasks(first: 100) { nodes { children(first: 100) { nodes { code } } } } } } }`);
    // Assess
    expect(res.errors?.[0]?.message).toMatch(/^Query exceeds the cost limit of 25000 \(it has \d+\)$/);
  });

  it('refuses too many directives and too many tokens', async () => {
    // Act
    const directives = await h.gql(`{ plans(first: 1) { nodes { ${Array.from({ length: 25 }, (_, i) => `n${i}: number @skip(if: false)`).join(' ')} } } }`);
    const tokens = await h.gql(`{ plans(first: 1) { nodes { ${'number '.repeat(6000)} } } }`);
    // Assess
    expect(directives.errors?.map((e) => e.message)).toContain('Query exceeds the directives limit of 20 (it has 25)');
    expect(tokens.errors?.[0]?.message).toBe('Query exceeds the tokens limit of 5000');
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention)', async () => {
    // Prepare
    const { createHandler } = await import('../../functions/graphql/handler');
    const { graphqlEvent, lambdaContext } = await import('../helpers/events');
    const event = { ...graphqlEvent({}), httpMethod: 'GET', body: null, headers: {}, queryStringParameters: { query: '{ plans(first: 1) { nodes { number } } }' } };
    // Act
    const result = (await createHandler({ ...process.env, ...h.env })(event, lambdaContext())) as { statusCode: number; body: string };
    // Assess
    expect(result.statusCode).toBe(400);
    expect(result.body).toMatch(/CSRF/i);
  });
});

describe('malformed requests', () => {
  it('answers a broken JSON body with a GraphQL-shaped 400, and a GET query with a literal % works', async () => {
    // Prepare
    const { createHandler } = await import('../../functions/graphql/handler');
    const { graphqlEvent, lambdaContext } = await import('../helpers/events');
    const handler = createHandler({ ...process.env, ...h.env });
    const broken = { ...graphqlEvent({}), body: '{"query": "{ plans { ' };
    const query = '{ viewer { role } } # 100%';
    const get = {
      ...graphqlEvent({}),
      httpMethod: 'GET',
      body: null,
      headers: { 'apollo-require-preflight': 'true' },
      queryStringParameters: { query },
      multiValueQueryStringParameters: { query: [query] },
    };
    // Act
    const bad = (await handler(broken, lambdaContext())) as { statusCode: number; body: string };
    const ok = (await handler(get, lambdaContext())) as { statusCode: number; body: string };
    // Assess
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ data: { viewer: { role: 'PUBLIC' } } });
  });
});
