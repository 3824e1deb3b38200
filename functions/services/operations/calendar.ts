/** Reporting calendars: one record per plan holding its frequencies and generated rounds. */
import type { StoredRecord } from '../../data';
import { failure, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { DEFAULT_DUE_AFTER_DAYS, generateRounds, type ReportingFrequency } from '../../domain/operations/calendar';
import { REPORTING_CALENDAR, type ReportingCalendarData } from '../../domain/operations/entities';
import type { ServiceContext } from '../context';
import { requireAdmin } from '../guard';
import { getPlan, type PlanRecord } from '../plans';
import { loadRecord } from '../records';
import { commit } from '../write';

export type CalendarRecord = StoredRecord<ReportingCalendarData>;

const FREQUENCIES: readonly ReportingFrequency[] = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'];

export const getCalendar = (ctx: ServiceContext, plan: { jur: string; id: string }): Promise<CalendarRecord | null> =>
  loadRecord<ReportingCalendarData>(ctx, REPORTING_CALENDAR, plan.jur, plan.id);

export const setCalendar = async (
  ctx: ServiceContext,
  planRef: { jur: string; id: string },
  expectedVersion: number,
  frequencies: readonly ReportingFrequency[],
  dueAfterDays: number | null | undefined,
): Promise<Outcome<CalendarRecord>> => {
  const denied = requireAdmin(ctx, planRef.jur);
  if (denied.length) return failure(...denied);
  const plan: PlanRecord | null = await getPlan(ctx, planRef.jur, planRef.id);
  if (!plan) return failure(userError('NOT_FOUND', 'No such plan', ['input', 'plan']));
  if (plan.data.status === 'CLOSED') return failure(userError('LOCKED', 'A closed plan cannot change', ['input', 'plan']));
  const days = dueAfterDays ?? DEFAULT_DUE_AFTER_DAYS;
  const errors: UserError[] = [
    ...(frequencies.length === 0 ? [userError('INVALID', 'Give at least one frequency', ['input', 'frequencies'])] : []),
    ...(frequencies.some((f) => !FREQUENCIES.includes(f)) ? [userError('INVALID', 'Unknown frequency', ['input', 'frequencies'])] : []),
    ...(!Number.isInteger(days) || days < 0 || days > 120 ? [userError('INVALID', 'dueAfterDays is a whole number from 0 to 120', ['input', 'dueAfterDays'])] : []),
  ];
  if (errors.length) return failure(...errors);
  const data: ReportingCalendarData = {
    planId: plan.id,
    frequencies: [...new Set(frequencies)],
    dueAfterDays: days,
    rounds: generateRounds(plan.data.periodFrom, plan.data.periodTo, frequencies, days),
  };
  return commit(ctx, {
    ref: { type: REPORTING_CALENDAR, jur: plan.jur, id: plan.id },
    expectedVersion,
    data,
    op: expectedVersion === 0 ? 'CREATE' : 'UPDATE',
  });
};
