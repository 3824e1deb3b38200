import { readTypePage, typePk, type CursorCodec, type StoredRecord } from '../../data';
import { failure, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { isJurisdictionCode } from '../../domain/jurisdiction/provinces';
import { matchesSearch } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { requireAdmin } from '../guard';
import { idempotent } from '../idempotency';
import { memorySlice, type Slice } from '../paging';
import { loadRecord } from '../records';
import { asFailure, commit, newId } from '../write';

/**
 * The registry's generic write and read paths. Every entity type (startup, mentor,
 * incubator …) gives a definition: how to check and merge fields into its data, where
 * it is indexed, which names it must hold uniquely. Writes go through the store's audit
 * WAL (commit) and, for unique names, claims in the Control table; reads go through the
 * request's loaders, whole byType partitions per jurisdiction (province scale: thousands).
 */
export interface EntityDef<D, F> {
  readonly type: string;
  /** For messages: "startup". */
  readonly label: string;
  /** Checks `fields` and merges them into `base` (null on create). Async for link checks. */
  build(ctx: ServiceContext, jur: string, base: D | null, fields: F): Promise<Outcome<D>>;
  /** Names the record holds uniquely in its jurisdiction (an enterprise code). */
  claims?(data: D): string[];
  /** Why it may not be deleted now, if it may not. */
  beforeDelete?(ctx: ServiceContext, record: StoredRecord<D>): Promise<UserError[]>;
}


const holderExists = (ctx: ServiceContext, type: string, jur: string) => async (holder: string) => {
  const existing = await ctx.store.getRecord({ type, jur, id: holder }, true);
  return Boolean(existing && !existing.deleted);
};

/**
 * Creates a record. With an idempotency key the lead's `idempotent` (services/idempotency.ts)
 * fixes the id and returns the first result on a retry; with a fixed id (seeds) an existing
 * live record is returned as it is.
 */
export const createEntity = <D, F>(
  ctx: ServiceContext,
  def: EntityDef<D, F>,
  jur: string,
  fields: F,
  options: { id?: string; idempotencyKey?: string | null } = {},
): Promise<Outcome<StoredRecord<D>>> =>
  options.idempotencyKey
    ? idempotent<D>(ctx, jur, def.type, options.idempotencyKey, fields, (id) => createWithId(ctx, def, jur, fields, id, false))
    : createWithId(ctx, def, jur, fields, options.id ?? newId(), options.id !== undefined);

const createWithId = async <D, F>(
  ctx: ServiceContext,
  def: EntityDef<D, F>,
  jur: string,
  fields: F,
  id: string,
  returnExisting: boolean,
): Promise<Outcome<StoredRecord<D>>> => {
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  if (returnExisting) {
    const earlier = await ctx.store.getRecord<D>({ type: def.type, jur, id }, true);
    if (earlier && !earlier.deleted) return { ok: true, value: earlier };
  }
  const built = await def.build(ctx, jur, null, fields);
  if (!built.ok) return built;
  const data = built.value;
  const claimed: string[] = [];
  try {
    for (const name of def.claims?.(data) ?? []) {
      await ctx.store.claim(ctx.scope, jur, name, id, holderExists(ctx, def.type, jur));
      claimed.push(name);
    }
  } catch (error) {
    for (const name of claimed) await ctx.store.releaseClaim(ctx.scope, jur, name, id);
    return asFailure(error);
  }
  const result = await commit(ctx, { ref: { type: def.type, jur, id }, expectedVersion: 0, data, op: 'CREATE' });
  if (!result.ok) for (const name of claimed) await ctx.store.releaseClaim(ctx.scope, jur, name, id);
  return result;
};

/** Loads a record for a change: admin of its jurisdiction, and it exists. */
export const loadForChange = async <D>(
  ctx: ServiceContext,
  type: string,
  label: string,
  ref: { jur: string; id: string },
): Promise<Outcome<StoredRecord<D>>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const record = await loadRecord<D>(ctx, type, ref.jur, ref.id);
  return record ? { ok: true, value: record } : failure(userError('NOT_FOUND', `No such ${label}`, ['input', 'id']));
};

