/**
 * Reminders: the daily job (functions/jobs/reminders.ts; `npm run remind` locally) walks
 * each published plan's calendar and records a notification per expected report or actual
 * that is due within a few days (DUE_SOON) or past due (OVERDUE) and not acceptably sent.
 * A notification's id is derived from (kind, task or indicator, agency, period), so a run
 * repeated on the same day — or the next — makes none twice.
 */
import { createHash } from 'node:crypto';
import { notificationsOfAgency, typePk, type StoredRecord } from '../../data';
import { failure, success, userError, type Outcome } from '../../domain/common/user-error';
import { addDays, todayInVietnam } from '../../domain/operations/calendar';
import { NOTIFICATION, type NotificationData } from '../../domain/operations/entities';
import type { IsoDate } from '../../domain/plan/model';
import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';
import { requireAdmin, requireSignedIn } from '../guard';
import { emptySlice, indexSlice, type Slice } from '../paging';
import { listPlans } from '../plans';
import { loadRecord } from '../records';
import { commit } from '../write';
import { getCalendar } from './calendar';
import { planIndicators, planTasks } from './common';
import { isOpen, roundItems } from './rounds';

export type NotificationRecord = StoredRecord<NotificationData>;


const vnDate = (iso: IsoDate): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export interface RemindersResult {
  readonly created: number;
  readonly existing: number;
  readonly createdByKind: Readonly<Record<'DUE_SOON' | 'OVERDUE', number>>;
}

/** Makes the day's notifications for one jurisdiction (admins, or the scheduled job's system caller). */
export const runReminders = async (
  ctx: ServiceContext,
  jur: string,
  options: { asOf?: IsoDate | null; dueWithinDays?: number | null } = {},
): Promise<Outcome<RemindersResult>> => {
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const within = options.dueWithinDays ?? 7;
  if (!Number.isInteger(within) || within < 0 || within > 60) return failure(userError('INVALID', 'dueWithinDays is 0–60', ['input', 'dueWithinDays']));
  const asOf = options.asOf ?? todayInVietnam();
  const horizon = addDays(asOf, within);
  const plans = (await listPlans(ctx, { jurisdiction: jur, status: 'PUBLISHED' }, 100, null)).items;
  let created = 0;
  let existing = 0;
  const createdByKind = { DUE_SOON: 0, OVERDUE: 0 };
  for (const plan of plans) {
    const calendar = await getCalendar(ctx, plan);
    const rounds = (calendar?.data.rounds ?? []).filter((r) => r.dueOn <= horizon);
    if (!rounds.length) continue;
    const [tasks, indicators] = await Promise.all([planTasks(ctx, plan), planIndicators(ctx, plan)]);
    for (const round of rounds) {
      const kind = round.dueOn < asOf ? 'OVERDUE' : 'DUE_SOON';
      const items = (await roundItems(ctx, plan, round, tasks, indicators)).filter((i) => isOpen(i.state));
      for (const item of items) {
        const subject = item.task ? `task#${item.task.id}` : `indicator#${item.indicator!.id}`;
        const id = createHash('sha256').update(`${kind}|${subject}|${item.agencyId}|${round.period}`).digest('hex').slice(0, 20);
        const what = item.task
          ? `Báo cáo tiến độ kỳ ${round.period} nhiệm vụ ${item.task.data.code} "${item.task.data.title}" (Kế hoạch ${plan.data.number})`
          : `Số liệu kỳ ${round.period} chỉ tiêu ${item.indicator!.data.code} "${item.indicator!.data.name}" (Kế hoạch ${plan.data.number})`;
        const message =
          kind === 'OVERDUE'
            ? `${what} đã quá hạn từ ngày ${vnDate(addDays(round.dueOn, 1))} (hạn ${vnDate(round.dueOn)}).`
            : `${what} đến hạn ngày ${vnDate(round.dueOn)}.`;
        const result = await commit<NotificationData>(ctx, {
          ref: { type: NOTIFICATION, jur, id },
          expectedVersion: 0,
          data: {
            kind,
            agencyId: item.agencyId,
            planId: plan.id,
            taskId: item.task?.id ?? null,
            indicatorId: item.indicator?.id ?? null,
            period: round.period,
            dueOn: round.dueOn,
            message,
            readAt: null,
          },
          op: 'CREATE',
        });
        if (result.ok) {
          created += 1;
          createdByKind[kind] += 1;
        } else if (result.errors.every((e) => e.code === 'CONFLICT')) existing += 1;
        else return failure(...result.errors);
      }
    }
  }
  return success({ created, existing, createdByKind });
};

/** An agency's own notifications; a province admin's, every agency's in their first province. Newest first. */
export const listNotifications = async (
  ctx: ServiceContext,
  first: number,
  after: string | null,
  unreadOnly: boolean,
): Promise<Slice<NotificationRecord>> => {
  const keep = (n: NotificationRecord) => !unreadOnly || n.data.readAt === null;
  const jur = ctx.caller.jurisdictions[0];
  if (ctx.caller.role === 'AGENCY' && ctx.caller.agencyId && jur) {
    return indexSlice<NotificationData>(ctx, 'byParent', notificationsOfAgency(jur, ctx.caller.agencyId), first, after, { forward: false, keep });
  }
  if (ctx.caller.role === 'PROVINCE_ADMIN' && jur) {
    return indexSlice<NotificationData>(ctx, 'byType', typePk(jur, NOTIFICATION), first, after, { forward: false, keep });
  }
  return emptySlice();
};

export const getNotification = async (ctx: ServiceContext, jur: string, id: string): Promise<NotificationRecord | null> => {
  const n = await loadRecord<NotificationData>(ctx, NOTIFICATION, jur, id);
  if (!n) return null;
  const mine = ctx.caller.role === 'AGENCY' && ctx.caller.jurisdictions.includes(jur) && ctx.caller.agencyId === n.data.agencyId;
  return mine || isAdminOf(ctx.caller, jur) ? n : null;
};

export const markRead = async (ctx: ServiceContext, ref: { jur: string; id: string }, expectedVersion: number): Promise<Outcome<NotificationRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const n = await getNotification(ctx, ref.jur, ref.id);
  if (!n) return failure(userError('NOT_FOUND', 'No such notification', ['input', 'id']));
  if (n.data.readAt) return success(n);
  return commit(ctx, {
    ref: { type: NOTIFICATION, ...ref },
    expectedVersion,
    data: { ...n.data, readAt: new Date().toISOString() },
    op: 'READ',
  });
};
