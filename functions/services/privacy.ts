/**
 * Erasure of a person's personal data (security hardening point 2; Decree 13/2023/NĐ-CP on
 * personal data protection, the data subject's right to deletion). The people this API
 * stores are startups' founders (inside the startup record) and mentors (a record each).
 *
 * `personErase` removes the person everywhere this deployment keeps them:
 *  1. the current record — a new version written through the normal write path (op ERASE,
 *     the reason as its note): the name becomes PERSON_ERASED_NAME; phone, e-mail, role
 *     (founders) or title, organisation and availability note (mentors) are cleared; any other
 *     text of the record that repeats the name, phone or e-mail has it replaced;
 *  2. the audit trail's before/after copies of every version, the ERASE entry's own `before`
 *     included (data/erase.ts: the entries keep version, seq, actor, at, op and note);
 *  3. the change feed and the exchange snapshot read those two tables, so they follow; and a
 *     deployment that pulls this jurisdiction repairs its replica's trail when the erased
 *     version arrives (`repairErasures`, called by services/pull.ts).
 * Not copies: idempotency claims keep only a hash of the create's input; plan imports hold
 * plan texts, not registry people. Other records' free text (a mentorship's note, a support
 * grant's beneficiary name, a report's narrative) is not searched: see the README.
 *
 * Repair after a crash: steps 1 and 2 are separate writes. The ERASE entry's `before` still
 * names the person until step 2 ends (it is rewritten last), and `repairErasures` derives
 * what to erase from any entry whose `after` shows the placeholder where its `before` shows a
 * person, so calling personErase again (or any pull of the record) finishes the job.
 */
import { ScopeError, type AuditEntry, type StoredRecord } from '../data';
import { AuditEntryMoved, auditEntriesOf, rewriteAuditCopies, type AuditCopies } from '../data/erase';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import { MENTOR, STARTUP, type Founder, type MentorData, type StartupData } from '../domain/ecosystem/model';
import { fold, nfc } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { mentorDef } from './ecosystem/mentors';
import { writeChange } from './ecosystem/registry';
import { startupDef } from './ecosystem/startups';
import { requireAdmin } from './guard';
import { loadRecord } from './records';
import { asFailure } from './write';

/** What an erased person's name reads as (Vietnamese: "a person whose data was deleted"). */
export const PERSON_ERASED_NAME = 'Người đã xóa dữ liệu';
/** What replaces an erased contact or name found inside other text of the record. */
const ERASED_TEXT = '[đã xóa]';

export interface PersonEraseInput {
  /** The mentor, or the startup whose founder is erased. */
  readonly ref: { readonly type: string; readonly jur: string; readonly id: string };
  /** The founder's position in the startup's founders (0-based); only for a startup. */
  readonly founder?: number | null;
  readonly expectedVersion: number;
  readonly reason: string;
}

export interface PersonErasure {
  readonly record: StoredRecord<StartupData> | StoredRecord<MentorData>;
  /** Audit entries of the record. */
  readonly auditEntries: number;
  /** Audit entries whose copies were rewritten by this call. */
  readonly auditEntriesRewritten: number;
}

// ---- what the person's data is ----------------------------------------------------------

/** The values to remove: exact values of personal fields, and text to find inside other text. */
interface Needles {
  readonly texts: readonly string[];
}

const personTexts = (p: { name?: string | null; phone?: string | null; email?: string | null }): string[] =>
  [p.name, p.name ? fold(p.name) : null, p.phone, p.email].filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s !== PERSON_ERASED_NAME);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every needle found in `value` (any depth; whole words, case-insensitive). */
const scrubText = (value: string, needles: Needles): string => {
  let out = nfc(value);
  for (const needle of needles.texts) {
    const n = nfc(needle.trim());
    // Short needles only as a whole value: "An" must not eat "An Giang".
    if (out.toLowerCase() === n.toLowerCase()) return ERASED_TEXT;
    if (n.length < 4) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'giu'), ERASED_TEXT);
  }
  return out;
};

const scrubDeep = (value: unknown, needles: Needles): unknown => {
  if (typeof value === 'string') return scrubText(value, needles);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, needles));
  if (value instanceof Set) return new Set([...value].map((v) => scrubDeep(v, needles)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubDeep(v, needles)]));
  }
  return value;
};

