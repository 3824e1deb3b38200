/**
 * What the plan-execution records store as their `data`: reporting calendars, deliveries,
 * budgets and spending, attachments, plan editions and closures, notifications.
 * Plain data; no I/O.
 */
import type { Money } from '../ecosystem/money';
import type { FundingSourceKind, IsoDate } from '../plan/model';
import type { ReportingFrequency, RoundSchedule } from './calendar';
import type { PlanSnapshot } from './diff';
import type { TaskStatus } from './status';

/** Record types; those that are GraphQL Nodes carry the GraphQL type's name. */
export const REPORTING_CALENDAR = 'ReportingCalendar';
export const TASK_DELIVERY = 'TaskDelivery';
export const TASK_BUDGET = 'TaskBudget';
export const SPENDING_ENTRY = 'SpendingEntry';
export const ATTACHMENT = 'Attachment';
export const PLAN_EDITION = 'PlanEdition';
export const PLAN_CLOSURE = 'PlanClosure';
export const NOTIFICATION = 'Notification';

/** One per plan, id = the plan's id. */
export interface ReportingCalendarData {
  readonly planId: string;
  readonly frequencies: readonly ReportingFrequency[];
  readonly dueAfterDays: number;
  readonly rounds: readonly RoundSchedule[];
}

export interface TaskDeliveryData {
  readonly planId: string;
  readonly taskId: string;
  readonly outputIndex: number;
  /** The output's text when recorded (outputs may be amended later). */
  readonly outputText: string;
  readonly quantity: number;
  readonly deliveredOn: IsoDate;
  readonly note: string | null;
}

export interface BudgetLineData {
  readonly source: FundingSourceKind;
  readonly sourceName: string | null;
  readonly amount: Money;
  readonly note: string | null;
}

/** One per task, id = the task's id. */
export interface TaskBudgetData {
  readonly planId: string;
  readonly taskId: string;
  readonly lines: readonly BudgetLineData[];
}

export interface SpendingEntryData {
  readonly planId: string;
  readonly taskId: string;
  readonly agencyId: string | null;
  readonly amount: Money;
  readonly source: FundingSourceKind;
  readonly spentOn: IsoDate;
  readonly description: string;
}

export type AttachmentOwnerType = 'TaskReport' | 'Observation' | 'SpendingEntry' | 'TaskDelivery';

export interface AttachmentData {
  readonly ownerType: AttachmentOwnerType;
  readonly ownerId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly status: 'PENDING' | 'STORED';
  readonly storedAt: string | null;
}

/** Immutable: one per (plan, edition), id `{planId}~{edition}`. */
export interface PlanEditionData {
  readonly planId: string;
  readonly edition: number;
  readonly note: string | null;
  readonly decision: string | null;
  readonly snapshot: PlanSnapshot;
}

/** One per closed plan, id = the plan's id. */
export interface PlanClosureData {
  readonly planId: string;
  readonly outcome: 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'NOT_COMPLETED';
  readonly summary: string | null;
  readonly asOf: IsoDate;
  readonly tasks: readonly { readonly taskId: string; readonly status: TaskStatus; readonly percentComplete: number | null }[];
}

export interface NotificationData {
  readonly kind: 'DUE_SOON' | 'OVERDUE';
  readonly agencyId: string;
  readonly planId: string;
  readonly taskId: string | null;
  readonly indicatorId: string | null;
  readonly period: string;
  readonly dueOn: IsoDate;
  readonly message: string;
  readonly readAt: string | null;
}
