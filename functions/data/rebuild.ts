/**
 * Recomputes what the write path keeps beside the records — the search index
 * (search-index.ts) and the counters (counters.ts) — from the records themselves, and
 * writes only the differences: a crash between a record's write and its derived writes,
 * a counter broken by hand, or a database made before these existed all come out equal to
 * a recount. Idempotent: a second run finds nothing to change. It reads both tables whole
 * (Scan), so it is an operator's command and a migration step, never a request's work;
 * writes made while it runs may need a second run.
 */
import { BatchWriteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beneficiaryMarks, budgetBeneficiary, marksOf, markDeltas, type Mark } from '../domain/ecosystem/tallies';
import type { SupportGrantData } from '../domain/ecosystem/model';
import { isSearchable } from '../domain/search/documents';
import { beneficiaryPk, bucketPk, yearSk } from './counters';
import { RECORD_SK } from './keys';
import type { StoredRecord } from './record';
import { indexKeysOf, planVisibility, type IndexKey, type Visibility } from './search-index';
import type { Store } from './store';

export interface RebuildReport {
  readonly records: number;
  readonly indexPut: number;
  readonly indexDeleted: number;
  readonly countersWritten: number;
  readonly countersDeleted: number;
}

type Item = Record<string, unknown>;

const scanAll = async (client: DynamoDBDocumentClient, table: string): Promise<Item[]> => {
  const out: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ...(start ? { ExclusiveStartKey: start } : {}) }));
    out.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
};

const batchWrite = async (client: DynamoDBDocumentClient, table: string, requests: Item[]): Promise<void> => {
  for (let i = 0; i < requests.length; i += 25) {
    let pending = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 8) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed`);
      if (attempt) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as Item[];
    }
  }
};

/** The counter buckets and beneficiary items the live records call for, by key. */
const expectedCounters = (records: readonly StoredRecord[]): Map<string, Item> => {
  const out = new Map<string, Item>();
  const marksByJur = new Map<string, Mark[]>();
  const marksOfJur = (jur: string): Mark[] => {
    let list = marksByJur.get(jur);
    if (!list) marksByJur.set(jur, (list = []));
    return list;
  };
  const beneficiaries = new Map<string, { jur: string; key: string; grants: Map<string, string> }>();
  for (const r of records) {
    marksOfJur(r.jur).push(...marksOf(r.type, r.data));
    if (r.type !== 'SupportGrant') continue;
    const key = budgetBeneficiary(r.data as SupportGrantData);
    if (!key) continue;
    const b = beneficiaries.get(`${r.jur}|${key}`) ?? { jur: r.jur, key, grants: new Map<string, string>() };
    b.grants.set(r.id, (r.data as SupportGrantData).date);
    beneficiaries.set(`${r.jur}|${key}`, b);
  }
  for (const b of beneficiaries.values()) {
    marksOfJur(b.jur).push(...beneficiaryMarks([...b.grants.values()]));
    const item: Item = { pk: beneficiaryPk(b.jur), sk: b.key };
    for (const [id, date] of b.grants) item[`g${id}`] = date;
    out.set(`${item.pk}\n${item.sk}`, item);
  }
  for (const [jur, marks] of marksByJur) {
    for (const d of markDeltas([], marks)) {
      const pk = bucketPk(jur, d.series);
      const sk = yearSk(d.year);
      const item = out.get(`${pk}\n${sk}`) ?? { pk, sk };
      const add = (attr: string, v: number) => {
        if (v !== 0) item[attr] = ((item[attr] as number | undefined) ?? 0) + v;
      };
      add('n', d.n);
      add('a', d.amount);
      if (d.day) {
        add(`d${d.day}`, d.n);
        add(`a${d.day}`, d.amount);
      }
      out.set(`${pk}\n${sk}`, item);
    }
  }
  return out;
};

const isCounterItem = (pk: string) => /#count#|#beneficiary$/.test(pk);
const isIndexItem = (pk: string) => pk.includes('#sx#');

/** Equal as counter items: the same attributes, ignoring zeros (an ADD that went back to 0). */
const sameCounts = (a: Item, b: Item): boolean => {
  const norm = (x: Item) =>
    JSON.stringify(
      Object.entries(x)
        .filter(([, v]) => v !== 0)
        .sort(([k1], [k2]) => (k1 < k2 ? -1 : 1)),
    );
  return norm(a) === norm(b);
};

export const rebuildDerived = async (store: Store, jurisdictions?: readonly string[]): Promise<RebuildReport> => {
  const mine = (jur: string) => !jurisdictions || jurisdictions.includes(jur);
  const [recordItems, controlItems] = await Promise.all([scanAll(store.client, store.table('Records')), scanAll(store.client, store.table('Control'))]);
  const records = (recordItems as unknown as StoredRecord[]).filter((r) => r.sk === RECORD_SK && mine(r.jur) && !r.deleted);
  const plans = new Map(records.filter((r) => r.type === 'Plan').map((p) => [`${p.jur}#${p.id}`, p]));
  const visibility = (r: StoredRecord): Visibility | null =>
    r.type === 'Plan' ? planVisibility(r) : r.type === 'Task' || r.type === 'Indicator' ? planVisibility(plans.get(`${r.jur}#${(r.data as { planId: string }).planId}`)) : 'P';

  const wantedIndex = new Map<string, IndexKey>();
  for (const r of records) if (isSearchable(r.type)) for (const k of indexKeysOf(r, visibility(r))) wantedIndex.set(`${k.pk}\n${k.sk}`, k);
  const wantedCounters = expectedCounters(records);

  const ours = controlItems.filter((i) => mine(String(i.pk).slice(0, String(i.pk).indexOf('#'))));
  const haveIndex = new Set(ours.filter((i) => isIndexItem(String(i.pk))).map((i) => `${i.pk}\n${i.sk}`));
  const haveCounters = new Map(ours.filter((i) => isCounterItem(String(i.pk))).map((i) => [`${i.pk}\n${i.sk}`, i]));

  const indexPuts = [...wantedIndex].filter(([k]) => !haveIndex.has(k)).map(([, v]) => ({ PutRequest: { Item: { pk: v.pk, sk: v.sk } } }));
  const indexDeletes = [...haveIndex].filter((k) => !wantedIndex.has(k)).map((k) => ({ DeleteRequest: { Key: { pk: k.split('\n')[0], sk: k.split('\n')[1] } } }));
  const counterPuts = [...wantedCounters].filter(([k, v]) => !haveCounters.has(k) || !sameCounts(haveCounters.get(k)!, v)).map(([, v]) => ({ PutRequest: { Item: v } }));
  const counterDeletes = [...haveCounters]
    .filter(([k]) => !wantedCounters.has(k))
    .map(([, v]) => ({ DeleteRequest: { Key: { pk: v.pk, sk: v.sk } } }));
  await batchWrite(store.client, store.table('Control'), [...indexDeletes, ...indexPuts, ...counterPuts, ...counterDeletes]);
  return {
    records: records.length,
    indexPut: indexPuts.length,
    indexDeleted: indexDeletes.length,
    countersWritten: counterPuts.length,
    countersDeleted: counterDeletes.length,
  };
};
