/**
 * Search over the inverted index the write path keeps (data/search-index.ts). A page reads
 * names first, then the rest of the text; each phase is one round of Queries — one per
 * (jurisdiction, type, visibility the caller may read), each `Limit first + 1`, issued
 * together — and one BatchGetItem of the records hit (plus one of their plans for tasks and
 * indicators). A record hit at several phrases counts once, at its first; a round that
 * keeps fewer than `first + 1` records continues after what it read, at most MAX_ROUNDS
 * rounds a phase. So a page reads at most 2 × MAX_ROUNDS × streams × (first + 1) index items,
 * whatever the registry holds.
 */
import { canReadPrivate, InvalidCursor, recordPk, searchStream, type IndexHit, type Space, type StoredRecord, type Visibility } from '../data';
import { PLAN_BOUND, SEARCHABLE_TYPES, searchDocument, type SearchableType } from '../domain/search/documents';
import { compareBytes, containsPhrase, indexPhrases, searchQuery, type SearchQuery } from '../domain/text/search-terms';
import type { ServiceContext } from './context';
import { emptySlice, type Slice } from './paging';
import { getPlan } from './plans';

export type SearchType = 'STARTUP' | 'MENTOR' | 'INCUBATOR' | 'INVESTOR' | 'COMPETITION' | 'EVENT' | 'PLAN' | 'TASK' | 'INDICATOR';

const TYPE_OF: Record<SearchType, SearchableType> = {
  STARTUP: 'Startup',
  MENTOR: 'Mentor',
  INCUBATOR: 'Incubator',
  INVESTOR: 'Investor',
  COMPETITION: 'Competition',
  EVENT: 'Event',
  PLAN: 'Plan',
  TASK: 'Task',
  INDICATOR: 'Indicator',
};

const MAX_ROUNDS = 3;
const PHASES: readonly Space[] = ['N', 'T'];

interface Position {
  readonly phase: Space;
  readonly sk: string;
}

interface Stream {
  readonly jur: string;
  readonly vis: Visibility;
  readonly space: Space;
  readonly type: SearchableType;
}

// Sealed by the store's cursor codec: a client sees neither phrases nor names, and a cursor holds only for its query.
const listOf = (q: SearchQuery) => `search|${q.prefix}`;

const decode = (ctx: ServiceContext, q: SearchQuery, cursor: string): Position => {
  const opened = ctx.store.cursors.open(listOf(q), cursor);
  if (Array.isArray(opened) && (opened[0] === 'N' || opened[0] === 'T') && typeof opened[1] === 'string') return { phase: opened[0], sk: opened[1] };
  throw new InvalidCursor();
};

const byPosition = (a: IndexHit, b: IndexHit): number => compareBytes(a.sk, b.sk) || compareBytes(a.jur, b.jur) || compareBytes(a.type, b.type);

/** Whether a record hit at `hit` in `phase` is reported there: it matches, and this is its first phrase that does. */
const reportedAt = (record: StoredRecord, hit: IndexHit, phase: Space, q: SearchQuery): boolean => {
  const doc = searchDocument(hit.type, record.data);
  const texts = phase === 'N' ? doc.name : doc.text;
  if (!containsPhrase(texts, q)) return false;
  if (phase === 'T' && containsPhrase(doc.name, q)) return false;
  const first = indexPhrases(texts)
    .filter((p) => p.startsWith(q.prefix))
    .sort(compareBytes)[0];
  return first === hit.phrase;
};

/** Records of the hits, live and visible to the caller (a task's and an indicator's plan too), by hit. */
const loadHits = async (ctx: ServiceContext, hits: readonly IndexHit[]): Promise<(StoredRecord | null)[]> => {
  const records = await ctx.loaders.records.loadMany(hits.map((h) => recordPk({ type: h.type, jur: h.jur, id: h.id })));
  const visible = await Promise.all(
    records.map(async (r) => {
      if (!r || r instanceof Error || r.deleted) return null;
      if (!(PLAN_BOUND as readonly string[]).includes(r.type)) return r;
      const planId = r.type === 'Plan' ? r.id : (r.data as { planId: string }).planId;
      return (await getPlan(ctx, r.jur, planId)) ? r : null;
    }),
  );
  return visible;
};

export const searchAll = async (
  ctx: ServiceContext,
  query: string,
  types: readonly SearchType[] | null | undefined,
  jurisdiction: string | null | undefined,
  first: number,
  after: string | null,
): Promise<Slice<StoredRecord>> => {
  const q = searchQuery(query);
  if (!q.prefix) return emptySlice();
  const from = after ? decode(ctx, q, after) : null;
  const wanted = types?.length ? [...new Set(types.map((t) => TYPE_OF[t]))] : [...SEARCHABLE_TYPES];
  const jurs = jurisdiction ? [jurisdiction].filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions;
  const found: { record: StoredRecord; at: Position }[] = [];

  for (const phase of PHASES.slice(from ? PHASES.indexOf(from.phase) : 0)) {
    const streams: Stream[] = jurs.flatMap((jur) =>
      wanted.flatMap((type) => [
        { jur, vis: 'P' as const, space: phase, type },
        ...(PLAN_BOUND.includes(type) && canReadPrivate(ctx.scope, jur) ? [{ jur, vis: 'D' as const, space: phase, type }] : []),
      ]),
    );
    let afterSk = from?.phase === phase ? from.sk : null;
    let open = streams;
    let held: IndexHit[] = [];
    let exhausted = false;
    for (let round = 0; round < MAX_ROUNDS && !exhausted && found.length <= first; round++) {
      const pages = await Promise.all(open.map((s) => searchStream(ctx.store, s, q.prefix, afterSk, first + 1).then((page) => ({ s, page }))));
      const frontier = pages.map((p) => p.page.more).filter((m): m is string => m !== null).sort(compareBytes)[0] ?? null;
      // A stream read to its end keeps what lies past the frontier for the next round; the others read it again from there.
      const ended = [...held, ...pages.filter((p) => p.page.more === null).flatMap((p) => p.page.hits)];
      const all = [...ended, ...pages.filter((p) => p.page.more !== null).flatMap((p) => p.page.hits)].sort(byPosition);
      const now = frontier === null ? all : all.filter((h) => compareBytes(h.sk, frontier) <= 0);
      held = frontier === null ? [] : ended.filter((h) => compareBytes(h.sk, frontier) > 0);
      open = pages.filter((p) => p.page.more !== null).map((p) => p.s);
      const records = await loadHits(ctx, now);
      now.forEach((hit, i) => {
        const record = records[i];
        if (record && reportedAt(record, hit, phase, q)) found.push({ record, at: { phase, sk: hit.sk } });
      });
      exhausted = frontier === null;
      afterSk = frontier;
    }
    if (found.length > first) break;
    // Rounds ran out inside this phase: the page ends here, and the next resumes after its last record.
    if (!exhausted) return slice(ctx, q, found, first, after, true);
  }
  return slice(ctx, q, found, first, after, found.length > first);
};

const slice = (ctx: ServiceContext, q: SearchQuery, found: { record: StoredRecord; at: Position }[], first: number, after: string | null, more: boolean): Slice<StoredRecord> => {
  const page = found.slice(0, first);
  const cursors = new Map(page.map((f) => [f.record, ctx.store.cursors.seal(listOf(q), [f.at.phase, f.at.sk])]));
  return { items: page.map((f) => f.record), hasNextPage: more, hasPreviousPage: after !== null, cursorOf: (r) => cursors.get(r) ?? '' };
};