export const updateEntity = async <D, F>(
  ctx: ServiceContext,
  def: EntityDef<D, F>,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: F,
  op = 'UPDATE',
): Promise<Outcome<StoredRecord<D>>> => {
  const loaded = await loadForChange<D>(ctx, def.type, def.label, ref);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  const built = await def.build(ctx, ref.jur, current.data, fields);
  if (!built.ok) return built;
  return writeChange(ctx, def, current, expectedVersion, built.value, op);
};

/** Writes `data` over `current`: claims new unique names first, releases dropped ones after. */
export const writeChange = async <D, F>(
  ctx: ServiceContext,
  def: EntityDef<D, F>,
  current: StoredRecord<D>,
  expectedVersion: number,
  data: D,
  op: string,
  note?: string | null,
): Promise<Outcome<StoredRecord<D>>> => {
  const before = new Set(def.claims?.(current.data) ?? []);
  const after = def.claims?.(data) ?? [];
  const added = after.filter((n) => !before.has(n));
  const claimed: string[] = [];
  try {
    for (const name of added) {
      await ctx.store.claim(ctx.scope, current.jur, name, current.id, holderExists(ctx, def.type, current.jur));
      claimed.push(name);
    }
  } catch (error) {
    for (const name of claimed) await ctx.store.releaseClaim(ctx.scope, current.jur, name, current.id);
    return asFailure(error);
  }
  const result = await commit(ctx, {
    ref: { type: def.type, jur: current.jur, id: current.id },
    expectedVersion,
    data,
    op,
    ...(note ? { note } : {}),
  });
  if (!result.ok) {
    for (const name of claimed) await ctx.store.releaseClaim(ctx.scope, current.jur, name, current.id);
    return result;
  }
  const kept = new Set(after);
  for (const name of before) if (!kept.has(name)) await ctx.store.releaseClaim(ctx.scope, current.jur, name, current.id);
  return result;
};

