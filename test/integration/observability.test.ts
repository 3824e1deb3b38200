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
    const handler = createHandler({ ...process.env, ...h.env, LOG_LEVEL: 'INFO', POWERTOOLS_METRICS_DISABLED: 'false' });
    const token = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'admin-7' });
    // Act
    const context = lambdaContext();
    await handler(
      graphqlEvent({ query: 'mutation { planUpdate(input: { id: "bm9wZQ", expectedVersion: 1 }) { userErrors { code } } }' }, { Authorization: `Bearer ${token}` }),
      context,
    );
    spy.mockRestore();
    info.mockRestore();
    log.mockRestore();
    // Assess
    const json = lines.flatMap((l) => l.split('\n')).filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const request = json.find((j) => j.message === 'request')!;
    expect(request).toMatchObject({ requestId: context.awsRequestId, caller: { role: 'PROVINCE_ADMIN', subject: 'admin-7' }, status: 200, userErrors: { NOT_FOUND: 1 } });
    const emf = json.find((j) => j._aws)!;
    expect(emf).toMatchObject({ Requests: 1, UserErrors_NOT_FOUND: 1 });
    expect(Object.keys(emf).some((k) => k.startsWith('DynamoDB_'))).toBe(false); // a bad ID costs no DynamoDB request
  });
});
