/**
 * Data exchange with national networks (docs/exchange.md): a snapshot of every published
 * record of a jurisdiction, then its change feed, in one stable shape, with personal data
 * removed. The feed's gap rule lives in data/feed.ts; this module decides what is
 * published (the same rules the GraphQL reads apply) and shapes records.
 */
import { childPk, InvalidCursor, recordPk, typePk, type Store, type AuditEntry, type IndexName, type StoredRecord } from '../data';
import { FeedReader, feedSettleMs } from '../data/feed';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import {
  APPLICATION,
  COMPETITION,
  EVENT,
  INCUBATION,
  INCUBATOR,
  INVESTMENT,
  INVESTOR,
  MENTOR,
  MENTORSHIP,
  STARTUP,
  SUPPORT_GRANT,
} from '../domain/ecosystem/model';
import { INDICATOR, OBSERVATION } from '../domain/indicator/entities';
import { REPORTING_CALENDAR, SPENDING_ENTRY, TASK_BUDGET, TASK_DELIVERY } from '../domain/operations/entities';
import { AGENCY, PLAN, TASK, TASK_REPORT } from '../domain/plan/entities';
import { isAdminOf } from './caller';
import type { ServiceContext } from './context';

/** Types listed by jurisdiction (byType), in snapshot order. */
const TOP_LEVEL_TYPES = [AGENCY, PLAN, STARTUP, MENTOR, MENTORSHIP, INCUBATOR, INCUBATION, INVESTOR, INVESTMENT, COMPETITION, APPLICATION, EVENT, SUPPORT_GRANT] as const;
/**
 * Types that live under a plan and are published when their plan is: its tasks and
 * indicators, approved reports and actuals, and the running of the plan a report reads —
 * its reporting calendar, output deliveries, task budgets and spending (budgets are read at
 * either end only by those services/operations/common.ts mayReadBudgets names).
 */
const PLAN_CHILD_TYPES = [TASK, INDICATOR, TASK_REPORT, OBSERVATION, REPORTING_CALENDAR, TASK_DELIVERY, TASK_BUDGET, SPENDING_ENTRY] as const;
/** Every exchanged type; anything else (imports, notifications, attachments, editions, closures …) stays home. */
export const EXCHANGE_TYPES: ReadonlySet<string> = new Set([...TOP_LEVEL_TYPES, ...PLAN_CHILD_TYPES]);

/**
 * Personal data (DESIGN.md §6: founders' and mentors' contacts), removed at any depth of
 * `data` before a record leaves. A deny-list by field name, the same names as the audit
 * trail hides; extend both when a record gains a personal-data field.
 */
const EXCHANGE_PERSONAL_FIELDS: ReadonlySet<string> = new Set(['contacts', 'contact', 'email', 'phone']);

/** A record as exchanged (docs/exchange.md). */
export interface ExchangeRecord {
  readonly type: string;
  readonly jurisdiction: string;
  readonly id: string;
  readonly version: number;
  /** The source's change number of this version. */
  readonly seq: number;
  readonly updatedAt: string;
  readonly deleted: boolean;
  /** The record's fields, personal data removed; null for a tombstone. A replica computes where it is listed from these. */
  readonly data: Record<string, unknown> | null;
}

interface ExchangeChange {
  /** The source change number this change was read at. */
  readonly seq: number;
  /** CREATE, UPDATE, DELETE, PUBLISH …; WITHDRAW when a record stops being published; INCLUDED for a plan's records sent with its publication. */
  readonly operation: string;
  readonly at: string;
  readonly record: ExchangeRecord;
}

export interface SnapshotPage {
  readonly records: ExchangeRecord[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  /** On the last page: the feed cursor to pull changes from (taken before the snapshot started). */
  readonly feedCursor: string | null;
}

export interface ChangesPage {
  readonly changes: ExchangeChange[];
  readonly cursor: string;
  /** True when nothing more is settled now; false when `first` cut the page short. */
  readonly caughtUp: boolean;
}

const withoutPersonalData = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!EXCHANGE_PERSONAL_FIELDS.has(key)) out[key] = withoutPersonalData(inner);
    return out;
  }
  return value;
};

const toExchangeRecord = (record: StoredRecord, deleted = Boolean(record.deleted)): ExchangeRecord => {
  return {
    type: record.type,
    jurisdiction: record.jur,
    id: record.id,
    version: record.version,
    seq: record.seq,
    updatedAt: record.updatedAt,
    deleted,
    data: deleted ? null : (withoutPersonalData(record.data) as Record<string, unknown>),
  };
};