export const deleteEntity = async <D, F>(
  ctx: ServiceContext,
  def: EntityDef<D, F>,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<StoredRecord<D>>> => {
  const loaded = await loadForChange<D>(ctx, def.type, def.label, ref);
  if (!loaded.ok) return loaded;
  const refused = (await def.beforeDelete?.(ctx, loaded.value)) ?? [];
  if (refused.length) return failure(...refused);
  const result = await commit<D>(ctx, {
    ref: { type: def.type, ...ref },
    expectedVersion,
    data: null,
    op: 'DELETE',
    ...(note ? { note } : {}),
  });
  if (result.ok) for (const name of def.claims?.(loaded.value.data) ?? []) await ctx.store.releaseClaim(ctx.scope, ref.jur, name, ref.id);
  return result;
};

/** Every live record of a type in a jurisdiction: one Query (paged at 500) through the request's loader. */
export const allOfType = async <D>(ctx: ServiceContext, type: string, jur: string): Promise<StoredRecord<D>[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byType', partition: typePk(jur, type) });
  if (list instanceof Error) throw list;
  // Records read in a list need no second read by key later in the request (a mentor's startups).
  for (const r of list) ctx.loaders.records.prime(r.pk, r);
  return (list as StoredRecord<D>[]).filter((r) => !r.deleted);
};

/** The same over the jurisdictions a filter names (all of the deployment's when none), queried together. */
export const allOfTypeIn = async <D>(ctx: ServiceContext, type: string, jurisdiction: string | null | undefined): Promise<StoredRecord<D>[]> => {
  const jurs = jurisdiction ? [jurisdiction].filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions;
  return (await Promise.all(jurs.map((j) => allOfType<D>(ctx, type, j)))).flat();
};

/** Every live record of one link partition (a startup's mentorships): bounded, so read whole. */
export const allLinked = async <D>(ctx: ServiceContext, index: 'byParent' | 'byLink', partition: string): Promise<StoredRecord<D>[]> => {
  const list = await ctx.loaders.lists.load({ index, partition });
  if (list instanceof Error) throw list;
  return (list as StoredRecord<D>[]).filter((r) => !r.deleted);
};

/**
 * A registry list page. When the order asked for is the one its byType index holds (name
 * for named records, date for links), or DATE for named records (their byDate index), the
 * page is read from the index where the cursor points (data/type-pages.ts: it costs its
 * page). CREATED_AT, and NAME for links, sort the jurisdiction's records in memory, which
 * reads them all: the schema says so on CREATED_AT (deprecated), and links offer no order.
 */
export const registrySlice = async <D>(
  ctx: ServiceContext,
  list: {
    readonly type: string;
    readonly jurisdiction: string | null | undefined;
    /** The order the byType index holds for this type. */
    readonly indexed: OrderField;
    readonly order: Order;
    readonly keys: { name: (d: D) => string; date: (d: D) => string | null };
    /** The filter the index cannot answer; absent when there is none. */
    readonly keep?: ((record: StoredRecord<D>) => boolean) | undefined;
  },
  first: number,
  after: string | null,
): Promise<Slice<StoredRecord<D>>> => {
  const descending = list.order.direction === 'DESC';
  const byDate = list.order.field === 'DATE' && list.indexed === 'NAME';
  if (list.order.field !== list.indexed && !byDate) {
    const all = await allOfTypeIn<D>(ctx, list.type, list.jurisdiction);
    return orderedSlice(ctx.store.cursors, list.type, list.keep ? all.filter(list.keep) : all, list.keys, list.order, first, after);
  }
  const jurisdictions = list.jurisdiction ? [list.jurisdiction].filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions;
  const page = await readTypePage<D>(ctx.store, {
    type: list.type,
    order: byDate ? 'date' : 'natural',
    jurisdictions,
    descending,
    first,
    after,
    ...(list.keep ? { keep: list.keep } : {}),
    seen: (r) => ctx.loaders.records.prime(r.pk, r),
  });
  return { items: page.items, hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, cursorOf: page.cursorOf, ...(page.endCursor ? { endCursor: page.endCursor } : {}) };
};

/** Joins a list's filters into one test, or none when no filter is set (so the page reads `first + 1`). */
export const keepWhen = <D>(...tests: (((record: StoredRecord<D>) => boolean) | false | '' | null | undefined)[]) => {
  const set = tests.filter((t): t is (record: StoredRecord<D>) => boolean => typeof t === 'function');
  return set.length ? (record: StoredRecord<D>) => set.every((t) => t(record)) : undefined;
};

/** The words filter as a test: diacritic- and case-insensitive, over the record's search text. */
export const matching = <D>(search: string | null | undefined, text: (d: D) => string) => {
  const q = search?.trim();
  return q ? (record: StoredRecord<D>) => matchesSearch(text(record.data), q) : undefined;
};

export type OrderField = 'NAME' | 'DATE' | 'CREATED_AT';
export interface Order {
  readonly field: OrderField;
  readonly direction?: 'ASC' | 'DESC' | null;
}

/** Sorts in memory by name, main date or creation, ties by id; DESC inverts the key so cursors stay ascending strings. */
export const orderedSlice = <D>(
  cursors: CursorCodec,
  list: string,
  records: readonly StoredRecord<D>[],
  keys: { name: (d: D) => string; date: (d: D) => string | null },
  order: Order | null | undefined,
  first: number,
  after: string | null,
): Slice<StoredRecord<D>> => {
  const field = order?.field ?? 'NAME';
  const desc = order?.direction === 'DESC';
  const base = (r: StoredRecord<D>) =>
    field === 'NAME' ? keys.name(r.data) : field === 'DATE' ? (keys.date(r.data) ?? (desc ? '0000' : '9999')) : r.createdAt;
  const key = (r: StoredRecord<D>) => `${desc ? invert(base(r)) : base(r)}|${r.jur}|${r.id}`;
  return memorySlice(cursors, `${list}|${field}|${desc ? 'DESC' : 'ASC'}`, records, key, first, after);
};

/** A string whose ascending order is the input's descending order (for the characters keys use). */
export const invert = (s: string): string =>
  [...s].map((c) => String.fromCharCode(0xffff - c.charCodeAt(0))).join('');


