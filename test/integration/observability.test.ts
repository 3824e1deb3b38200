import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';

/** The Lambda handler's request log and EMF metrics: request id, caller role, DynamoDB requests; no personal data. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: ['04'] });
});
afterAll(async () => h.close());

describe('request log and metrics', () => {
  it('writes one structured line and one EMF document per request', async () => {
    // Prepare
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const info = vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    // Lambda sets this for an on-demand container; Powertools reads it from process.env to tell a cold start.
    process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
    const handler = createHandler({ ...process.env, ...h.env, LOG_LEVEL: 'INFO', POWERTOOLS_METRICS_DISABLED: 'false' });
    delete process.env.AWS_LAMBDA_INITIALIZATION_TYPE;
    const token = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'admin-7' });
    // Act
    const context = lambdaContext();
    await handler(
      graphqlEvent({ query: 'mutation { planUpdate(input: { id: "bm9wZQ", expectedVersion: 1 }) { userErrors { code } } }' }, { Authorization: `Bearer ${token}` }),
      context,
    );
    const split = lines.length;
    await handler(graphqlEvent({ query: `{ plans(first: 1) { nodes { tasks(first: 1) { nodes { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } } } } }` }), lambdaContext());
    await handler(graphqlEvent({ query: '{ viewer { role } }' }, { Authorization: 'Bearer nonsense' }), lambdaContext());
    spy.mockRestore();
    info.mockRestore();
    log.mockRestore();
    // Assess
    const parse = (from: string[]) => from.flatMap((l) => l.split('\n')).filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const json = parse(lines.slice(0, split));
    const later = parse(lines.slice(split));
    const request = json.find((j) => j.message === 'request')!;
    expect(request).toMatchObject({ requestId: context.awsRequestId, caller: { role: 'PROVINCE_ADMIN', subject: 'admin-7' }, status: 200, userErrors: { NOT_FOUND: 1 } });
    // Powertools' middlewares: the Lambda context on the log line, ColdStart on the first invocation only.
    expect(request).toMatchObject({ function_request_id: context.awsRequestId, cold_start: expect.any(Boolean) });
    expect(json.filter((j) => j._aws && j.ColdStart === 1)).toHaveLength(1);
    expect(later.filter((j) => j._aws && 'ColdStart' in j)).toEqual([]);
    const emf = json.find((j) => j._aws && 'Requests' in j)!;
    expect(emf).toMatchObject({ Requests: 1, UserErrors_NOT_FOUND: 1, Errors: 0 });
    // Top-level errors counted from Apollo's answer and from admission's refusals, not by reading bodies back.
    expect(later.filter((j) => j.message === 'request').map((j) => [j.status, j.errors])).toEqual([
      [400, ['LIMIT_EXCEEDED']],
      [401, ['UNAUTHENTICATED']],
    ]);
    expect(later.filter((j) => j._aws && 'Requests' in j).map((j) => j.Errors)).toEqual([1, 1]);
    expect(Object.keys(emf).some((k) => k.startsWith('DynamoDB_'))).toBe(false); // a bad ID costs no DynamoDB request
  });
});
