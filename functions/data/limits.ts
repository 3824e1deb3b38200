import type { StoredRecord } from './record';

/**
 * What DynamoDB refuses and dynalite accepts, checked before a write takes its change
 * number or its audit entry (DESIGN.md §5 "Validate before the lock"), so a write that
 * DynamoDB would refuse never leaves an audit entry without its record:
 *  - key and index key attributes non-empty, within 2,048 B (partition) / 1,024 B (sort),
 *    counted in UTF-8 bytes (a Hangul syllable is 3 bytes);
 *  - the item and its audit entry under 400 KB;
 *  - numbers exactly representable on both sides: DynamoDB keeps 38 digits between 1e-130
 *    and 1e126, JavaScript integers are exact to 2^53 − 1, and the document client refuses
 *    anything above Number.MAX_SAFE_INTEGER.
 */
const PARTITION_KEY_MAX_BYTES = 2048;
const SORT_KEY_MAX_BYTES = 1024;
const ITEM_MAX_BYTES = 400 * 1024;
const NUMBER_MIN_MAGNITUDE = 1e-130;

export interface WriteProblem {
  /** The stored attribute: `tsk`, `data.value`, `data.founders.0.name` … */
  readonly attribute: string;
  /** Where the caller most likely gave it: the input field the attribute came from. */
  readonly field: readonly string[];
  readonly message: string;
}

/** Refusal of a write whose item or audit entry DynamoDB would not store; nothing was written. */
export class InvalidWrite extends Error {
  constructor(readonly problems: readonly WriteProblem[]) {
    super(problems.map((p) => `${p.attribute}: ${p.message}`).join('; '));
    this.name = 'InvalidWrite';
  }
}

const bytes = (value: string): number => Buffer.byteLength(value, 'utf8');

/** Approximate DynamoDB item size: JSON over-counts slightly (quotes, braces), which errs on the safe side. */
export const itemBytes = (item: unknown): number => bytes(JSON.stringify(item));

const KEY_PAIRS = [
  ['pk', 'sk'],
  ['tpk', 'tsk'],
  ['ppk', 'psk'],
  ['lpk', 'lsk'],
] as const;

/**
 * The input field an index key was made from: the data field whose value the key holds
 * (`nameKey` for `tsk`), named as the caller wrote it (`name`).
 */
const fieldOfKey = (data: unknown, key: string): readonly string[] => {
  if (!data || typeof data !== 'object') return ['input'];
  const suffix = key.slice(key.lastIndexOf('#') + 1);
  let best: string | null = null;
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'string') continue;
    const holds = value === '' ? suffix === '' : key.includes(value);
    if (holds && (best === null || value.length > String((data as Record<string, unknown>)[best]).length)) best = name;
  }
  return best ? ['input', best.replace(/Key$/, '')] : ['input'];
};

const numberProblems = (value: unknown, path: string, out: WriteProblem[]): void => {
  if (typeof value === 'number') {
    const size = Math.abs(value);
    if (!Number.isFinite(value) || size > Number.MAX_SAFE_INTEGER || (size !== 0 && size < NUMBER_MIN_MAGNITUDE)) {
      const top = path.split('.')[1];
      out.push({
        attribute: path,
        field: ['input', ...(top ? [top] : [])],
        message: `${value} is out of range: numbers are stored exactly between ${NUMBER_MIN_MAGNITUDE} and ${Number.MAX_SAFE_INTEGER} in size`,
      });
    }
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => numberProblems(v, `${path}.${i}`, out));
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numberProblems(v, `${path}.${k}`, out);
};

/** Every reason DynamoDB would refuse this record or its audit entry; empty when it can be stored. */
export const writeProblems = (record: StoredRecord, entry: object | null): WriteProblem[] => {
  const out: WriteProblem[] = [];
  const item = record as unknown as Record<string, unknown>;
  for (const [pkName, skName] of KEY_PAIRS) {
    const pk = item[pkName];
    const sk = item[skName];
    if (pk === undefined && sk === undefined) continue;
    for (const [name, value, max] of [[pkName, pk, PARTITION_KEY_MAX_BYTES], [skName, sk, SORT_KEY_MAX_BYTES]] as const) {
      const text = typeof value === 'string' ? value : '';
      if (text === '') {
        out.push({ attribute: name, field: fieldOfKey(record.data, text), message: 'must not be empty (nothing is left once accents, marks and spaces are folded away)' });
      } else if (bytes(text) > max) {
        out.push({ attribute: name, field: fieldOfKey(record.data, text), message: `is too long: its key is ${bytes(text)} bytes in UTF-8, at most ${max}` });
      }
    }
  }
  numberProblems(record.data, 'data', out);
  const size = itemBytes(record);
  if (size >= ITEM_MAX_BYTES) out.push({ attribute: 'item', field: ['input'], message: `is too large: ${Math.ceil(size / 1024)} KB stored, at most ${ITEM_MAX_BYTES / 1024} KB` });
  else if (entry && itemBytes(entry) >= ITEM_MAX_BYTES) {
    out.push({ attribute: 'audit', field: ['input'], message: `is too large: its audit entry would be ${Math.ceil(itemBytes(entry) / 1024)} KB, at most ${ITEM_MAX_BYTES / 1024} KB` });
  }
  return out;
};
