/**
 * Counter buckets in the Control table (domain/ecosystem/tallies.ts says what is counted):
 * pk `{jur}#count#{series}`, sk the year (`-` for undated marks), attributes `n` and `a`
 * (count and VND amount of the year) and `dMMDD` / `aMMDD` per day. A mark is added with a
 * single-item `ADD` after the record's write; a crash between the two leaves the bucket
 * behind the records, which `rebuildDerived` (rebuild.ts) repairs by recounting.
 *
 * Beneficiaries of provincially funded grants are counted once each, so each has a state
 * item `{jur}#beneficiary` / key holding its grants' dates: one conditional update returns
 * the dates before and after, and the difference of their marks goes to the buckets.
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAllPages } from './query-pages';
import { beneficiaryMarks, budgetBeneficiary, marksOf, markDeltas, type Bucket, type Delta, type Mark, type Series } from '../domain/ecosystem/tallies';
import type { SupportGrantData } from '../domain/ecosystem/model';
import type { StoredRecord } from './record';

export const bucketPk = (jur: string, series: Series): string => `${jur}#count#${series}`;
export const yearSk = (year: number | null): string => (year === null ? '-' : String(year).padStart(4, '0'));
export const beneficiaryPk = (jur: string): string => `${jur}#beneficiary`;

const live = (r: StoredRecord | null): r is StoredRecord => r !== null && !r.deleted;

/** Adds `deltas` to their buckets: one UpdateItem per (series, year) touched, issued together. */
const addDeltas = async (client: DynamoDBDocumentClient, table: string, jur: string, deltas: readonly Delta[]): Promise<void> => {
  const byBucket = new Map<string, Delta[]>();
  for (const d of deltas) byBucket.set(`${d.series}|${yearSk(d.year)}`, [...(byBucket.get(`${d.series}|${yearSk(d.year)}`) ?? []), d]);
  await Promise.all(
    [...byBucket.values()].map((list) => {
      const names: Record<string, string> = {};
      const values: Record<string, number> = {};
      const parts: string[] = [];
      const add = (attr: string, v: number) => {
        if (v === 0) return;
        const i = parts.length;
        names[`#a${i}`] = attr;
        values[`:v${i}`] = v;
        parts.push(`#a${i} :v${i}`);
      };
      const perDay = new Map<string, { n: number; amount: number }>();
      for (const d of list) {
        add('n', d.n);
        add('a', d.amount);
        if (d.day) {
          const cur = perDay.get(d.day) ?? { n: 0, amount: 0 };
          perDay.set(d.day, { n: cur.n + d.n, amount: cur.amount + d.amount });
        }
      }
      for (const [day, v] of perDay) {
        add(`d${day}`, v.n);
        add(`a${day}`, v.amount);
      }
      if (!parts.length) return Promise.resolve();
      const first = list[0]!;
      return client.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: bucketPk(jur, first.series), sk: yearSk(first.year) },
          UpdateExpression: `ADD ${parts.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    }),
  );
};

/** Moves one grant's date in its beneficiary's state item; the marks before and after. */
const moveGrant = async (
  client: DynamoDBDocumentClient,
  table: string,
  jur: string,
  beneficiary: string,
  grantId: string,
  date: string | null,
): Promise<{ before: Mark[]; after: Mark[] }> => {
  const out = await client.send(
    new UpdateCommand({
      TableName: table,
      Key: { pk: beneficiaryPk(jur), sk: beneficiary },
      UpdateExpression: date ? 'SET #g = :d' : 'REMOVE #g',
      ExpressionAttributeNames: { '#g': `g${grantId}` },
      ...(date ? { ExpressionAttributeValues: { ':d': date } } : {}),
      ReturnValues: 'ALL_OLD',
    }),
  );
  const old = grantDates(out.Attributes);
  const now = new Map(old);
  if (date) now.set(grantId, date);
  else now.delete(grantId);
  return { before: beneficiaryMarks([...old.values()]), after: beneficiaryMarks([...now.values()]) };
};

/** The grant dates a beneficiary item holds, by grant id. */
const grantDates = (item: Record<string, unknown> | undefined): Map<string, string> =>
  new Map(
    Object.entries(item ?? {})
      .filter(([k, v]) => k.startsWith('g') && typeof v === 'string')
      .map(([k, v]) => [k.slice(1), v as string]),
  );

/** Keeps the buckets in step with one record's change from `before` to `after` (either may be absent or a tombstone). */
export const maintainCounters = async (client: DynamoDBDocumentClient, table: string, before: StoredRecord | null, after: StoredRecord): Promise<void> => {
  const was = live(before) ? marksOf(before.type, before.data) : [];
  const is = live(after) ? marksOf(after.type, after.data) : [];
  const deltas = markDeltas(was, is);
  if (after.type === 'SupportGrant') {
    const from = live(before) ? budgetBeneficiary(before.data as SupportGrantData) : null;
    const to = live(after) ? budgetBeneficiary(after.data as SupportGrantData) : null;
    const toDate = live(after) ? (after.data as SupportGrantData).date : null;
    const fromDate = live(before) ? (before.data as SupportGrantData).date : null;
    if (from && (from !== to || fromDate !== toDate)) {
      if (from !== to) {
        const moved = await moveGrant(client, table, after.jur, from, after.id, null);
        deltas.push(...markDeltas(moved.before, moved.after));
      }
    }
    if (to && (from !== to || fromDate !== toDate)) {
      const moved = await moveGrant(client, table, after.jur, to, after.id, toDate);
      deltas.push(...markDeltas(moved.before, moved.after));
    }
  }
  if (deltas.length) await addDeltas(client, table, after.jur, deltas);
};

/** A series' buckets of years `from`…`to` (all years up to `to` when `from` is null, undated included): one Query. */
const readBuckets = async (
  client: DynamoDBDocumentClient,
  table: string,
  jur: string,
  series: Series,
  years: { from: number | null; to: number },
): Promise<Bucket[]> => {
  const items = await queryAllPages(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
    ExpressionAttributeValues: { ':pk': bucketPk(jur, series), ':lo': years.from === null ? '-' : yearSk(years.from), ':hi': yearSk(years.to) },
    ReturnConsumedCapacity: 'TOTAL',
  });
  return items.map(toBucket);
};

const toBucket = (item: Record<string, unknown>): Bucket => {
  const days = new Map<string, { n: number; amount: number }>();
  for (const [k, v] of Object.entries(item)) {
    if (!/^[da]\d{4}$/.test(k) || typeof v !== 'number') continue;
    const day = k.slice(1);
    const cur = days.get(day) ?? { n: 0, amount: 0 };
    days.set(day, k[0] === 'd' ? { ...cur, n: v } : { ...cur, amount: v });
  }
  const sk = item.sk as string;
  return { year: sk === '-' ? null : Number(sk), n: Number(item.n ?? 0), amount: Number(item.a ?? 0), days };
};

/** The same, through a store. */
export const readCounterBuckets = (
  store: { client: DynamoDBDocumentClient; table(id: 'Control'): string },
  jur: string,
  series: Series,
  years: { from: number | null; to: number },
): Promise<Bucket[]> => readBuckets(store.client, store.table('Control'), jur, series, years);
