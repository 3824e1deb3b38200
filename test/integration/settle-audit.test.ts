import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../functions/data';
import { FeedReader } from '../../functions/data/feed';
import { reindexed } from '../../functions/data/migrations/reindex';
import { settleUnappliedAudit } from '../../functions/data/migrations/settle-audit';
import { startHarness, type Harness } from '../helpers/harness';

/** Over DynamoDB Local (npm run test:ddb-local, CI's second pass) the real refusal is also driven. */
const external = Boolean(process.env.DYNAMODB_ENDPOINT);

/**
 * A database written by a version that wrote the audit entry and then failed the record put
 * (issue 15.3: a Hangul name whose index key DynamoDB refused) publishes a change nobody can
 * read. The migration step `audit-settle-unapplied` settles such entries once: rolled forward
 * when the state can be stored, ABORTED (and skipped by the feed) when it cannot.
 */
describe('the audit-settle-unapplied migration step', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  /** An audit entry as an older version left it: written, with its record never put. */
  const plantEntry = async (id: string, name: string) => {
    const seq = await h.store.nextSeq('04');
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const after = { pk: `04#Agency#${id}`, sk: 'R', type: 'Agency', jur: '04', id, version: 1, seq, createdAt: at, createdBy: 'old', updatedAt: at, updatedBy: 'old', data: { name, nameKey: name.toLowerCase() } };
    await h.store.client.send(new PutCommand({ TableName: h.store.table('Audit'), Item: { pk: after.pk, version: 1, jur: '04', type: 'Agency', id, seq, at, actor: 'old', op: 'CREATE', after, before: null } }));
    return { pk: after.pk, seq };
  };
  const entryOf = async (pk: string) => (await h.store.client.send(new GetCommand({ TableName: h.store.table('Audit'), Key: { pk, version: 1 }, ConsistentRead: true }))).Item;
  const feedPks = async () => (await new FeedReader(h.store, 0, () => Date.now() + 3_600_000).read('04', 0, 10_000)).entries.map((e) => e.pk);
  const run = (store: Store) => settleUnappliedAudit.run({ store, cursor: null, progress: async () => {} });

  it('rolls forward an entry whose record can be stored, marks ABORTED one DynamoDB refuses, and changes nothing on a second run', async () => {
    // Prepare: one crashed write, one refused write (DynamoDB's refusal stood in by a middleware)
    const crashed = await plantEntry('crashed1', 'Trung tâm Hỗ trợ khởi nghiệp');
    const refused = await plantEntry('refused1', 'Bị từ chối');
    const feedBefore = await feedPks();
    const refusing = new Store({ tablePrefix: h.tablePrefix, endpoint: h.endpoint });
    refusing.client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = (args as { input: { TableName?: string; Item?: { pk?: string } } }).input;
        if (/^Put(Item)?Command$/.test(String(context.commandName)) && input.TableName === refusing.table('Records') && input.Item?.pk === refused.pk) {
          throw Object.assign(new Error('One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit'), { name: 'ValidationException' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'refuseOne' },
    );

    // Act
    await run(refusing);
    const crashedRecord = await h.store.getRecord({ type: 'Agency', jur: '04', id: 'crashed1' }, true);
    const refusedRecord = await h.store.getRecord({ type: 'Agency', jur: '04', id: 'refused1' }, true);
    const entries = { crashed: await entryOf(crashed.pk), refused: await entryOf(refused.pk) };
    const feedAfter = await feedPks();
    await run(h.store);
    const again = { crashed: await entryOf(crashed.pk), refused: await entryOf(refused.pk), record: await h.store.getRecord({ type: 'Agency', jur: '04', id: 'crashed1' }, true) };

    // Assess
    expect(feedBefore).toEqual(expect.arrayContaining([crashed.pk, refused.pk]));
    expect(crashedRecord).toMatchObject({ version: 1, seq: crashed.seq, data: { name: 'Trung tâm Hỗ trợ khởi nghiệp' } });
    expect(reindexed(crashedRecord as unknown as Record<string, unknown>)).toBeNull();
    expect(refusedRecord).toBeNull();
    expect(entries.crashed?.status).toBeUndefined();
    expect(entries.refused).toMatchObject({ status: 'ABORTED', abortReason: expect.stringMatching(/Size of hashkey/) });
    expect(feedAfter).toContain(crashed.pk);
    expect(feedAfter).not.toContain(refused.pk);
    expect(again).toEqual({ ...entries, record: crashedRecord });
  });

  it.runIf(external)('over DynamoDB Local: an entry whose index sort key is over 1,024 bytes (350 Hangul syllables, 1,050 bytes) is marked ABORTED by the real refusal', async () => {
    // Prepare
    const planted = await plantEntry('hangul1', '한'.repeat(350));
    // Act
    await run(h.store);
    // Assess
    expect(await entryOf(planted.pk)).toMatchObject({ status: 'ABORTED' });
    expect(await h.store.getRecord({ type: 'Agency', jur: '04', id: 'hangul1' }, true)).toBeNull();
    expect(await feedPks()).not.toContain(planted.pk);
  });
});
