import type { StoredRecord } from '../../data';
import { mentorshipGaps as findGaps } from '../../domain/ecosystem/gaps';
import { suggestMentors } from '../../domain/ecosystem/matching';
import {
  COMPETITION,
  EVENT,
  INCUBATION,
  INCUBATOR,
  INVESTOR,
  MENTOR,
  MENTORSHIP,
  STARTUP,
  type CompetitionData,
  type EventData,
  type IncubationData,
  type IncubatorData,
  type InvestorData,
  type MentorData,
  type MentorshipData,
  type StartupData,
} from '../../domain/ecosystem/model';
import { matchesSearch, searchTokens } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { memorySlice, type Slice } from '../paging';
import { competitionSearchText } from './competitions';
import { eventSearchText } from './events';
import { today } from './fields';
import { incubatorSearchText } from './incubators';
import { investorSearchText } from './investors';
import { mentorSearchText, mentorshipsOfStartup } from './mentors';
import { allOfTypeIn } from './registry';
import { getStartup, startupSearchText } from './startups';

/**
 * Search across the registry, diacritic- and case-insensitively. At province scale
 * (thousands of records) the byType partition of each searched type and jurisdiction
 * is read whole — one Query each, all issued together in one round trip — and matched
 * in memory on folded tokens (vietnamese.ts: "dau tu" matches "đầu tư"). Past that
 * scale the index is OpenSearch (DESIGN.md §7), behind this same function.
 */
export type SearchType = 'STARTUP' | 'MENTOR' | 'INCUBATOR' | 'INVESTOR' | 'COMPETITION' | 'EVENT';

const SOURCES: Record<SearchType, { type: string; text: (d: never) => string }> = {
  STARTUP: { type: STARTUP, text: startupSearchText as (d: never) => string },
  MENTOR: { type: MENTOR, text: mentorSearchText as (d: never) => string },
  INCUBATOR: { type: INCUBATOR, text: incubatorSearchText as (d: never) => string },
  INVESTOR: { type: INVESTOR, text: investorSearchText as (d: never) => string },
  COMPETITION: { type: COMPETITION, text: competitionSearchText as (d: never) => string },
  EVENT: { type: EVENT, text: eventSearchText as (d: never) => string },
};

/**
 * Relevance: words of the query that are whole words of the name count 3, that start a
 * word of the name 2, that occur elsewhere 1; best first, then by name.
 */
export const relevance = (name: string, haystack: string, query: string): number => {
  const q = searchTokens(query);
  const nameWords = searchTokens(name);
  const all = searchTokens(haystack);
  return q.reduce((score, w) => score + (nameWords.includes(w) ? 3 : nameWords.some((n) => n.startsWith(w)) ? 2 : all.some((h) => h.startsWith(w)) ? 1 : 0), 0);
};

export const searchRegistry = async (
  ctx: ServiceContext,
  query: string,
  types: readonly SearchType[] | null | undefined,
  jurisdiction: string | null | undefined,
  first: number,
  after: string | null,
): Promise<Slice<StoredRecord<{ name: string; nameKey: string }>>> => {
  const wanted = types?.length ? [...new Set(types)] : (Object.keys(SOURCES) as SearchType[]);
  if (!searchTokens(query).length) return memorySlice(ctx.store.cursors, 'search', [], () => '', first, after);
  const lists = await Promise.all(wanted.map((t) => allOfTypeIn<{ name: string; nameKey: string }>(ctx, SOURCES[t].type, jurisdiction)));
  const hits = wanted.flatMap((t, i) =>
    (lists[i] ?? []).flatMap((r) => {
      const hay = SOURCES[t].text(r.data as never);
      return matchesSearch(hay, query) ? [{ record: r, score: relevance(r.data.name, hay, query) }] : [];
    }),
  );
  const byRecord = new Map(hits.map((h) => [h.record, h.score]));
  return memorySlice(
    ctx.store.cursors,
    'search',
    hits.map((h) => h.record),
    (r) => `${String(999 - (byRecord.get(r) ?? 0)).padStart(3, '0')}|${r.data.nameKey}|${r.type}|${r.jur}|${r.id}`,
    first,
    after,
  );
};

