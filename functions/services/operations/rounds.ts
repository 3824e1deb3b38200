/**
 * Reporting rounds, task statuses and what is overdue — all computed on read from the plan's
 * calendar, tasks, indicators, reports, actuals and deliveries (nothing is stored, so nothing
 * drifts). Reads per plan: its tasks and indicators (one Query each), then the reports,
 * actuals and deliveries of the tasks and indicators involved, queried together.
 */
import { codeSortKey, observationsOfIndicator, reportsOfTask, underTask } from '../../data';
import type { ObservationData } from '../../domain/indicator/entities';
import { sourceOfTruth } from '../../domain/indicator/sources';
import { addDays, daysBetween, overlaps, periodRange, todayInVietnam, type RoundSchedule } from '../../domain/operations/calendar';
import { TASK_DELIVERY, type TaskDeliveryData } from '../../domain/operations/entities';
import { computeTaskStatus, taskSpan, type TaskStatusResult } from '../../domain/operations/status';
import { AGENCY, PLAN, reportsProgress, type AgencyData, type PlanData, type TaskReportData } from '../../domain/plan/entities';
import type { ReviewStatus } from '../../domain/report/workflow';
import type { IsoDate } from '../../domain/plan/model';
import type { ServiceContext } from '../context';
import type { IndicatorRecord } from '../indicators';
import type { ObservationRecord } from '../observations';
import { listPlans, getPlan, type PlanRecord } from '../plans';
import { loadRecord, loadRecords } from '../records';
import type { TaskReportRecord } from '../reports';
import type { TaskRecord } from '../tasks';
import { isAssigned } from './assignment';
import { getCalendar } from './calendar';
import { isInternalReader, isOwnReader, leadAgencyIds, listAll, ownAgencyOnly, planIndicators, planTasks } from './common';
import type { StoredRecord } from '../../data';

export type RoundItemState = 'MISSING' | ReviewStatus;
export type TaskDeliveryRecord = StoredRecord<TaskDeliveryData>;

export interface RoundItem {
  readonly kind: 'REPORT' | 'ACTUAL';
  readonly agencyId: string;
  readonly task: TaskRecord | null;
  readonly indicator: IndicatorRecord | null;
  readonly state: RoundItemState;
  readonly report: TaskReportRecord | null;
  readonly observation: ObservationRecord | null;
}

export interface RoundView {
  readonly plan: PlanRecord;
  readonly round: RoundSchedule;
  readonly asOf: IsoDate;
  readonly items: readonly RoundItem[];
}

const RANK: Record<ReviewStatus, number> = { APPROVED: 4, SUBMITTED: 3, RETURNED: 2, DRAFT: 1 };