/** A record's own publication rule, plan aside: drafts and unapproved reports/actuals are not published. */
const publishedOwnRule = (record: StoredRecord | null | undefined): boolean => {
  if (!record || record.deleted || !EXCHANGE_TYPES.has(record.type)) return false;
  const status = (record.data as { status?: string } | null)?.status;
  if (record.type === PLAN) return status !== 'DRAFT';
  if (record.type === TASK_REPORT || record.type === OBSERVATION) return status === 'APPROVED';
  return true;
};

const planIdOf = (record: StoredRecord): string | null => ((record.data as { planId?: string } | null)?.planId ?? null);

/** Who may pull: national networks, and the province admins of the jurisdiction (their own export). */
const mayExchange = (ctx: ServiceContext, jur: string): Outcome<null> => {
  if (ctx.caller.role === 'PUBLIC') return failure(userError('UNAUTHENTICATED', 'The exchange needs a NATIONAL token (Authorization: Bearer …)'));
  if (ctx.caller.role !== 'NATIONAL' && !isAdminOf(ctx.caller, jur)) return failure(userError('FORBIDDEN', 'Only national networks and the province admins of the jurisdiction may pull its data'));
  if (!ctx.jurisdictions.includes(jur)) return failure(userError('NOT_FOUND', `This deployment does not hold jurisdiction ${jur}`, ['jurisdiction']));
  return success(null);
};

// ---- cursors -------------------------------------------------------------------------

/** Feed cursor: the settled position in the jurisdiction's change numbers, sealed for that jurisdiction's feed. */
const encodeFeedCursor = (store: Store, jur: string, position: number): string => store.cursors.seal(`feed|${jur}`, position);
const decodeFeedCursor = (store: Store, cursor: string, jur: string): number => {
  const n = store.cursors.open(`feed|${jur}`, cursor);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InvalidCursor();
  return n;
};

interface SnapshotCursor {
  readonly feed: number;
  readonly source: string;
  readonly key: string | null;
}
const encodeSnapshotCursor = (store: Store, jur: string, c: SnapshotCursor): string => store.cursors.seal(`snapshot|${jur}`, [c.feed, c.source, c.key]);
const decodeSnapshotCursor = (store: Store, cursor: string, jur: string): SnapshotCursor => {
  const c = store.cursors.open(`snapshot|${jur}`, cursor);
  if (!Array.isArray(c) || !Number.isInteger(c[0]) || typeof c[1] !== 'string' || !(c[2] === null || typeof c[2] === 'string')) throw new InvalidCursor();
  return { feed: c[0] as number, source: c[1], key: c[2] as string | null };
};

// ---- snapshot ------------------------------------------------------------------------

interface Source {
  /** Sort key of the source: top-level types first, then each plan's records. */
  readonly key: string;
  readonly index: IndexName;
  readonly partition: string;
  readonly type: string;
}

const live = (r: StoredRecord) => !r.deleted;

/**
 * The partitions a snapshot reads, in key order, from the first whose key is at least
 * `from`: by type, then per published plan its tasks, indicators, each task's reports and
 * each indicator's actuals, then its calendar, task budgets, spending and deliveries (one list
 * each). Lazy, so a page reads the plan list and at most the current plan's task or
 * indicator list besides its own records — never every plan's lists.
 */
async function* snapshotSources(store: Store, jur: string, from: string): AsyncGenerator<Source> {
  for (const [i, type] of TOP_LEVEL_TYPES.entries()) {
    const key = `0:${String(i).padStart(2, '0')}`;
    if (key >= from) yield { key, index: 'byType', partition: typePk(jur, type), type };
  }
  const plans = (await store.queryAll(`byType`, typePk(jur, PLAN))).filter((p) => p.type === PLAN && publishedOwnRule(p));
  // Keys compare as strings: order plans by their key prefix, not their id ("p10:" < "p1:").
  for (const plan of plans.map((p) => ({ id: p.id, prefix: `1:${p.id}:` })).sort((a, b) => (a.prefix < b.prefix ? -1 : 1))) {
    if (from > `${plan.prefix}\uffff`) continue;
    const planRef = { type: PLAN, jur, id: plan.id };
    const tasksKey = childPk(planRef, TASK);
    const indicatorsKey = childPk(planRef, INDICATOR);
    if (`${plan.prefix}0` >= from) yield { key: `${plan.prefix}0`, index: 'byParent', partition: tasksKey, type: TASK };
    if (`${plan.prefix}1` >= from) yield { key: `${plan.prefix}1`, index: 'byParent', partition: indicatorsKey, type: INDICATOR };
    // Per task and per indicator lists, then the plan's own lists of its running (calendar,
    // task budgets, spending, deliveries): yielded in key order, so a cursor resumes at its source.
    for (const [sub, list, childType, owner] of [
      ['2', tasksKey, TASK_REPORT, TASK],
      ['3', indicatorsKey, OBSERVATION, INDICATOR],
    ] as const) {
      if (from > `${plan.prefix}${sub}:\uffff`) continue;
      const owners = (await store.queryAll('byParent', list)).filter(live).map((o) => o.id).sort();
      for (const id of owners) {
        const key = `${plan.prefix}${sub}:${id}`;
        if (key >= from) yield { key, index: 'byParent', partition: childPk({ type: owner, jur, id }, childType), type: childType };
      }
    }
    for (const [sub, type] of [['4', REPORTING_CALENDAR], ['5', TASK_BUDGET], ['6', SPENDING_ENTRY]] as const) {
      if (`${plan.prefix}${sub}` >= from) yield { key: `${plan.prefix}${sub}`, index: 'byParent', partition: childPk(planRef, type), type };
    }
    // Deliveries are listed under their plan too (byLink): one list, not one per task.
    if (`${plan.prefix}7` >= from) yield { key: `${plan.prefix}7`, index: 'byLink', partition: childPk(planRef, TASK_DELIVERY), type: TASK_DELIVERY };
  }
}

