import type { StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import {
  APPLICATION,
  COMPETITION,
  STARTUP,
  type ApplicationData,
  type ApplicationStatus,
  type CompetitionData,
  type CompetitionPhase,
  type CompetitionPhaseKind,
} from '../../domain/ecosystem/model';
import { AGENCY, TASK } from '../../domain/plan/entities';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { loadRecord, loadRecords } from '../records';
import { checkCount, checkName, checkPeriod, f, text, toMoney, type MoneyInputLike } from './fields';
import { linked, linkedSlice } from './links';
import { loadForChange, matching, registrySlice, writeChange, type EntityDef, type Order } from './registry';

export type ApplicationRecord = StoredRecord<ApplicationData>;

export interface Ref {
  readonly jur: string;
  readonly id: string;
}

export interface CompetitionFields {
  readonly name?: string | null;
  readonly description?: string | null;
  readonly organisers?: readonly Ref[] | null;
  readonly task?: Ref | null;
  readonly phases?: readonly { kind: CompetitionPhaseKind; name: string; from: string; to: string; text?: string | null }[] | null;
  readonly shortlistSize?: number | null;
  readonly demo?: boolean;
}

/** Agencies and a task named by an input exist in the record's jurisdiction. */
export const checkAgenciesAndTask = async (ctx: ServiceContext, jur: string, organisers: readonly Ref[] | null | undefined, task: Ref | null | undefined): Promise<UserError[]> => {
  const list = organisers ?? [];
  const refs = [...list.map((o) => ({ type: AGENCY, ...o })), ...(task ? [{ type: TASK, ...task }] : [])];
  const found = await loadRecords<unknown>(ctx, refs);
  return [
    ...list.flatMap((o, i) => (found[i] && o.jur === jur ? [] : [userError('NOT_FOUND', 'No such agency in this jurisdiction', f('organisers', i))])),
    ...(task && !(found[list.length] && task.jur === jur) ? [userError('NOT_FOUND', 'No such task in this jurisdiction', f('task'))] : []),
  ];
};

const competitionSearchText = (d: CompetitionData): string => [d.name, d.description ?? ''].join(' ');

export const competitionDef: EntityDef<CompetitionData, CompetitionFields> = {
  type: COMPETITION,
  label: 'competition',
  async build(ctx, jur, base, fields) {
    const errors: UserError[] = [
      ...checkName(fields.name, base === null),
      ...checkText(fields.description, f('description'), { max: 4000 }),
      ...checkCount(fields.shortlistSize, f('shortlistSize'), { min: 1, max: 10_000 }),
      ...(fields.phases ?? []).flatMap((p, i) => [...checkText(p.name, f('phases', i, 'name'), { required: true, max: 300 }), ...checkPeriod(p.from, p.to, f('phases', i))]),
      ...(await checkAgenciesAndTask(ctx, jur, fields.organisers, fields.task)),
    ];
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    return success<CompetitionData>({
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      description: fields.description === undefined ? (base?.description ?? null) : text(fields.description),
      organiserIds: fields.organisers ? fields.organisers.map((o) => o.id) : (base?.organiserIds ?? []),
      taskId: fields.task === undefined ? (base?.taskId ?? null) : (fields.task?.id ?? null),
      phases: fields.phases
        ? fields.phases
            .map((p): CompetitionPhase => ({ kind: p.kind, name: nfc(p.name.trim()), from: p.from, to: p.to, text: text(p.text) }))
            .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
        : (base?.phases ?? []),
      shortlistSize: fields.shortlistSize === undefined ? (base?.shortlistSize ?? null) : fields.shortlistSize,
    });
  },
  async beforeDelete(ctx, competition) {
    const n = (await linked(ctx, 'byParent', competition, APPLICATION)).length;
    return n ? [userError('INVALID', `It has ${n} application(s); a competition with applications stays`, f('id'))] : [];
  },
};

/** The phase under way on a day; the latest-starting one when phases overlap. */
/** Every phase whose window holds the day, in date order: phases overlap (Cao Bằng's applications and support, Q1/2027). */
export const phasesOn = (d: CompetitionData, day: string): CompetitionPhase[] => d.phases.filter((p) => p.from <= day && day <= p.to);

/** The one of them that started last (the deprecated `currentPhase`). */
export const phaseOn = (d: CompetitionData, day: string): CompetitionPhase | null => phasesOn(d, day).at(-1) ?? null;

export const listCompetitions = async (ctx: ServiceContext, filter: { jurisdiction?: string | null; search?: string | null }, order: Order | null | undefined, first: number, after: string | null) => {
  const keys = { name: (d: CompetitionData) => d.nameKey, date: (d: CompetitionData) => d.phases[0]?.from ?? null };
  const keep = matching(filter.search, competitionSearchText);
  return registrySlice<CompetitionData>(ctx, { type: COMPETITION, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys, keep }, first, after);
};

export const getCompetition = (ctx: ServiceContext, jur: string, id: string) => loadRecord<CompetitionData>(ctx, COMPETITION, jur, id);

// ---- Applications: under the competition (byParent) and the startup (byLink).


export interface ApplicationFields {
  readonly competition: Ref;
  readonly startup: Ref;
  readonly projectName: string;
  readonly submittedOn: string;
}

/** The application flow's one definition: create checks the APPLICATIONS phase; later steps change status. */
export const applicationDef: EntityDef<ApplicationData, ApplicationFields | { next: ApplicationData }> = {
  type: APPLICATION,
  label: 'application',
  async build(ctx, jur, base, fields): Promise<Outcome<ApplicationData>> {
    if ('next' in fields) return success(fields.next);
    const errors: UserError[] = [...checkText(fields.projectName, f('projectName'), { required: true, max: 300 }), ...checkDate(fields.submittedOn, f('submittedOn'))];
    const [competition, startup] = await Promise.all([
      fields.competition.jur === jur ? getCompetition(ctx, jur, fields.competition.id) : null,
      fields.startup.jur === jur ? loadRecord(ctx, STARTUP, jur, fields.startup.id) : null,
    ]);
    if (!competition) errors.push(userError('NOT_FOUND', 'No such competition', f('competition')));
    if (!startup) errors.push(userError('NOT_FOUND', 'No such startup in the competition\'s jurisdiction', f('startup')));
    if (competition && !errors.length) {
      const window = competition.data.phases.filter((p) => p.kind === 'APPLICATIONS');
      if (window.length && !window.some((p) => p.from <= fields.submittedOn && fields.submittedOn <= p.to)) {
        const w = window.map((p) => `${p.from} – ${p.to}`).join(', ');
        errors.push(userError('LOCKED', `Applications are received ${w}; not on ${fields.submittedOn}`, f('submittedOn')));
      }
      const earlier = await linked<ApplicationData>(ctx, 'byParent', competition, APPLICATION);
      if (earlier.some((a) => a.data.startupId === fields.startup.id)) errors.push(userError('DUPLICATE', 'This startup has applied already', f('startup')));
    }
    if (errors.length || base) return failure(...errors);
    return success({
      competitionId: fields.competition.id,
      startupId: fields.startup.id,
      projectName: nfc(fields.projectName.trim()),
      submittedOn: fields.submittedOn,
      status: 'SUBMITTED',
      score: null,
      award: null,
    });
  },
};

export const getApplication = (ctx: ServiceContext, jur: string, id: string) => loadRecord<ApplicationData>(ctx, APPLICATION, jur, id);

export const competitionApplications = (ctx: ServiceContext, competition: StoredRecord<unknown>, statuses: readonly ApplicationStatus[] | null, first: number, after: string | null) =>
  linkedSlice<ApplicationData>(ctx, 'byParent', competition, APPLICATION, (d) => d.submittedOn, first, after, (a) => !statuses || statuses.includes(a.data.status));

export const startupApplications = (ctx: ServiceContext, startup: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<ApplicationData>(ctx, 'byLink', startup, APPLICATION, (d) => d.submittedOn, first, after);

export const applicationsOfStartup = (ctx: ServiceContext, startup: { jur: string; id: string }) =>
  linked<ApplicationData>(ctx, 'byLink', { type: STARTUP, ...startup }, APPLICATION);

export const competitionAwards = async (ctx: ServiceContext, competition: StoredRecord<unknown>) =>
  (await linked<ApplicationData>(ctx, 'byParent', competition, APPLICATION))
    .filter((a) => a.data.status === 'AWARDED')
    .sort((a, b) => (a.data.award?.rank ?? 0) - (b.data.award?.rank ?? 0));

/** Shortlist (SUBMITTED → SHORTLISTED, within `shortlistSize`) or decline (→ NOT_SELECTED). */
export const shortlistApplication = async (
  ctx: ServiceContext,
  ref: Ref,
  expectedVersion: number,
  decision: { selected: boolean; score?: number | null; note?: string | null },
): Promise<Outcome<ApplicationRecord>> => {
  const loaded = await loadForChange<ApplicationData>(ctx, APPLICATION, 'application', ref);
  if (!loaded.ok) return loaded;
  const app = loaded.value;
  if (app.data.status !== 'SUBMITTED') return failure(userError('LOCKED', `Only a SUBMITTED application can be shortlisted or declined; this one is ${app.data.status}`, f('id')));
  if (decision.score != null && !(decision.score >= 0 && decision.score <= 100)) return failure(userError('INVALID', 'A score from 0 to 100', f('score')));
  if (decision.selected) {
    const competition = await getCompetition(ctx, ref.jur, app.data.competitionId);
    const size = competition?.data.shortlistSize ?? null;
    if (competition && size !== null) {
      const listed = (await linked<ApplicationData>(ctx, 'byParent', competition, APPLICATION)).filter((a) => a.data.status === 'SHORTLISTED' || a.data.status === 'AWARDED');
      if (listed.length >= size) return failure(userError('AT_CAPACITY', `The shortlist holds ${size} and is full`, f('id')));
    }
  }
  const next: ApplicationData = { ...app.data, status: decision.selected ? 'SHORTLISTED' : 'NOT_SELECTED', score: decision.score ?? app.data.score };
  return writeChange(ctx, applicationDef, app, expectedVersion, next, decision.selected ? 'SHORTLIST' : 'DECLINE', decision.note);
};

export const awardApplication = async (
  ctx: ServiceContext,
  ref: Ref,
  expectedVersion: number,
  award: { rank: number; title: string; prize?: MoneyInputLike | null; awardedOn: string },
): Promise<Outcome<ApplicationRecord>> => {
  const loaded = await loadForChange<ApplicationData>(ctx, APPLICATION, 'application', ref);
  if (!loaded.ok) return loaded;
  const app = loaded.value;
  if (app.data.status !== 'SHORTLISTED') return failure(userError('LOCKED', `Only a shortlisted application can be awarded; this one is ${app.data.status}`, f('id')));
  const errors: UserError[] = [
    ...checkCount(award.rank, f('rank'), { min: 1, max: 100 }),
    ...checkText(award.title, f('title'), { required: true, max: 200 }),
    ...checkDate(award.awardedOn, f('awardedOn')),
  ];
  const prize = toMoney(award.prize, f('prize'), errors);
  if (errors.length) return failure(...errors);
  const next: ApplicationData = { ...app.data, status: 'AWARDED', award: { rank: award.rank, title: nfc(award.title.trim()), prize, awardedOn: award.awardedOn } };
  return writeChange(ctx, applicationDef, app, expectedVersion, next, 'AWARD');
};