const erasedFounder = (f: Founder): Founder => ({ ...f, name: PERSON_ERASED_NAME, role: null, phone: null, email: null });

const isFounderOf = (f: Founder, needles: Needles, names: ReadonlySet<string>): boolean =>
  names.has(fold(f.name ?? '')) || [f.phone, f.email].some((c) => c != null && needles.texts.includes(c));

/** The erased data of one version: the person's fields replaced, their traces in other text too. */
const eraseInData = (type: string, data: unknown, needles: Needles, names: ReadonlySet<string>): unknown => {
  if (!data || typeof data !== 'object') return data;
  if (type === MENTOR) {
    const d = data as MentorData;
    const erased: MentorData = {
      ...d,
      name: PERSON_ERASED_NAME,
      nameKey: fold(PERSON_ERASED_NAME),
      title: null,
      organisation: null,
      availabilityNote: null,
      phone: null,
      email: null,
    };
    return scrubDeep(erased, needles);
  }
  const d = data as StartupData;
  const founders = (d.founders ?? []).map((f) => (isFounderOf(f, needles, names) ? erasedFounder(f) : f));
  return scrubDeep({ ...d, founders }, needles);
};

const eraseInRecord = (record: StoredRecord | null, needles: Needles, names: ReadonlySet<string>): StoredRecord | null => {
  if (!record) return record;
  // System attributes and index keys (a mentor's byType sort key holds its folded name) are scrubbed as text.
  const { data, ...rest } = record;
  return { ...(scrubDeep(rest, needles) as Omit<StoredRecord, 'data'>), data: eraseInData(record.type, data, needles, names) } as StoredRecord;
};

/** The people an entry erased: a slot whose `before` holds a person and whose `after` holds the placeholder. */
const erasedIn = (entry: AuditEntry): { name: string | null; phone: string | null; email: string | null }[] => {
  const before = entry.before?.data as Record<string, unknown> | undefined;
  const after = entry.after?.data as Record<string, unknown> | undefined;
  if (!before || !after) return [];
  if (entry.type === MENTOR) {
    const b = before as unknown as MentorData;
    return (after as unknown as MentorData).name === PERSON_ERASED_NAME && b.name !== PERSON_ERASED_NAME ? [b] : [];
  }
  if (entry.type === STARTUP) {
    const bf = (before as unknown as StartupData).founders ?? [];
    const af = (after as unknown as StartupData).founders ?? [];
    return bf.filter((f, i) => f.name !== PERSON_ERASED_NAME && af[i]?.name === PERSON_ERASED_NAME);
  }
  return [];
};

type Person = { name?: string | null; phone?: string | null; email?: string | null };

/**
 * The person in every version of the trail: all of a mentor's versions are the mentor; a
 * founder is any founder of any version with the same name, phone or e-mail (so an old phone
 * number, replaced since, is erased too). Two passes reach values linked through a third.
 */
const acrossVersions = (type: string, entries: readonly AuditEntry[], seed: readonly Person[]): Person[] => {
  const versions = entries.flatMap((e) => [e.before?.data, e.after?.data]).filter((d): d is Record<string, unknown> => Boolean(d && typeof d === 'object'));
  if (type === MENTOR) return [...seed, ...versions.map((d) => d as unknown as MentorData)];
  let people = [...seed];
  for (let pass = 0; pass < 2; pass++) {
    const { needles, names } = needlesOf(people);
    people = [...seed, ...versions.flatMap((d) => ((d as unknown as StartupData).founders ?? []).filter((f) => isFounderOf(f, needles, names)))];
  }
  return people;
};

const needlesOf = (people: readonly { name?: string | null; phone?: string | null; email?: string | null }[]) => {
  const needles: Needles = { texts: [...new Set(people.flatMap(personTexts))].sort((a, b) => b.length - a.length) };
  const names = new Set(people.map((p) => (p.name ? fold(p.name) : '')).filter((n) => n && n !== fold(PERSON_ERASED_NAME)));
  return { needles, names };
};

/**
 * Rewrites an entity's audit trail for every erasure it records (an entry whose `after`
 * shows the placeholder where its `before` shows a person), plus `extra` people. The entries
 * that record an erasure are rewritten last. Idempotent: a finished trail has nothing left.
 */
