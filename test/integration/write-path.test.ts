import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimTaken, recordPk, systemScope, VersionConflict, type AuditEntry, type StoredRecord } from '../../functions/data';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * The write path's crash recovery (DESIGN.md §5): a writer that died after putting its audit
 * entry (the lock and write-ahead log) but before updating the item leaves the item one version
 * behind; the next writer rolls it forward from the entry instead of losing the change.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('roll-forward after a crash between the audit entry and the item', () => {
  it('applies the orphaned audit entry, answers the late writer CONFLICT, and loses nothing', async () => {
    // Prepare: an agency at version 1, then a "crashed" change to version 2 that wrote only its audit entry.
    const scope = systemScope('test', ['04']);
    const ref = { type: 'Agency', jur: '04', id: 'crash1' };
    const v1 = await h.store.commit(scope, { ref, expectedVersion: 0, data: { name: 'Trước' }, op: 'CREATE' });
    const v2: StoredRecord = { ...v1, version: 2, seq: v1.seq + 1, updatedAt: new Date().toISOString(), data: { name: 'Sau' } };
    const orphan: AuditEntry = { pk: recordPk(ref), version: 2, jur: '04', type: 'Agency', id: 'crash1', seq: v2.seq, at: v2.updatedAt, actor: 'crashed', op: 'UPDATE', before: v1, after: v2 };
    await h.store.client.send(new PutCommand({ TableName: h.store.table('Audit'), Item: orphan }));
    // Act: a writer that read version 1 tries its own change.
    const late = h.store.commit(scope, { ref, expectedVersion: 1, data: { name: 'Khác' }, op: 'UPDATE' });
    // Assess
    await expect(late).rejects.toBeInstanceOf(VersionConflict);
    const now = await h.store.getRecord<{ name: string }>(ref, true);
    expect(now).toMatchObject({ version: 2, data: { name: 'Sau' } });
    expect((await h.store.auditOf(ref)).map((e) => [e.version, e.actor])).toEqual([
      [1, 'test'],
      [2, 'crashed'],
    ]);
    // And the next writer, reading version 2, succeeds.
    const next = await h.store.commit(scope, { ref, expectedVersion: 2, data: { name: 'Cuối' }, op: 'UPDATE' });
    expect(next.version).toBe(3);
  });
});

describe('a uniqueness claim whose entity never appeared', () => {
  it('is held during the settle window, then taken over; a claim whose entity exists is never taken', async () => {
    // Prepare: claims left by crashed creates, one fresh and one two minutes old.
    const scope = systemScope('test', ['04']);
    const put = (sk: string, at: number) =>
      h.store.client.send(new PutCommand({ TableName: h.store.table('Control'), Item: { pk: '04#claim', sk, holder: 'ghost', at } }));
    await put('plan#fresh', Date.now());
    await put('plan#stale', Date.now() - 120_000);
    await put('plan#alive', Date.now() - 120_000);
    const exists = async () => false;
    const aliveExists = async () => true;
    // Act & Assess
    await expect(h.store.claim(scope, '04', 'plan#fresh', 'new', exists)).rejects.toBeInstanceOf(ClaimTaken);
    await expect(h.store.claim(scope, '04', 'plan#stale', 'new', exists)).resolves.toBeUndefined();
    expect(await h.store.claimHolder('04', 'plan#stale')).toBe('new');
    await expect(h.store.claim(scope, '04', 'plan#alive', 'new', aliveExists)).rejects.toBeInstanceOf(ClaimTaken);
  });
});