/**
 * One page of the snapshot: published, live records in a stable order. The first call
 * takes the feed position first (data/feed.ts settledPosition) and every page carries it;
 * the last page returns it as `feedCursor`. Changes made while the snapshot is read are
 * then replayed by the feed — a puller applies a record only when its version is newer
 * than the one it holds, so replays are harmless.
 */
export const snapshotPage = async (ctx: ServiceContext, jur: string, first: number, after: string | null): Promise<Outcome<SnapshotPage>> => {
  const allowed = mayExchange(ctx, jur);
  if (!allowed.ok) return allowed as Outcome<never>;
  const cursor: SnapshotCursor = after
    ? decodeSnapshotCursor(ctx.store, after, jur)
    : { feed: await new FeedReader(ctx.store, feedSettleMs()).settledPosition(jur), source: '', key: null };
  const records: ExchangeRecord[] = [];
  const sources = snapshotSources(ctx.store, jur, cursor.source)[Symbol.asyncIterator]();
  let next = await sources.next();
  let key = !next.done && next.value.key === cursor.source ? cursor.key : null;
  while (!next.done) {
    const source = next.value;
    const page = await ctx.store.query<unknown>(source.index, source.partition, { limit: Math.max(first, 25), after: key });
    for (const [n, item] of page.items.entries()) {
      key = ctx.store.cursorOf(source.index, item);
      if (item.type === source.type && publishedOwnRule(item)) records.push(toExchangeRecord(item));
      if (records.length >= first) {
        // More may follow when this page or partition goes on, or another source comes.
        const more = n < page.items.length - 1 || page.endCursor !== null || !(await sources.next()).done;
        return success({ records, endCursor: encodeSnapshotCursor(ctx.store, jur, { feed: cursor.feed, source: source.key, key }), hasNextPage: more, feedCursor: more ? null : encodeFeedCursor(ctx.store, jur, cursor.feed) });
      }
    }
    if (page.endCursor) {
      key = page.endCursor;
      continue;
    }
    next = await sources.next();
    key = null;
  }
  return success({ records, endCursor: encodeSnapshotCursor(ctx.store, jur, { feed: cursor.feed, source: '~', key: null }), hasNextPage: false, feedCursor: encodeFeedCursor(ctx.store, jur, cursor.feed) });
};

// ---- changes -------------------------------------------------------------------------

/** Whether a plan was published as of change number `seq`, from its audit history (consistent reads), memoised per call. */
const planHistory = (feed: FeedReader, jur: string) => {
  const memo = new Map<string, Promise<{ seq: number; published: boolean }[]>>();
  return async (planId: string, seq: number): Promise<boolean> => {
    let history = memo.get(planId);
    if (!history) {
      history = feed.historyOf({ type: PLAN, jur, id: planId }).then((items) => items.map((h) => ({ seq: h.seq, published: publishedOwnRule(h.after) })));
      memo.set(planId, history);
    }
    let state = false;
    let at = -1;
    for (const h of await history) if (h.seq <= seq && h.seq > at) [at, state] = [h.seq, h.published];
    return state;
  };
};

