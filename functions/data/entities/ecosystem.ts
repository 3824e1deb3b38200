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
  type ApplicationData,
  type CompetitionData,
  type EventData,
  type IncubationData,
  type IncubatorData,
  type InvestmentData,
  type InvestorData,
  type MentorData,
  type MentorshipData,
  type RegistryData,
  type StartupData,
  type SupportGrantData,
} from '../../domain/ecosystem/model';
import { TASK } from '../../domain/plan/entities';
import type { IndexKeys } from '../record';
import { childPk, datePk, typePk } from '../keys';
import { defineEntity, type EntityDefinition } from './define';

/**
 * The ecosystem registry. Named records are listed by jurisdiction in folded-name order
 * (byType, so `startups(first: 5)` is one Query of 6 items); links (mentorships,
 * incubations, investments, applications, grants) by jurisdiction in date order and under
 * both of their owners, so either side's list is one Query.
 */

/** The records of `linkType` under one owner: a startup's mentorships, a mentor's, a task's events. */
export const linksOf = (owner: { type: string; jur: string; id: string }, linkType: string): string => childPk(owner, linkType);

/** A jurisdiction's records of a type in one order: `sortKey#id`, so equal names stay distinct and stable. */
const byType = (type: string, jur: string, sortKey: string, id: string): IndexKeys => ({ tpk: typePk(jur, type), tsk: `${sortKey}#${id}` });

/**
 * Where a dated record sits in byDate: `date#id`. A record of a dated type without its date
 * (a startup whose first registration is unknown) sorts after every date: last in ascending
 * order, first in descending, as SQL's NULLS LAST/FIRST do (docs/ecosystem.md).
 */
const UNDATED = '~';
const byDate = (type: string, jur: string, date: string | null | undefined, id: string): IndexKeys => ({
  ppk: datePk(jur, type),
  psk: `${date || UNDATED}#${id}`,
});

const named = <D extends RegistryData>(type: string, date?: (data: D) => string | null | undefined): EntityDefinition<D> =>
  defineEntity<D>({
    type,
    indexes: {
      byType: `a jurisdiction's ${type} records by folded name`,
      ...(date ? { byParent: `a jurisdiction's ${type} records by their main date (orderBy DATE; no parent, so the index is free)` } : {}),
    },
    keys: ({ jur, id, data }) => ({ ...byType(type, jur, data.nameKey, id), ...(date ? byDate(type, jur, date(data), id) : {}) }),
  });

/** The main date `orderBy: DATE` sorts by, per registry type; mentors and investors have none (DATE reads as NAME). */
export const mainDate = {
  [STARTUP]: (d: StartupData) => d.firstRegisteredOn,
  [INCUBATOR]: (d: IncubatorData) => d.establishedOn,
  [COMPETITION]: (d: CompetitionData) => d.phases[0]?.from ?? null,
  [EVENT]: (d: EventData) => d.startsOn,
} as const;

export const startupEntity = named<StartupData>(STARTUP, mainDate[STARTUP]);
export const mentorEntity = named<MentorData>(MENTOR);
export const incubatorEntity = named<IncubatorData>(INCUBATOR, mainDate[INCUBATOR]);
export const investorEntity = named<InvestorData>(INVESTOR);

/** A record listed by folded name and, when held for a plan task, under that task in `order`. */
const heldForTask = <D extends { nameKey: string; taskId?: string | null }>(
  type: string,
  indexes: EntityDefinition<D>['indexes'],
  order: (data: D) => string,
  date: (data: D) => string | null | undefined,
): EntityDefinition<D> =>
  defineEntity<D>({
    type,
    indexes,
    keys: ({ jur, id, data }) => ({
      ...byType(type, jur, data.nameKey, id),
      ...byDate(type, jur, date(data), id),
      ...(data.taskId ? { lpk: linksOf({ type: TASK, jur, id: data.taskId }, type), lsk: `${order(data)}#${id}` } : {}),
    }),
  });

export const competitionEntity = heldForTask<CompetitionData>(
  COMPETITION,
  { byType: "a jurisdiction's competitions by folded name", byLink: 'the competitions held for a plan task', byParent: "a jurisdiction's competitions by first phase's start (orderBy DATE)" },
  (data) => data.nameKey,
  mainDate[COMPETITION],
);

export const eventEntity = heldForTask<EventData>(
  EVENT,
  { byType: "a jurisdiction's events by folded name", byLink: 'the events held for a plan task, by start day', byParent: "a jurisdiction's events by start day (orderBy DATE)" },
  (data) => data.startsOn,
  mainDate[EVENT],
);

/** A link listed by jurisdiction and under both owners, all in the order of its date. */
const link = <D>(type: string, parent: string, second: string, of: (d: D) => { parentId: string; secondId: string; date: string }): EntityDefinition<D> =>
  defineEntity<D>({
    type,
    indexes: { byType: `a jurisdiction's ${type} records by date`, byParent: `a ${parent}'s ${type} records by date`, byLink: `a ${second}'s ${type} records by date` },
    keys: ({ jur, id, data }) => {
      const { parentId, secondId, date } = of(data);
      return {
        ...byType(type, jur, date, id),
        ppk: linksOf({ type: parent, jur, id: parentId }, type),
        psk: `${date}#${id}`,
        lpk: linksOf({ type: second, jur, id: secondId }, type),
        lsk: `${date}#${id}`,
      };
    },
  });

export const mentorshipEntity = link<MentorshipData>(MENTORSHIP, STARTUP, MENTOR, (d) => ({ parentId: d.startupId, secondId: d.mentorId, date: d.from }));
export const incubationEntity = link<IncubationData>(INCUBATION, STARTUP, INCUBATOR, (d) => ({ parentId: d.startupId, secondId: d.incubatorId, date: d.from }));
export const investmentEntity = link<InvestmentData>(INVESTMENT, STARTUP, INVESTOR, (d) => ({ parentId: d.startupId, secondId: d.investorId, date: d.date }));
export const applicationEntity = link<ApplicationData>(APPLICATION, COMPETITION, STARTUP, (d) => ({ parentId: d.competitionId, secondId: d.startupId, date: d.submittedOn }));

export const supportGrantEntity = defineEntity<SupportGrantData>({
  type: SUPPORT_GRANT,
  indexes: { byType: "a jurisdiction's grants by date", byParent: "a startup's grants by date", byLink: "a competition application's grants by date" },
  keys: ({ jur, id, data }) => ({
    ...byType(SUPPORT_GRANT, jur, data.date, id),
    ...(data.startupId ? { ppk: linksOf({ type: STARTUP, jur, id: data.startupId }, SUPPORT_GRANT), psk: `${data.date}#${id}` } : {}),
    ...(data.applicationId ? { lpk: linksOf({ type: APPLICATION, jur, id: data.applicationId }, SUPPORT_GRANT), lsk: `${data.date}#${id}` } : {}),
  }),
});