/** Bắc Ninh 3.2: startups in incubation on `asOf` without an active mentor, longest-waiting first. */
export const listMentorshipGaps = async (ctx: ServiceContext, asOf: string | null | undefined, jurisdiction: string | null | undefined) => {
  const day = asOf ?? today();
  const [incubations, mentorships] = await Promise.all([
    allOfTypeIn<IncubationData>(ctx, INCUBATION, jurisdiction),
    allOfTypeIn<MentorshipData>(ctx, MENTORSHIP, jurisdiction),
  ]);
  const byStartup = new Map<string, { incubations: typeof incubations; mentorships: typeof mentorships }>();
  const slot = (jur: string, id: string) => {
    const key = `${jur}#${id}`;
    if (!byStartup.has(key)) byStartup.set(key, { incubations: [], mentorships: [] });
    return byStartup.get(key)!;
  };
  for (const i of incubations) slot(i.jur, i.data.startupId).incubations.push(i);
  for (const m of mentorships) slot(m.jur, m.data.startupId).mentorships.push(m);
  const gaps = findGaps(
    [...byStartup.entries()].map(([key, v]) => ({
      startupId: key,
      incubations: v.incubations.map((i) => ({ id: `${i.jur}#${i.id}`, from: i.data.from, to: i.data.to })),
      mentorships: v.mentorships.map((m) => ({ from: m.data.from, to: m.data.to, active: m.data.status === 'ACTIVE' })),
    })),
    day,
  );
  const incubationByKey = new Map(incubations.map((i) => [`${i.jur}#${i.id}`, i]));
  const found = await Promise.all(
    gaps.map(async (g) => {
      const [jur, id] = g.startupId.split('#') as [string, string];
      const startup = await getStartup(ctx, jur, id);
      const incubation = incubationByKey.get(g.incubationId);
      return startup && incubation ? [{ startup, incubation, since: g.since }] : [];
    }),
  );
  return found.flat().sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.startup.data.nameKey < b.startup.data.nameKey ? -1 : 1));
};

/** Ranked available mentors of the startup's jurisdiction, with reasons (domain/ecosystem/matching.ts). */
export const mentorSuggestionsFor = async (ctx: ServiceContext, startup: StoredRecord<StartupData>, first: number) => {
  const [mentors, mentorships, current] = await Promise.all([
    allOfTypeIn<MentorData>(ctx, MENTOR, startup.jur),
    allOfTypeIn<MentorshipData>(ctx, MENTORSHIP, startup.jur),
    mentorshipsOfStartup(ctx, startup),
  ]);
  const active = new Map<string, number>();
  for (const m of mentorships) if (m.data.status === 'ACTIVE') active.set(m.data.mentorId, (active.get(m.data.mentorId) ?? 0) + 1);
  const ranked = suggestMentors(
    {
      sectors: startup.data.sectors,
      needs: [startup.data.description ?? '', ...startup.data.products.map((p) => `${p.name} ${p.description ?? ''}`)],
      mentorIds: current.filter((m) => m.data.status === 'ACTIVE').map((m) => m.data.mentorId),
    },
    mentors.map((m) => ({ id: m.id, name: m.data.name, sectors: m.data.sectors, expertise: m.data.expertise, capacity: m.data.capacity, active: active.get(m.id) ?? 0, available: m.data.available, totTrained: m.data.totTrained })),
  );
  const byId = new Map(mentors.map((m) => [m.id, m]));
  return ranked.slice(0, first).map((s) => ({ ...s, mentor: byId.get(s.mentorId)! }));
};

export type { CompetitionData, EventData, IncubatorData, InvestorData };
