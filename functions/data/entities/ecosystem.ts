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
import { childPk, typePk } from '../keys';
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
export const byType = (type: string, jur: string, sortKey: string, id: string): IndexKeys => ({ tpk: typePk(jur, type), tsk: `${sortKey}#${id}` });

const named = <D extends RegistryData>(type: string): EntityDefinition<D> =>
  defineEntity<D>({
    type,
    indexes: { byType: `a jurisdiction's ${type} records by folded name` },
    keys: ({ jur, id, data }) => byType(type, jur, data.nameKey, id),
  });

export const startupEntity = named<StartupData>(STARTUP);
export const mentorEntity = named<MentorData>(MENTOR);
export const incubatorEntity = named<IncubatorData>(INCUBATOR);
export const investorEntity = named<InvestorData>(INVESTOR);

/** A record listed by folded name and, when held for a plan task, under that task in `order`. */
const heldForTask = <D extends { nameKey: string; taskId?: string | null }>(
  type: string,
  indexes: EntityDefinition<D>['indexes'],
  order: (data: D) => string,
): EntityDefinition<D> =>
  defineEntity<D>({
    type,
    indexes,
    keys: ({ jur, id, data }) => ({
      ...byType(type, jur, data.nameKey, id),
      ...(data.taskId ? { lpk: linksOf({ type: TASK, jur, id: data.taskId }, type), lsk: `${order(data)}#${id}` } : {}),
    }),
  });

export const competitionEntity = heldForTask<CompetitionData>(
  COMPETITION,
  { byType: "a jurisdiction's competitions by folded name", byLink: 'the competitions held for a plan task' },
  (data) => data.nameKey,
);

export const eventEntity = heldForTask<EventData>(
  EVENT,
  { byType: "a jurisdiction's events by folded name", byLink: 'the events held for a plan task, by start day' },
  (data) => data.startsOn,
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