/** The record that best answers the round: approved, else submitted, else returned, else a draft. */
const best = <R extends { data: { status: ReviewStatus }; updatedAt: string }>(records: readonly R[]): R | null =>
  [...records].sort((a, b) => RANK[b.data.status] - RANK[a.data.status] || (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? null;

/** Owed and not (acceptably) sent: nothing, a draft, or a return not yet corrected. */
export const isOpen = (state: RoundItemState): boolean => state === 'MISSING' || state === 'DRAFT' || state === 'RETURNED';

const taskReports = (ctx: ServiceContext, task: TaskRecord): Promise<TaskReportRecord[]> =>
  listAll<TaskReportData>(ctx, 'byParent', reportsOfTask(task.jur, task.id));

export const taskDeliveries = async (ctx: ServiceContext, task: TaskRecord): Promise<TaskDeliveryRecord[]> =>
  (await listAll<TaskDeliveryData>(ctx, 'byParent', underTask(task.jur, task.id, TASK_DELIVERY))).sort((a, b) =>
    a.data.deliveredOn < b.data.deliveredOn ? -1 : a.data.deliveredOn > b.data.deliveredOn ? 1 : 0,
  );

const spanOf = (task: TaskRecord, plan: PlanData) => taskSpan(task.data.timeline, task.data.phases, plan);

/**
 * The lead agencies of tasks and indicators that file their own reports: an agency flagged
 * `reportsProgress: false` ("Ủy ban nhân dân tỉnh") is expected nothing. One batched read of
 * the distinct agencies involved.
 */
const nonReporting = async (ctx: ServiceContext, jur: string, ids: readonly string[]): Promise<Set<string>> => {
  const distinct = [...new Set(ids)];
  const agencies = await loadRecords<AgencyData>(ctx, distinct.map((id) => ({ type: AGENCY, jur, id })));
  return new Set(distinct.filter((_, i) => agencies[i] && !reportsProgress(agencies[i]!.data)));
};

/** A task is expected to report in a round when it has a lead agency and its span meets the period. */
const activeIn = (task: TaskRecord, plan: PlanData, round: { start: IsoDate; end: IsoDate }, silent: Set<string>): boolean => {
  if (!leadAgencyIds(task).some((id) => !silent.has(id))) return false;
  const span = spanOf(task, plan);
  return overlaps(span.start, span.end, round.start, round.end);
};

/** Indicators whose actuals a round expects: judged on approved actuals (not a registry count), numeric, led by an agency, with a target at or after the round's year. */
const expectsActual = (indicator: IndicatorRecord, round: RoundSchedule, silent: Set<string>): boolean => {
  const d = indicator.data;
  if (sourceOfTruth(d) === 'REGISTRY' || d.measure === 'MILESTONE' || d.measure === 'QUALITATIVE') return false;
  if (!d.agencies.some((a) => a.role === 'LEAD' && !silent.has(a.agencyId))) return false;
  const year = Number(round.period.slice(0, 4));
  return d.targets.some((t) => t.year >= year);
};

const stateOf = (record: { data: { status: ReviewStatus } } | null): RoundItemState => record?.data.status ?? 'MISSING';

/** Everything one round of a plan expects, with where each item stands. */
export const roundItems = async (
  ctx: ServiceContext,
  plan: PlanRecord,
  round: RoundSchedule,
  tasks: readonly TaskRecord[],
  indicators: readonly IndicatorRecord[],
): Promise<RoundItem[]> => {
  const silent = await nonReporting(ctx, plan.jur, [
    ...tasks.flatMap(leadAgencyIds),
    ...indicators.flatMap((i) => i.data.agencies.filter((a) => a.role === 'LEAD').map((a) => a.agencyId)),
  ]);
  const active = tasks.filter((t) => activeIn(t, plan.data, round, silent));
  const measured = indicators.filter((i) => expectsActual(i, round, silent));
  const [reports, observations] = await Promise.all([
    Promise.all(active.map((t) => taskReports(ctx, t))),
    Promise.all(
      measured.map((i) => listAll<ObservationData>(ctx, 'byParent', observationsOfIndicator(i.jur, i.id))),
    ),
  ]);
  const items: RoundItem[] = [];
  // Outside the jurisdiction a draft is not received: it counts as MISSING and is not linked.
  const own = isOwnReader(ctx, plan.jur);
  const sent = <R extends { data: { status: ReviewStatus } }>(r: R): boolean => own || r.data.status !== 'DRAFT';
  active.forEach((task, i) => {
    for (const agencyId of leadAgencyIds(task).filter((id) => !silent.has(id))) {
      const report = best((reports[i] ?? []).filter((r) => sent(r) && r.data.agencyId === agencyId && r.data.period === round.period));
      items.push({ kind: 'REPORT', agencyId, task, indicator: null, state: stateOf(report), report, observation: null });
    }
  });
  measured.forEach((indicator, i) => {
    const observation = best((observations[i] ?? []).filter((o) => sent(o) && o.data.period === round.period));
    for (const agencyId of new Set(indicator.data.agencies.filter((a) => a.role === 'LEAD' && !silent.has(a.agencyId)).map((a) => a.agencyId))) {
      items.push({ kind: 'ACTUAL', agencyId, task: null, indicator, state: stateOf(observation), report: null, observation });
    }
  });
  return items;
};

/** One round of a plan, for its internal readers; an agency sees its own items only. Null when there is no such round. */
export const reportingRound = async (
  ctx: ServiceContext,
  planRef: { jur: string; id: string },
  period: string,
  asOf: IsoDate | null,
): Promise<RoundView | null> => {
  if (!isInternalReader(ctx, planRef.jur)) return null;
  const plan = await getPlan(ctx, planRef.jur, planRef.id);
  if (!plan) return null;
  const calendar = await getCalendar(ctx, plan);
  const round = calendar?.data.rounds.find((r) => r.period === period);
  if (!round) return null;
  const [tasks, indicators] = await Promise.all([planTasks(ctx, plan), planIndicators(ctx, plan)]);
  const own = ownAgencyOnly(ctx);
  const items = (await roundItems(ctx, plan, round, tasks, indicators)).filter((item) => own === null || item.agencyId === own);
  return { plan, round, asOf: asOf ?? todayInVietnam(), items };
};

export interface TaskStatusView extends TaskStatusResult {
  readonly asOf: IsoDate;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly outputs: readonly { output: TaskRecord['data']['outputs'][number]; delivered: number }[];
  readonly latestApproved: TaskReportRecord | null;
}

const latestApproved = (reports: readonly TaskReportRecord[]): TaskReportRecord | null =>
  [...reports]
    .filter((r) => r.data.status === 'APPROVED')
    .sort((a, b) => {
      const ea = periodRange(a.data.period).end;
      const eb = periodRange(b.data.period).end;
      return ea === eb ? ((a.data.reviewedAt ?? '') < (b.data.reviewedAt ?? '') ? 1 : -1) : ea < eb ? 1 : -1;
    })[0] ?? null;

/** A task's status as of a date, with the facts behind it. */
export const taskStatus = async (ctx: ServiceContext, task: TaskRecord, asOfIn: IsoDate | null): Promise<TaskStatusView> => {
  const asOf = asOfIn ?? todayInVietnam();
  const [plan, reports, deliveries, calendar, assigned, silent] = await Promise.all([
    loadRecord<PlanData>(ctx, PLAN, task.jur, task.data.planId),
    taskReports(ctx, task),
    taskDeliveries(ctx, task),
    getCalendar(ctx, { jur: task.jur, id: task.data.planId }),
    isAssigned(ctx, task),
    nonReporting(ctx, task.jur, leadAgencyIds(task)),
  ]);
  const planData = plan?.data ?? { periodFrom: Number(asOf.slice(0, 4)), periodTo: Number(asOf.slice(0, 4)) };
  const span = taskSpan(task.data.timeline, task.data.phases, planData);
  const leads = leadAgencyIds(task).filter((id) => !silent.has(id));
  const lateRounds = (calendar?.data.rounds ?? [])
    .filter((r) => r.dueOn < asOf && leads.length > 0 && overlaps(span.start, span.end, r.start, r.end))
    .filter((r) =>
      leads.some((agencyId) => isOpen(stateOf(best(reports.filter((x) => x.data.agencyId === agencyId && x.data.period === r.period))))),
    )
    .map((r) => ({ period: r.period, dueOn: r.dueOn }));
  const outputs = task.data.outputs.map((output, index) => ({
    output,
    delivered: deliveries.filter((d) => d.data.outputIndex === index && d.data.deliveredOn <= asOf).reduce((s, d) => s + d.data.quantity, 0),
  }));
  const approved = latestApproved(reports.filter((r) => periodRange(r.data.period).start <= asOf));
  const result = computeTaskStatus({
    asOf,
    start: span.start,
    end: span.end,
    outputs: outputs.map((o) => ({ text: o.output.text, quantity: o.output.quantity, unit: o.output.unit, delivered: o.delivered })),
    latestApproved: approved
      ? { period: approved.data.period, periodEnd: periodRange(approved.data.period).end, percentComplete: approved.data.percentComplete }
      : null,
    lateRounds,
    assigned,
  });
  return { ...result, asOf, start: span.start, end: span.end, outputs, latestApproved: approved };
};

export interface OverdueItem {
  readonly kind: 'REPORT' | 'ACTUAL' | 'TASK';
  readonly plan: PlanRecord;
  readonly task: TaskRecord | null;
  readonly indicator: IndicatorRecord | null;
  readonly agencyId: string;
  readonly period: string | null;
  readonly dueOn: IsoDate;
  readonly since: IsoDate;
  readonly daysLate: number;
  readonly state: RoundItemState | null;
}

export interface OverdueFilter {
  readonly asOf?: IsoDate | null;
  readonly jurisdiction?: string | null;
  readonly plan?: { jur: string; id: string } | null;
  readonly agencyId?: string | null;
  readonly period?: string | null;
  readonly kinds?: readonly ('REPORT' | 'ACTUAL' | 'TASK')[] | null;
}

/** What is late as of a date over published plans the caller reads internally. */
export const overdue = async (ctx: ServiceContext, filter: OverdueFilter): Promise<OverdueItem[]> => {
  const asOf = filter.asOf ?? todayInVietnam();
  const kinds = new Set(filter.kinds?.length ? filter.kinds : ['REPORT', 'ACTUAL', 'TASK']);
  const own = ownAgencyOnly(ctx);
  const agency = own ?? filter.agencyId ?? null;
  let plans: PlanRecord[];
  if (filter.plan) {
    const one = await getPlan(ctx, filter.plan.jur, filter.plan.id);
    plans = one ? [one] : [];
  } else {
    const jurs = ctx.jurisdictions.filter((j) => !filter.jurisdiction || j === filter.jurisdiction);
    plans = (await Promise.all(jurs.map((j) => listPlans(ctx, { jurisdiction: j, status: 'PUBLISHED' }, 100, null)))).flatMap((s) => [...s.items]);
  }
  plans = plans.filter((p) => p.data.status === 'PUBLISHED' && isInternalReader(ctx, p.jur));
  const perPlan = await Promise.all(
    plans.map(async (plan): Promise<OverdueItem[]> => {
      const [calendar, tasks, indicators] = await Promise.all([getCalendar(ctx, plan), planTasks(ctx, plan), planIndicators(ctx, plan)]);
      const rounds = (calendar?.data.rounds ?? []).filter((r) => r.dueOn < asOf && (!filter.period || r.period === filter.period));
      const late: OverdueItem[] = [];
      if (kinds.has('REPORT') || kinds.has('ACTUAL')) {
        const perRound = await Promise.all(rounds.map((round) => roundItems(ctx, plan, round, tasks, indicators).then((items) => ({ round, items }))));
        for (const { round, items } of perRound) {
          for (const item of items) {
            if (!kinds.has(item.kind) || !isOpen(item.state) || (agency && item.agencyId !== agency)) continue;
            const since = addDays(round.dueOn, 1);
            late.push({ ...item, plan, period: round.period, dueOn: round.dueOn, since, daysLate: daysBetween(round.dueOn, asOf) });
          }
        }
      }
      if (kinds.has('TASK') && !filter.period) {
        const candidates = tasks.filter((t) => leadAgencyIds(t).length > 0 && taskSpan(t.data.timeline, t.data.phases, plan.data).end < asOf);
        const statuses = await Promise.all(candidates.map((t) => taskStatus(ctx, t, asOf)));
        candidates.forEach((task, i) => {
          const s = statuses[i]!;
          if (s.status !== 'OVERDUE') return;
          for (const agencyId of leadAgencyIds(task)) {
            if (agency && agencyId !== agency) continue;
            late.push({ kind: 'TASK', plan, task, indicator: null, agencyId, period: null, dueOn: s.end, since: addDays(s.end, 1), daysLate: daysBetween(s.end, asOf), state: null });
          }
        });
      }
      return late;
    }),
  );
  const key = (o: OverdueItem) =>
    `${o.dueOn}|${o.plan.jur}|${o.plan.data.number}|${o.kind}|${codeSortKey(o.task?.data.code ?? o.indicator?.data.code ?? '')}|${o.agencyId}`;
  return perPlan.flat().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};
