/**
 * Stored and computed shapes behind the plan-execution types (codegen mappers): calendars,
 * rounds, statuses, budgets, evidence, editions, closures and notifications.
 */
import type { TaskStatus } from '../../domain/operations/status';
import type { AttachmentRecord } from '../../services/operations/evidence';
import type { PlanBudgetView, SpendingRecord, TaskBudgetView } from '../../services/operations/budget';
import type { CalendarRecord } from '../../services/operations/calendar';
import type { PlanClosureRecord, PlanDiffView, PlanEditionRecord } from '../../services/operations/editions';
import type { NotificationRecord } from '../../services/operations/notifications';
import type { OverdueItem, RoundItem, RoundView, TaskDeliveryRecord, TaskStatusView } from '../../services/operations/rounds';

export type ReportingCalendarMapper = CalendarRecord;
export type ReportingRoundMapper = RoundView;
export interface RoundAgencyMapper {
  readonly jur: string;
  readonly agencyId: string;
  readonly items: readonly RoundItem[];
}
export type RoundTaskMapper = RoundItem;
export type RoundActualMapper = RoundItem;
export type OverdueItemMapper = OverdueItem;
export type TaskStatusReportMapper = TaskStatusView;
export type TaskDeliveryMapper = TaskDeliveryRecord;
export type TaskBudgetMapper = TaskBudgetView;
export type PlanBudgetMapper = PlanBudgetView & { readonly jur: string };
export type SpendingEntryMapper = SpendingRecord;
export type AttachmentMapper = AttachmentRecord;
export type PlanEditionMapper = PlanEditionRecord;
export type PlanDiffMapper = PlanDiffView;
export type PlanClosureMapper = PlanClosureRecord;
export interface ClosedTaskStatusMapper {
  readonly jur: string;
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly percentComplete: number | null;
}
export type NotificationMapper = NotificationRecord;
