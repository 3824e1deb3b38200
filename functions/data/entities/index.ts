import type { IndexKeys } from '../record';
import type { EntityDefinition, KeySource } from './define';
import * as ecosystem from './ecosystem';
import { mainDate } from './ecosystem';
import * as operations from './operations';
import * as plan from './plan';

/**
 * Every entity's key design (functions/data/entities/*.ts), by type. The store computes a
 * record's index attributes from here on every write, the puller on every pulled record, a
 * migration for every stored one: services never write index attributes.
 */
const definitions: readonly EntityDefinition<never>[] = [
  plan.planEntity,
  plan.taskEntity,
  plan.indicatorEntity,
  plan.agencyEntity,
  plan.taskReportEntity,
  plan.observationEntity,
  operations.reportingCalendarEntity,
  operations.planClosureEntity,
  operations.planEditionEntity,
  operations.taskDeliveryEntity,
  operations.taskBudgetEntity,
  operations.spendingEntryEntity,
  operations.attachmentEntity,
  operations.notificationEntity,
  ecosystem.startupEntity,
  ecosystem.mentorEntity,
  ecosystem.incubatorEntity,
  ecosystem.investorEntity,
  ecosystem.competitionEntity,
  ecosystem.eventEntity,
  ecosystem.mentorshipEntity,
  ecosystem.incubationEntity,
  ecosystem.investmentEntity,
  ecosystem.applicationEntity,
  ecosystem.supportGrantEntity,
] as readonly EntityDefinition<never>[];

const byType = new Map(definitions.map((d) => [d.type, d]));

/** The index attributes of a live record of `type`; none for a tombstone or a type listed nowhere (imports, claims' holders). */
export const indexKeysOf = (type: string, record: KeySource<unknown>, deleted = false): IndexKeys => {
  const definition = byType.get(type) as EntityDefinition<unknown> | undefined;
  if (deleted || !definition) return {};
  const keys = definition.keys(record) as Record<string, unknown>;
  // A pair whose data lacks its field (a probe record in a test, a hand-written item) is not listed
  // there. An empty string is kept: the write path's check refuses it rather than list the record nowhere.
  const out: Record<string, string> = {};
  for (const [pk, sk] of [['tpk', 'tsk'], ['ppk', 'psk'], ['lpk', 'lsk'], ['tpk', 'dsk']] as const) {
    const [p, s] = [keys[pk], keys[sk]];
    if (typeof p === 'string' && typeof s === 'string') {
      out[pk] = p;
      out[sk] = s;
    }
  }
  return out;
};

/** Whether a type's records are also listed by main date (the named registry types with one: ecosystem.ts `mainDate`). */
export const listedByDate = (type: string): boolean => type in mainDate;

export const INDEX_ATTRIBUTES = ['tpk', 'tsk', 'ppk', 'psk', 'lpk', 'lsk', 'dsk'] as const;

export * from './ecosystem';
export * from './operations';
export * from './plan';
export type {  KeySource } from './define';