export const repairErasures = async (
  ctx: Pick<ServiceContext, 'store' | 'scope'>,
  ref: { type: string; jur: string; id: string },
  extra: readonly Person[] = [],
): Promise<{ entries: number; rewritten: number }> => {
  if (ref.type !== MENTOR && ref.type !== STARTUP) return { entries: 0, rewritten: 0 };
  const entries = await auditEntriesOf(ctx.store, ref);
  const seed = [...extra, ...entries.flatMap(erasedIn)];
  const people = seed.length ? acrossVersions(ref.type, entries, seed) : [];
  if (!people.length) return { entries: entries.length, rewritten: 0 };
  const { needles, names } = needlesOf(people);
  const rewrite = (entry: AuditEntry): AuditCopies | null => {
    const before = eraseInRecord(entry.before, needles, names);
    const after = eraseInRecord(entry.after, needles, names) as StoredRecord;
    const same = JSON.stringify([before, after]) === JSON.stringify([entry.before, entry.after]);
    return same ? null : { before, after };
  };
  return rewriteAuditCopies(ctx.store, ctx.scope, ref, rewrite, (entry) => erasedIn(entry).length > 0);
};

// ---- the mutation -----------------------------------------------------------------------

const field = (name: string) => ['input', name];

export const erasePerson = async (ctx: ServiceContext, input: PersonEraseInput): Promise<Outcome<PersonErasure>> => {
  const { ref } = input;
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const reason = input.reason.trim();
  if (!reason || reason.length > 2000) return failure(userError('INVALID', 'Give the reason for the erasure (1–2000 characters)', field('reason')));

  let person: { name: string | null; phone: string | null; email: string | null };
  let current: StoredRecord<StartupData> | StoredRecord<MentorData>;
  if (ref.type === MENTOR) {
    if (input.founder != null) return failure(userError('INVALID', 'founder is only for a startup', field('founder')));
    const mentor = await loadRecord<MentorData>(ctx, MENTOR, ref.jur, ref.id);
    if (!mentor) return failure(userError('NOT_FOUND', 'No such mentor', field('id')));
    current = mentor;
    person = mentor.data;
  } else if (ref.type === STARTUP) {
    const startup = await loadRecord<StartupData>(ctx, STARTUP, ref.jur, ref.id);
    if (!startup) return failure(userError('NOT_FOUND', 'No such startup', field('id')));
    const i = input.founder;
    const founder = i == null ? undefined : startup.data.founders[i];
    if (!founder) return failure(userError('INVALID', `Name the founder by position: 0–${startup.data.founders.length - 1}`, field('founder')));
    current = startup;
    person = founder;
  } else {
    return failure(userError('NOT_FOUND', 'Give a mentor or a startup (with a founder)', field('id')));
  }
  if (current.version !== input.expectedVersion) {
    return failure(userError('CONFLICT', `Someone changed this first: you read version ${input.expectedVersion}, it is now ${current.version}. Read it again and retry.`, field('expectedVersion')));
  }

  try {
    // The person as every version of the trail knows them (old phones, an earlier spelling).
    const people = person.name === PERSON_ERASED_NAME ? [] : acrossVersions(ref.type, await auditEntriesOf(ctx.store, ref), [person]);
    const { needles, names } = needlesOf(people);
    let record = current;
    if (person.name !== PERSON_ERASED_NAME) {
      // 1. The current record, through the write path: a new version, op ERASE.
      const data = eraseInData(ref.type, current.data, needles, names);
      const note = `Xóa dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): ${scrubText(reason, needles)}`;
      const written =
        ref.type === MENTOR
          ? await writeChange(ctx, mentorDef, current as StoredRecord<MentorData>, input.expectedVersion, data as MentorData, 'ERASE', note)
          : await writeChange(ctx, startupDef, current as StoredRecord<StartupData>, input.expectedVersion, data as StartupData, 'ERASE', note);
      if (!written.ok) return written;
      record = written.value;
    }
    // 2. The audit trail's copies (the ERASE entry's own `before` last); also finishes an earlier, interrupted erasure.
    const report = await repairErasures(ctx, ref, people);
    ctx.loaders.records.clear(record.pk);
    return success({ record, auditEntries: report.entries, auditEntriesRewritten: report.rewritten });
  } catch (error) {
    if (error instanceof AuditEntryMoved) return failure(userError('CONFLICT', `${error.message}; retry the erasure`, field('id')));
    if (error instanceof ScopeError) return asFailure(error);
    throw error;
  }
};
