import {
  ATTACHMENT,
  NOTIFICATION,
  PLAN_CLOSURE,
  PLAN_EDITION,
  REPORTING_CALENDAR,
  SPENDING_ENTRY,
  TASK_BUDGET,
  TASK_DELIVERY,
  type AttachmentData,
  type NotificationData,
  type PlanClosureData,
  type PlanEditionData,
  type ReportingCalendarData,
  type SpendingEntryData,
  type TaskBudgetData,
  type TaskDeliveryData,
} from '../../domain/operations/entities';
import { AGENCY, PLAN, TASK } from '../../domain/plan/entities';
import { childPk, recordPk, typePk } from '../keys';
import { defineEntity } from './define';

/** The running of a plan: calendars, deliveries, budgets, spending, evidence, editions, closure, notifications. */

/** A plan's own singletons and lists of one kind (its calendar, closure, editions, budgets, spending). */
export const underPlan = (jur: string, planId: string, type: string): string => childPk({ type: PLAN, jur, id: planId }, type);
export const underTask = (jur: string, taskId: string, type: string): string => childPk({ type: TASK, jur, id: taskId }, type);

export const reportingCalendarEntity = defineEntity<ReportingCalendarData>({
  type: REPORTING_CALENDAR,
  indexes: { byParent: "the plan's one calendar, beside its other records" },
  keys: ({ jur, data }) => ({ ppk: underPlan(jur, data.planId, REPORTING_CALENDAR), psk: 'calendar' }),
});

export const planClosureEntity = defineEntity<PlanClosureData>({
  type: PLAN_CLOSURE,
  indexes: { byParent: "the plan's one closure record" },
  keys: ({ jur, data }) => ({ ppk: underPlan(jur, data.planId, PLAN_CLOSURE), psk: 'closure' }),
});

export const planEditionEntity = defineEntity<PlanEditionData>({
  type: PLAN_EDITION,
  indexes: { byParent: "a plan's editions in number order" },
  keys: ({ jur, data }) => ({ ppk: underPlan(jur, data.planId, PLAN_EDITION), psk: String(data.edition).padStart(6, '0') }),
});

export const taskDeliveryEntity = defineEntity<TaskDeliveryData>({
  type: TASK_DELIVERY,
  indexes: { byParent: "a task's deliveries of its outputs, by day", byLink: "a plan's deliveries, by day: the exchange snapshot reads them in one list, not one per task" },
  keys: ({ jur, id, data }) => ({
    ppk: underTask(jur, data.taskId, TASK_DELIVERY),
    psk: `${data.deliveredOn}#${id}`,
    lpk: underPlan(jur, data.planId, TASK_DELIVERY),
    lsk: `${data.deliveredOn}#${id}`,
  }),
});

export const taskBudgetEntity = defineEntity<TaskBudgetData>({
  type: TASK_BUDGET,
  indexes: { byParent: "a plan's task budgets (one per task), for the plan's budget view in one Query" },
  keys: ({ jur, data }) => ({ ppk: underPlan(jur, data.planId, TASK_BUDGET), psk: data.taskId }),
});

export const spendingEntryEntity = defineEntity<SpendingEntryData>({
  type: SPENDING_ENTRY,
  indexes: { byParent: "a plan's spending by day (the plan's budget view)", byLink: "a task's spending by day" },
  keys: ({ jur, id, data }) => ({
    ppk: underPlan(jur, data.planId, SPENDING_ENTRY),
    psk: `${data.spentOn}#${id}`,
    lpk: underTask(jur, data.taskId, SPENDING_ENTRY),
    lsk: `${data.spentOn}#${id}`,
  }),
});

export const attachmentsOf = (ownerType: string, jur: string, ownerId: string): string => childPk({ type: ownerType, jur, id: ownerId }, ATTACHMENT);

export const attachmentEntity = defineEntity<AttachmentData>({
  type: ATTACHMENT,
  indexes: { byParent: "a report's or actual's evidence files, in upload order" },
  keys: ({ jur, createdAt, data }) => ({ ppk: attachmentsOf(data.ownerType, jur, data.ownerId), psk: createdAt }),
});

export const notificationsOfAgency = (jur: string, agencyId: string): string => `${recordPk({ type: AGENCY, jur, id: agencyId })}#${NOTIFICATION}`;

export const notificationEntity = defineEntity<NotificationData>({
  type: NOTIFICATION,
  indexes: { byType: "the province's notifications, newest first (admins)", byParent: "one agency's notifications, newest first" },
  keys: ({ jur, id, createdAt, data }) => ({
    tpk: typePk(jur, NOTIFICATION),
    tsk: `${createdAt}#${id}`,
    ppk: notificationsOfAgency(jur, data.agencyId),
    psk: `${createdAt}#${id}`,
  }),
});