/** A plan's records (tasks, indicators, approved reports and actuals, calendar, deliveries, budgets, spending), current and published, last changed before `seq`: sent with its publication. */
const planRecordsBefore = async (store: Store, jur: string, planId: string, seq: number): Promise<StoredRecord[]> => {
  const planRef = { type: PLAN, jur, id: planId };
  const [tasks, indicators] = await Promise.all([store.queryAll('byParent', childPk(planRef, TASK)), store.queryAll('byParent', childPk(planRef, INDICATOR))]);
  const [reports, observations, deliveries, running] = await Promise.all([
    Promise.all(tasks.filter(live).map((t) => store.queryAll('byParent', childPk({ type: TASK, jur, id: t.id }, TASK_REPORT)))),
    Promise.all(indicators.filter(live).map((x) => store.queryAll('byParent', childPk({ type: INDICATOR, jur, id: x.id }, OBSERVATION)))),
    store.queryAll('byLink', childPk(planRef, TASK_DELIVERY)),
    Promise.all([REPORTING_CALENDAR, TASK_BUDGET, SPENDING_ENTRY].map((type) => store.queryAll('byParent', childPk(planRef, type)))),
  ]);
  const candidates = [...tasks, ...indicators, ...reports.flat(), ...observations.flat(), ...deliveries, ...running.flat()];
  // The index may lag the item: re-read the candidates consistently (one BatchGetItem per 100) before judging their change numbers.
  const fresh = await store.getRecords(candidates.map((c) => recordPk({ type: c.type, jur, id: c.id })), true);
  return [...fresh.values()].filter((r) => publishedOwnRule(r) && r.seq < seq);
};

/**
 * Changes after `after` (a feed cursor), in change-number order, published data only:
 *  - a record published after the change: its new state (tombstones included);
 *  - a record published before but not after (an approved actual reopened): WITHDRAW, as a tombstone;
 *  - a record of a plan: only when the plan was published as of that change number;
 *  - a plan's publication: the plan, then its records last changed before it (INCLUDED),
 *    held back until the publication is older than the settle window so all of them are written.
 * Each (record, version) is sent at most once: every change is judged as of its own number.
 */
export const changesPage = async (ctx: ServiceContext, jur: string, after: string, first: number): Promise<Outcome<ChangesPage>> => {
  const allowed = mayExchange(ctx, jur);
  if (!allowed.ok) return allowed as Outcome<never>;
  const from = decodeFeedCursor(ctx.store, after, jur);
  const settle = feedSettleMs();
  const feed = new FeedReader(ctx.store, settle);
  const page = await feed.read(jur, from, first);
  const publishedAt = planHistory(feed, jur);
  // Start every plan's history read now, beside the first entries' reads, rather than when the
  // loop reaches them: the plan ids are already on the page (one round trip fewer).
  for (const entry of page.entries) {
    const planId = entry.type === PLAN ? entry.id : (entry.after?.data as { planId?: string } | undefined)?.planId;
    if (planId) void publishedAt(planId, 0).catch(() => undefined);
  }
  const changes: ExchangeChange[] = [];
  let position = from;
  let caughtUp = page.caughtUp;
  for (const entry of page.entries) {
    const out = await changesOf(ctx.store, entry, publishedAt, settle);
    if (out === 'WAIT') {
      caughtUp = true;
      break;
    }
    changes.push(...out);
    position = entry.seq;
  }
  if (position === page.entries[page.entries.length - 1]?.seq || page.entries.length === 0) position = page.position;
  return success({ changes, cursor: encodeFeedCursor(ctx.store, jur, position), caughtUp });
};

const changesOf = async (
  store: Store,
  entry: AuditEntry,
  publishedAt: (planId: string, seq: number) => Promise<boolean>,
  settle: number,
): Promise<ExchangeChange[] | 'WAIT'> => {
  if (!EXCHANGE_TYPES.has(entry.type)) return [];
  const after = entry.after;
  if ((PLAN_CHILD_TYPES as readonly string[]).includes(entry.type)) {
    const planId = planIdOf(after);
    if (!planId || !(await publishedAt(planId, entry.seq))) return [];
  }
  const now = publishedOwnRule(after);
  const before = publishedOwnRule(entry.before);
  const base = { seq: entry.seq, at: entry.at };
  if (now && !before && entry.type === PLAN) {
    if (Date.now() - Date.parse(entry.at) <= settle) return 'WAIT';
    const included = await planRecordsBefore(store, entry.jur, entry.id, entry.seq);
    return [
      { ...base, operation: entry.op, record: toExchangeRecord(after) },
      ...included.map((r) => ({ ...base, operation: 'INCLUDED', record: toExchangeRecord(r) })),
    ];
  }
  if (now) return [{ ...base, operation: entry.op, record: toExchangeRecord(after) }];
  if (before) return [{ ...base, operation: after.deleted ? entry.op : 'WITHDRAW', record: toExchangeRecord(after, true) }];
  return [];
};

