import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMetered } from '../../functions/data';
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Hostile callers through the real handler (issue 14.1–2): the cost rule counts the pages
 * a query will really get, a request's records, bytes and time are bounded while it runs,
 * and a refused caller is refused before any resolver or DynamoDB read.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
});
afterAll(async () => h.close());

type Body = { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
const call = async (env: Record<string, string>, query: string, headers: Record<string, string> = {}) => {
  const run = createHandler({ ...process.env, ...h.env, ...env });
  const { result, reading } = await runMetered(async () => (await run(graphqlEvent({ query }, headers), lambdaContext())) as { statusCode: number; body: string });
  return { status: result.statusCode, body: JSON.parse(result.body) as Body, reading };
};

const RED_TEAM = '{ startups { nodes { name mentors { nodes { name startups { nodes { name mentors { nodes { name startups { nodes { name } } } } } } } } } } }';
const PLANS_AND_TASKS = '{ plans(first: 10) { nodes { number tasks(first: 50) { nodes { code title } } } } }';

describe('the cost rule counts what the resolvers return', () => {
  it("refuses the red-team query: a list without `first` counts its schema default (20), not 1; nothing is read", async () => {
    // Act
    const res = await call({}, RED_TEAM);
    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/^Query exceeds the cost limit of 25000 \(it has \d+\)$/);
    expect(res.body.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.reading.total).toBe(0);
  });

  it('refuses 30 aliases of a query it accepts alone', async () => {
    // Prepare: alone, 10 plans × their default 50 tasks is well under the limit.
    const one = 'plans(first: 10) { nodes { tasks { nodes { code } } } }';
    // Act
    const alone = await call({}, `{ ${one} }`);
    const aliased = await call({}, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${one}`).join(' ')} }`);
    // Assess
    expect(alone.status).toBe(200);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
    expect(aliased.reading.total).toBe(0);
  });
});

describe('the request budget', () => {
  it('stops a request that returns more records than allowed, with one LIMIT_EXCEEDED error and no partial data', async () => {
    // Act
    const within = await call({}, PLANS_AND_TASKS);
    const over = await call({ LIMIT_RECORDS: '5' }, PLANS_AND_TASKS);
    // Assess
    expect(within.body.errors).toBeUndefined();
    expect(over.status).toBe(400);
    expect(over.body).toEqual({
      data: null,
      errors: [{ message: 'Query exceeds the records limit of 5 objects per request', extensions: { code: 'LIMIT_EXCEEDED', limit: 'records', max: 5 } }],
    });
  });

  it('stops a request whose answer passes the response size limit', async () => {
    // Act
    const over = await call({ LIMIT_RESPONSE_BYTES: '200' }, PLANS_AND_TASKS);
    // Assess
    expect(over.body.data).toBeNull();
    expect(over.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'LIMIT_EXCEEDED', limit: 'responseBytes', max: 200 }]);
  });

  it('stops a query past its time budget at the next resolver, before that resolver reads anything', async () => {
    // Act: a budget of 0 ms is spent before the first resolver runs.
    const over = await call({ LIMIT_TIME_MS: '0' }, PLANS_AND_TASKS);
    // Assess
    expect(over.body).toEqual({ data: null, errors: [{ message: 'Query exceeds the time limit of 0 ms', extensions: { code: 'LIMIT_EXCEEDED', limit: 'time', max: 0 } }] });
    expect(over.reading.requests.Query ?? 0).toBe(0);
  });

  it('does not cut a mutation short by time: its work is bounded by its input, and it may have written', async () => {
    // Prepare
    const admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
    // Act
    const res = await call({ LIMIT_TIME_MS: '0' }, 'mutation { planUpdate(input: { id: "bm9wZQ", expectedVersion: 1 }) { userErrors { code } } }', { Authorization: `Bearer ${admin}` });
    // Assess
    expect(res.body).toEqual({ data: { planUpdate: { userErrors: [{ code: 'NOT_FOUND' }] } } });
  });
});

describe('admission before execution', () => {
  it('refuses a made-up key with a heavy query at a cost of one key lookup: no resolver, no Query', async () => {
    // Act
    const garbage = await call({}, PLANS_AND_TASKS, { 'x-api-key': 'not-a-key' });
    const unknown = await call({}, PLANS_AND_TASKS, { 'x-api-key': `eg_04_0123456789ab_${'A'.repeat(32)}` });
    // Assess
    expect([garbage.status, unknown.status]).toEqual([401, 401]);
    expect(garbage.reading.total).toBe(0);
    expect(unknown.reading.requests).toEqual({ GetItem: 1 });
  });

  it('refuses a caller over quota before its query runs', async () => {
    // Prepare
    const run = createHandler({ ...process.env, ...h.env, QUOTA_ANONYMOUS_PER_MINUTE: '1' });
    const event = () => {
      const e = graphqlEvent({ query: PLANS_AND_TASKS });
      return { ...e, requestContext: { ...e.requestContext, identity: { ...e.requestContext.identity, sourceIp: '192.0.2.99' } } };
    };
    await run(event(), lambdaContext());
    // Act
    const { result, reading } = await runMetered(async () => (await run(event(), lambdaContext())) as { statusCode: number });
    // Assess
    expect(result.statusCode).toBe(429);
    expect(reading.requests.Query ?? 0).toBe(0);
    expect(reading.requests.BatchGetItem ?? 0).toBe(0);
  });
});
