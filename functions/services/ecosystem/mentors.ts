import { ClaimTaken, type StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { MENTOR, MENTORSHIP, STARTUP, type MentorData, type MentorshipData, type MentorshipStatus, type Sector, type StartupData } from '../../domain/ecosystem/model';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { requireAdmin } from '../guard';
import type { Slice } from '../paging';
import { loadRecord, loadRecords } from '../records';
import { asFailure, commit, newId } from '../write';
import { checkCount, checkName, checkPeriod, f, text, texts } from './fields';
import { linked, linkedSlice, mapSlice } from './links';
import { keepWhen, loadForChange, matching, registrySlice, type EntityDef, type Order } from './registry';

export type MentorRecord = StoredRecord<MentorData>;
export type MentorshipRecord = StoredRecord<MentorshipData>;

export interface MentorFields {
  readonly name?: string | null;
  readonly title?: string | null;
  readonly expertise?: readonly string[] | null;
  readonly sectors?: readonly Sector[] | null;
  readonly organisation?: string | null;
  readonly totTrained?: boolean | null;
  readonly capacity?: number | null;
  readonly available?: boolean | null;
  readonly availabilityNote?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly demo?: boolean;
}

const MAX_CAPACITY = 50;

const mentorSearchText = (d: MentorData): string => [d.name, d.title ?? '', d.organisation ?? '', ...d.expertise].join(' ');

export const mentorDef: EntityDef<MentorData, MentorFields> = {
  type: MENTOR,
  label: 'mentor',
  async build(_ctx, _jur, base, fields) {
    const errors: UserError[] = [
      ...checkName(fields.name, base === null),
      ...checkText(fields.title, f('title'), { max: 200 }),
      ...checkText(fields.organisation, f('organisation'), { max: 300 }),
      ...checkText(fields.phone, f('phone'), { max: 30 }),
      ...(base === null && fields.capacity == null ? [userError('INVALID', 'Required', f('capacity'))] : []),
      ...checkCount(fields.capacity, f('capacity'), { min: 1, max: MAX_CAPACITY }),
    ];
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    const keep = <K extends keyof MentorData>(k: K, v: MentorData[K] | undefined, fallback: MentorData[K]): MentorData[K] =>
      v === undefined ? (base ? base[k] : fallback) : v;
    return success<MentorData>({
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      title: keep('title', fields.title === undefined ? undefined : text(fields.title), null),
      expertise: fields.expertise ? texts(fields.expertise) : (base?.expertise ?? []),
      sectors: fields.sectors ? [...new Set(fields.sectors)] : (base?.sectors ?? []),
      organisation: keep('organisation', fields.organisation === undefined ? undefined : text(fields.organisation), null),
      totTrained: fields.totTrained ?? base?.totTrained ?? false,
      capacity: fields.capacity ?? base?.capacity ?? 1,
      available: fields.available ?? base?.available ?? true,
      availabilityNote: keep('availabilityNote', fields.availabilityNote === undefined ? undefined : text(fields.availabilityNote), null),
      phone: keep('phone', fields.phone === undefined ? undefined : text(fields.phone), null),
      email: keep('email', fields.email === undefined ? undefined : text(fields.email), null),
    });
  },
  async beforeDelete(ctx, mentor) {
    const active = (await mentorshipsOfMentor(ctx, mentor)).filter((m) => m.data.status === 'ACTIVE');
    return active.length ? [userError('INVALID', `End the mentor's ${active.length} active mentorship(s) first`, f('id'))] : [];
  },
};

export const getMentor = (ctx: ServiceContext, jur: string, id: string) => loadRecord<MentorData>(ctx, MENTOR, jur, id);

export interface MentorFilter {
  readonly jurisdiction?: string | null;
  readonly search?: string | null;
  readonly sector?: Sector | null;
  readonly available?: boolean | null;
  readonly totTrained?: boolean | null;
}

export const listMentors = async (ctx: ServiceContext, filter: MentorFilter, order: Order | null | undefined, first: number, after: string | null) => {
  const { search, sector, available, totTrained } = filter;
  const keep = keepWhen<MentorData>(
    matching(search, mentorSearchText),
    sector && ((m) => m.data.sectors.includes(sector)),
    available != null && ((m) => m.data.available === available),
    totTrained != null && ((m) => m.data.totTrained === totTrained),
  );
  const keys = { name: (d: MentorData) => d.nameKey, date: () => null };
  return registrySlice<MentorData>(ctx, { type: MENTOR, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys, keep }, first, after);
};

// ---- Mentorships: a mentorship occupies slot k of its mentor (DESIGN.md §5, "a reservation is an item").

const slotPrefix = (mentorId: string) => `mentor#${mentorId}#slot#`;
const slotName = (mentorId: string, k: number) => `${slotPrefix(mentorId)}${k}`;
const pairName = (mentorId: string, startupId: string) => `mentor#${mentorId}#startup#${startupId}`;


export const mentorshipsOfStartup = (ctx: ServiceContext, startup: { jur: string; id: string }) =>
  linked<MentorshipData>(ctx, 'byParent', { type: STARTUP, ...startup }, MENTORSHIP);
const mentorshipsOfMentor = (ctx: ServiceContext, mentor: { jur: string; id: string }) =>
  linked<MentorshipData>(ctx, 'byLink', { type: MENTOR, ...mentor }, MENTORSHIP);

export const startupMentorships = (ctx: ServiceContext, startup: StoredRecord<unknown>, status: MentorshipStatus | null, first: number, after: string | null) =>
  linkedSlice<MentorshipData>(ctx, 'byParent', startup, MENTORSHIP, (d) => d.from, first, after, (m) => !status || m.data.status === status);
export const mentorMentorships = (ctx: ServiceContext, mentor: StoredRecord<unknown>, status: MentorshipStatus | null, first: number, after: string | null) =>
  linkedSlice<MentorshipData>(ctx, 'byLink', mentor, MENTORSHIP, (d) => d.from, first, after, (m) => !status || m.data.status === status);

/** A startup's current mentors: its active mentorships' mentors, one BatchGetItem for all startups of the request. */
export const startupMentors = async (ctx: ServiceContext, startup: StoredRecord<unknown>, first: number, after: string | null): Promise<Slice<MentorRecord>> =>
  mapSlice(await startupMentorships(ctx, startup, 'ACTIVE', first, after), (ms) =>
    loadRecords<MentorData>(ctx, ms.map((m) => ({ type: MENTOR, jur: m.jur, id: m.data.mentorId }))),
  );

/** A mentor's current startups. */
export const mentorStartups = async (ctx: ServiceContext, mentor: StoredRecord<unknown>, first: number, after: string | null) =>
  mapSlice(await mentorMentorships(ctx, mentor, 'ACTIVE', first, after), (ms) =>
    loadRecords<StartupData>(ctx, ms.map((m) => ({ type: STARTUP, jur: m.jur, id: m.data.startupId }))),
  );

export const freePlaces = async (ctx: ServiceContext, mentor: MentorRecord): Promise<number> => {
  const active = (await mentorshipsOfMentor(ctx, mentor)).filter((m) => m.data.status === 'ACTIVE').length;
  return Math.max(0, mentor.data.capacity - active);
};

/**
 * Starts a mentorship. The mentor's capacity is enforced by reservation items, not a
 * counter: the new mentorship claims slot k (a conditional Put of `mentor#<id>#slot#<k>`
 * in the Control table, via store.claim) for the first k in 0..capacity-1 it can get.
 * Claims are single-item conditional writes, so of any number of concurrent requests
 * from any number of processes at most `capacity` hold a slot; the rest get AT_CAPACITY.
 * A slot whose mentorship never appeared (a crash between claim and write) or has
 * ended is taken over after the store's settle window.
 */
export const startMentorship = async (
  ctx: ServiceContext,
  startupRef: { jur: string; id: string },
  mentorRef: { jur: string; id: string },
  fields: { from: string; to?: string | null; note?: string | null },
): Promise<Outcome<MentorshipRecord>> => {
  const jur = startupRef.jur;
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const errors = [...checkPeriod(fields.from, fields.to ?? null, f('from')), ...checkText(fields.note, f('note'), { max: 2000 })];
  if (errors.length) return failure(...errors);
  const [startup, mentor] = await Promise.all([loadRecord<StartupData>(ctx, STARTUP, jur, startupRef.id), loadRecord<MentorData>(ctx, MENTOR, mentorRef.jur, mentorRef.id)]);
  if (!startup) return failure(userError('NOT_FOUND', 'No such startup', f('startup')));
  if (!mentor || mentorRef.jur !== jur) return failure(userError('NOT_FOUND', 'No such mentor in the startup\'s jurisdiction', f('mentor')));
  if (!mentor.data.available) return failure(userError('INVALID', `${mentor.data.name} is not taking new mentees now`, f('mentor')));
  const current = await mentorshipsOfStartup(ctx, startup);
  if (current.some((m) => m.data.mentorId === mentor.id && m.data.status === 'ACTIVE')) {
    return failure(userError('DUPLICATE', `${mentor.data.name} already mentors ${startup.data.name}`, f('mentor')));
  }
  const id = newId();
  // The pair is claimed too, so two requests for the same mentor and startup at once cannot
  // both pass the check above while places are free (uniqueness is an item, DESIGN.md §5).
  const pair = pairName(mentor.id, startup.id);
  try {
    await ctx.store.claim(ctx.scope, jur, pair, id, async (holder) => {
      const held = await ctx.store.getRecord<MentorshipData>({ type: MENTORSHIP, jur, id: holder }, true);
      return Boolean(held && !held.deleted && held.data.status === 'ACTIVE');
    });
  } catch (error) {
    if (error instanceof ClaimTaken) return failure(userError('DUPLICATE', `${mentor.data.name} already mentors ${startup.data.name}`, f('mentor')));
    return asFailure(error);
  }
  const taken = new Set((await ctx.store.claimsWithPrefix(jur, slotPrefix(mentor.id))).map((c) => c.name));
  const order = Array.from({ length: mentor.data.capacity }, (_, k) => k);
  // Free-looking slots first, then the taken ones: a taken slot may be stale and taken over.
  const tries = [...order.filter((k) => !taken.has(slotName(mentor.id, k))), ...order.filter((k) => taken.has(slotName(mentor.id, k)))];
  let slot: number | null = null;
  for (const k of tries) {
    try {
      await ctx.store.claim(ctx.scope, jur, slotName(mentor.id, k), id, async (holder) => {
        const held = await ctx.store.getRecord<MentorshipData>({ type: MENTORSHIP, jur, id: holder }, true);
        return Boolean(held && !held.deleted && held.data.status === 'ACTIVE' && held.data.slot === k);
      });
      slot = k;
      break;
    } catch (error) {
      if (!(error instanceof ClaimTaken)) return asFailure(error);
    }
  }
  if (slot === null) {
    await ctx.store.releaseClaim(ctx.scope, jur, pair, id);
    return failure(userError('AT_CAPACITY', `${mentor.data.name} has no free place (capacity ${mentor.data.capacity})`, f('mentor')));
  }
  const data: MentorshipData = { startupId: startup.id, mentorId: mentor.id, from: fields.from, to: fields.to ?? null, status: 'ACTIVE', slot, note: text(fields.note) };
  const result = await commit(ctx, { ref: { type: MENTORSHIP, jur, id }, expectedVersion: 0, data, op: 'START' });
  if (!result.ok) {
    await ctx.store.releaseClaim(ctx.scope, jur, slotName(mentor.id, slot), id);
    await ctx.store.releaseClaim(ctx.scope, jur, pair, id);
  }
  return result;
};

/** Ends a mentorship (ENDED, `to` = the last day) and frees its slot. */
export const endMentorship = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  endedOn: string,
  note: string | null,
): Promise<Outcome<MentorshipRecord>> => {
  const loaded = await loadForChange<MentorshipData>(ctx, MENTORSHIP, 'mentorship', ref);
  if (!loaded.ok) return loaded;
  const m = loaded.value;
  if (m.data.status === 'ENDED') return failure(userError('LOCKED', 'This mentorship has ended already', f('id')));
  const errors = checkDate(endedOn, f('endedOn'));
  if (!errors.length && endedOn < m.data.from) errors.push(userError('INVALID', 'It cannot end before it started', f('endedOn')));
  if (errors.length) return failure(...errors);
  const data: MentorshipData = { ...m.data, status: 'ENDED', to: endedOn, note: text(note) ?? m.data.note };
  const result = await commit(ctx, { ref: { type: MENTORSHIP, ...ref }, expectedVersion, data, op: 'END', ...(note ? { note } : {}) });
  if (result.ok) {
    await ctx.store.releaseClaim(ctx.scope, ref.jur, slotName(m.data.mentorId, m.data.slot), m.id);
    await ctx.store.releaseClaim(ctx.scope, ref.jur, pairName(m.data.mentorId, m.data.startupId), m.id);
  }
  return result;
};

export const listMentorships = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; status?: MentorshipStatus | null },
  first: number,
  after: string | null,
) => {
  const { status } = filter;
  const keep = keepWhen<MentorshipData>(status && ((m) => m.data.status === status));
  const keys = { name: (d: MentorshipData) => d.from, date: (d: MentorshipData) => d.from };
  return registrySlice<MentorshipData>(ctx, { type: MENTORSHIP, jurisdiction: filter.jurisdiction, indexed: 'DATE', order: { field: 'DATE', direction: 'DESC' }, keys, keep }, first, after);
};

