import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, systemScope } from '../../functions/data';
import { FeedReader } from '../../functions/data/feed';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Audit entries fit DynamoDB's 400 KB item limit whenever their record does (ISSUE 15.4),
 * and a change whose state DynamoDB refuses after its audit entry is marked ABORTED and
 * never reaches the feed (ISSUE 15.3, docs/exchange.md "Aborted changes").
 */
describe('audit entries at the record size limit', () => {
  let h: Harness;
  let admin: string;
  beforeAll(async () => {
    h = await startHarness();
    admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'], subject: 'size-admin' });
  }, 60_000);
  afterAll(async () => h?.close());

  it('a plan of ~385 KB can still be edited, and its trail shows the change', async () => {
    // Prepare: 48 purposes and 48 requirements of 4,000 characters, close to the 400 KB item limit;
    // sent in two requests, since one request body is capped at 256 KB (MAX_BODY_KB).
    const texts = (tag: string) => Array.from({ length: 48 }, (_, i) => `${tag}${i} `.padEnd(4000, 'm'));
    const created = await h.gql<{ planCreate: { plan: { id: string; version: number } | null; userErrors: unknown[] } }>(
      `mutation($i: PlanCreateInput!) { planCreate(input: $i) { plan { id version } userErrors { code message field } } }`,
      { i: { jurisdiction: '04', number: '999/KH-UBND', title: 'Kế hoạch lớn', periodFrom: 2026, periodTo: 2026, purposes: texts('p') } },
      admin,
    );
    expect(created.data?.planCreate.userErrors).toEqual([]);
    const grown = await h.gql<{ planUpdate: { plan: { id: string; version: number } | null; userErrors: unknown[] } }>(
      `mutation($i: PlanUpdateInput!) { planUpdate(input: $i) { plan { id version } userErrors { code message field } } }`,
      { i: { id: created.data!.planCreate.plan!.id, expectedVersion: created.data!.planCreate.plan!.version, requirements: texts('r') } },
      admin,
    );
    expect(grown.data?.planUpdate.userErrors).toEqual([]);
    const plan = grown.data!.planUpdate.plan!;

    // Act
    const updated = await h.gql<{ planUpdate: { plan: { version: number; title: string } | null; userErrors: unknown[] } }>(
      `mutation($i: PlanUpdateInput!) { planUpdate(input: $i) { plan { version title } userErrors { code message field } } }`,
      { i: { id: plan.id, expectedVersion: plan.version, title: 'Kế hoạch lớn (sửa)' } },
      admin,
    );

    // Assess
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.planUpdate).toEqual({ plan: { version: 3, title: 'Kế hoạch lớn (sửa)' }, userErrors: [] });
    const trail = await h.gql<{ auditTrail: { nodes: { version: number; changes: { field: string; before: string | null; after: string | null }[] }[] } }>(
      `query($f: AuditFilter!) { auditTrail(filter: $f, first: 10) { nodes { version changes { field before after } } } }`,
      { f: { jurisdiction: '04', entity: plan.id } },
      admin,
    );
    const edit = trail.data?.auditTrail.nodes.find((n) => n.version === 3);
    expect(edit?.changes).toContainEqual({ field: 'title', before: '"Kế hoạch lớn"', after: '"Kế hoạch lớn (sửa)"' });
  });
});

describe('a change DynamoDB refuses after its audit entry', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  it('is marked ABORTED, skipped by the feed, and its version is free for the next writer', async () => {
    // Prepare: a store whose record puts DynamoDB refuses, as it refuses a state it can never hold.
    const refusing = new Store({ tablePrefix: h.tablePrefix, endpoint: h.endpoint });
    refusing.client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = (args as { input: { TableName?: string } }).input;
        if (/^Put(Item)?Command$/.test(String(context.commandName)) && input.TableName === refusing.table('Records')) {
          throw Object.assign(new Error('Item size has exceeded the maximum allowed size'), { name: 'ValidationException' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'refuseRecords' },
    );
    const scope = systemScope('abort-test', ['04']);
    const ref = { type: 'Agency', jur: '04', id: 'abort1' };
    const change = { ref, expectedVersion: 0, data: { name: 'A' }, index: { tpk: '04#Agency', tsk: 'a' }, op: 'CREATE' };

    // Act
    await expect(refusing.commit(scope, change)).rejects.toThrow(/Item size/);

    // Assess
    const entry = await h.store.client.send(new GetCommand({ TableName: h.store.table('Audit'), Key: { pk: '04#Agency#abort1', version: 1 }, ConsistentRead: true }));
    expect(entry.Item).toMatchObject({ status: 'ABORTED', abortReason: expect.stringMatching(/Item size/) });
    const feed = await new FeedReader(h.store, 0, () => Date.now() + 3_600_000).read('04', 0, 100);
    expect(feed.entries.map((e) => e.pk)).not.toContain('04#Agency#abort1');
    expect(feed.position).toBe(entry.Item!.seq);

    const retried = await h.store.commit(scope, change);
    expect(retried.version).toBe(1);
    const after = await h.store.client.send(new QueryCommand({ TableName: h.store.table('Audit'), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': '04#Agency#abort1' }, ConsistentRead: true }));
    expect(after.Items?.map((i) => [i.version, i.status ?? 'OK', i.seq])).toEqual([[1, 'OK', retried.seq]]);
    expect((await new FeedReader(h.store, 0, () => Date.now() + 3_600_000).read('04', 0, 100)).entries.map((e) => e.pk)).toContain('04#Agency#abort1');
  });

  it('an ABORTED entry is never rolled forward', async () => {
    const scope = systemScope('abort-test', ['04']);
    const ref = { type: 'Agency', jur: '04', id: 'abort2' };
    await h.store.client.send(
      new PutCommand({ TableName: h.store.table('Audit'), Item: { pk: '04#Agency#abort2', version: 1, jur: '04', seq: 999, at: new Date().toISOString(), actor: 'x', op: 'CREATE', status: 'ABORTED', after: { pk: '04#Agency#abort2', sk: 'R', version: 1, data: { name: 'never' } } } }),
    );
    const out = await h.store.commit(scope, { ref, expectedVersion: 0, data: { name: 'B' }, op: 'CREATE' });
    expect(out.data).toEqual({ name: 'B' });
    expect((await h.store.getRecord(ref, true))?.data).toEqual({ name: 'B' });
  });
});
