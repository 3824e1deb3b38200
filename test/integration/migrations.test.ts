import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { rebuildDerived, Store } from '../../functions/data';
import { FeedReader } from '../../functions/data/feed';
import { startLocalDynamo, type LocalDynamo } from '../../functions/data/local-emulator';
import { INDEX_ATTRIBUTES, indexKeysOf } from '../../functions/data/entities';
import { migrationSteps, readSchemaVersion, runMigrations, scanStep, SchemaTooNew } from '../../functions/data/migrations';
import type { TableId } from '../../functions/data/tables';

/**
 * The schema-v0 fixture (test/fixtures/schema-v0) is a `.data` folder written by `npm start`
 * before migrations existed. Every migration must leave each of its records, audit entries
 * and feed positions readable as they were, and a second run must change nothing.
 */
const FIXTURE = path.resolve('test/fixtures/schema-v0/dynamo.tar.gz');
const PREFIX = 'ecosystem-graph';
type Item = Record<string, unknown>;

const open: LocalDynamo[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
});

const openFixture = async (): Promise<Store> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eg-migrate-'));
  execFileSync('tar', ['xzf', FIXTURE, '-C', dir]);
  const dynamo = await startLocalDynamo({ path: path.join(dir, 'dynamo') });
  open.push(dynamo);
  return new Store({ tablePrefix: PREFIX, endpoint: dynamo.endpoint });
};

const scanAll = async (store: Store, table: TableId): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await store.client.send(new ScanCommand({ TableName: store.table(table), ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${String(a.pk)}|${String(a.sk ?? a.version)}`.localeCompare(`${String(b.pk)}|${String(b.sk ?? b.version)}`));
};

/** Items the write path derives from the records (docs/search.md): the search index, counters, beneficiaries. */
const derived = (item: Item) => /#sx#|#count#|#beneficiary$/.test(String(item.pk));

const snapshot = async (store: Store) => ({
  Records: await scanAll(store, 'Records'),
  Audit: await scanAll(store, 'Audit'),
  Control: (await scanAll(store, 'Control')).filter((item) => item.pk !== 'schema' && !derived(item)),
  Derived: (await scanAll(store, 'Control')).filter(derived),
});

const feedOf = async (store: Store, jur: string) => {
  const page = await new FeedReader(store, 0, () => Date.now() + 3_600_000).read(jur, 0, 100_000);
  return { position: page.position, entries: page.entries.map((e) => [e.seq, e.pk, e.version, e.op]) };
};

describe('migrations over a database written before them (schema v0)', () => {
  it('the fixture holds the seed, the demo ecosystem and updates', async () => {
    const store = await openFixture();
    const { Records, Audit } = await snapshot(store);
    expect(Records.length).toBeGreaterThan(100);
    expect(Audit.length).toBeGreaterThan(Records.length);
    expect(Audit.some((e) => e.op === 'UPDATE' && (e.version as number) === 3)).toBe(true);
    expect(await readSchemaVersion(store)).toBe(0);
  });

  it('keeps every record, audit entry and feed position, and a second run changes nothing', async () => {
    const store = await openFixture();
    const before = await snapshot(store);
    const feeds = { '04': await feedOf(store, '04'), '24': await feedOf(store, '24') };

    const first = await runMigrations(store, migrationSteps);
    expect(first).toEqual({ from: 0, to: migrationSteps.length, ran: migrationSteps.map((s) => s.name) });
    expect(await readSchemaVersion(store)).toBe(migrationSteps.length);
    const after = await snapshot(store);
    // Index attributes are recomputed (records-recompute-index-keys); everything else is kept.
    const unkeyed = (items: Item[]) => items.map((item) => Object.fromEntries(Object.entries(item).filter(([name]) => !(INDEX_ATTRIBUTES as readonly string[]).includes(name))));
    expect(unkeyed(after.Records)).toEqual(unkeyed(before.Records));
    for (const item of after.Records.filter((r) => r.sk === 'R')) {
      const keys = indexKeysOf(String(item.type), { jur: String(item.jur), id: String(item.id), createdAt: String(item.createdAt), data: item.data }, item.deleted === true);
      expect(Object.fromEntries(INDEX_ATTRIBUTES.filter((name) => item[name] !== undefined).map((name) => [name, item[name]]))).toEqual(keys);
    }
    expect(after.Audit).toEqual(before.Audit);
    expect(after.Control).toEqual(before.Control);
    // The index and counters now exist, exactly as a recount of the records makes them.
    expect(before.Derived).toEqual([]);
    expect(after.Derived.filter((i) => String(i.pk).includes('#sx#')).length).toBeGreaterThan(1000);
    expect(after.Derived.some((i) => i.pk === '04#count#startups')).toBe(true);
    expect(await rebuildDerived(store)).toEqual(expect.objectContaining({ indexPut: 0, indexDeleted: 0, countersWritten: 0, countersDeleted: 0 }));
    expect({ '04': await feedOf(store, '04'), '24': await feedOf(store, '24') }).toEqual(feeds);

    const schemaItems = (await scanAll(store, 'Control')).filter((item) => item.pk === 'schema');
    const second = await runMigrations(store, migrationSteps);
    expect(second.ran).toEqual([]);
    expect(await snapshot(store)).toEqual(after);
    expect((await scanAll(store, 'Control')).filter((item) => item.pk === 'schema')).toEqual(schemaItems);
  });
});

describe('the migration runner', () => {
  /** A step that marks every record, and can be made to crash after `crashAfter` writes. */
  const markStep = (state: { writes: number; crashAfter: number }) =>
    scanStep({
      name: 'test-mark-records',
      description: 'marks every record (test)',
      table: 'Records',
      pageSize: 10,
      unchangedIf: ['pk', 'version'],
      rewrite: (item) => {
        if (item.migrated) return null;
        if (state.writes === state.crashAfter) throw new Error('crash');
        state.writes += 1;
        return { ...item, migrated: true };
      },
    });

  it('resumes a crashed step from its cursor, rewriting each item once', async () => {
    const store = await openFixture();
    const records = (await scanAll(store, 'Records')).length;
    const state = { writes: 0, crashAfter: 25 };
    await expect(runMigrations(store, [markStep(state)])).rejects.toThrow('crash');
    expect(await readSchemaVersion(store)).toBe(0);

    state.crashAfter = -1;
    const report = await runMigrations(store, [markStep(state)]);
    expect(report.ran).toEqual(['test-mark-records']);
    expect(state.writes).toBe(records);
    expect((await scanAll(store, 'Records')).every((item) => item.migrated === true)).toBe(true);
    expect(await readSchemaVersion(store)).toBe(1);
  });

  it('refuses a database newer than the code', async () => {
    const store = await openFixture();
    await runMigrations(store, [markStep({ writes: 0, crashAfter: -1 })]);
    await expect(runMigrations(store, [])).rejects.toBeInstanceOf(SchemaTooNew);
  });
});
