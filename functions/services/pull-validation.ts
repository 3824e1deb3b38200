/**
 * Every pulled record is held to the rules of a local write of its type before anything is
 * stored (docs/exchange.md "What a puller sees"): its identity, its version against the
 * source's change numbers and the copy held here, and its `data` against
 * domain/exchange/record-rules.ts. A bad record is refused alone, named, with the reason;
 * the rest of the call goes on. An `index` (sent by sources of an older version) is ignored:
 * where a record is listed follows from its data (functions/data/entities).
 */
import { recordPk, type Store } from '../data';
import type { ReplicaRecord } from '../data/replica';
import type { PullRefusal } from '../data/pull-refusals';
import { dataProblem, versionProblem } from '../domain/exchange/record-rules';
import { EXCHANGE_TYPES } from './exchange';

const ID = /^[A-Za-z0-9~._-]{1,80}$/;
/** GraphQL's Int: the largest version or change number the exchange can carry. */
const MAX_INT = 2_147_483_647;

interface CheckedRecord extends ReplicaRecord {
  readonly sourceSeq: number;
}

export interface CheckedBatch {
  readonly records: CheckedRecord[];
  /** Refused records; `stored` is false for those whose identity itself is unusable (never kept as a refusal). */
  readonly refused: (PullRefusal & { readonly index: number; readonly stored: boolean })[];
}

const printable = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 80) : JSON.stringify(value ?? null).slice(0, 80));

/** The record's shape alone, or why it is refused. */
const envelope = (raw: Record<string, unknown>, jur: string): CheckedRecord | string => {
  const { type, jurisdiction, id, version, seq, deleted, data } = raw;
  if (typeof type !== 'string' || !EXCHANGE_TYPES.has(type)) return `type ${printable(type)} is not exchanged`;
  if (jurisdiction !== jur) return `it belongs to ${printable(jurisdiction)}, not ${jur}`;
  if (typeof id !== 'string' || !ID.test(id)) return 'its id is not 1–80 letters, digits or ~._-';
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > MAX_INT) return `version must be a whole number from 1 to ${MAX_INT}`;
  if (!Number.isInteger(seq) || (seq as number) < 1 || (seq as number) > MAX_INT) return `seq (the source's change number) must be a whole number from 1 to ${MAX_INT}`;
  if (deleted !== undefined && typeof deleted !== 'boolean') return 'deleted must be true or false';
  if (deleted === true) return { type, jur, id, version: version as number, sourceSeq: seq as number, deleted: true, data: null };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'data must be an object (null only for a tombstone)';
  const problem = dataProblem(type, data);
  if (problem) return `data.${problem}`;
  return { type, jur, id, version: version as number, sourceSeq: seq as number, deleted: false, data: data as Record<string, unknown> };
};

/**
 * Splits a call's records into those that may be stored and those refused. Reads the copies
 * held here in one BatchGetItem per 100 records, to judge each version's increment.
 */
export const checkPulled = async (store: Store, jur: string, raws: readonly Record<string, unknown>[], now = new Date().toISOString()): Promise<CheckedBatch> => {
  const refused: CheckedBatch['refused'][number][] = [];
  const shaped: { i: number; rec: CheckedRecord }[] = [];
  for (const [i, raw] of raws.entries()) {
    const out = envelope(raw, jur);
    if (typeof out !== 'string') {
      shaped.push({ i, rec: out });
      continue;
    }
    const identified = typeof raw.type === 'string' && EXCHANGE_TYPES.has(raw.type) && typeof raw.id === 'string' && ID.test(raw.id) && raw.jurisdiction === jur;
    refused.push({ index: i, stored: identified, type: printable(raw.type), id: printable(raw.id), version: Number.isInteger(raw.version) ? Math.min(raw.version as number, MAX_INT) : 0, reason: out, at: now });
  }
  const held = await store.getRecords([...new Set(shaped.map((s) => recordPk(s.rec)))], true);
  const records: CheckedRecord[] = [];
  for (const { i, rec } of shaped) {
    const copy = held.get(recordPk(rec)) as ({ version: number; sourceSeq?: unknown } | undefined);
    const problem = versionProblem({ version: rec.version, seq: rec.sourceSeq }, copy ? { version: copy.version, sourceSeq: typeof copy.sourceSeq === 'number' ? copy.sourceSeq : null } : null);
    if (problem) refused.push({ index: i, stored: true, type: rec.type, id: rec.id, version: rec.version, reason: problem, at: now });
    else records.push(rec);
  }
  refused.sort((a, b) => a.index - b.index);
  return { records, refused };
};
