/**
 * planReport: the department's yearly report on a plan as of a date — header, tasks with
 * lead agencies, timeline, status and latest approved report, budget and spending (province
 * admins only), and the indicator annex with progress and chart data. Rendering is pure
 * (domain/report/plan-report.ts).
 */
import { jurisdictionInfo } from '../domain/jurisdiction/provinces';
import { trajectoryPoints } from '../domain/indicator/trajectory';
import type { IsoDate } from '../domain/plan/model';
import type { PlanReportData, ReportIndicator, ReportTask } from '../domain/report/plan-report';
import type { ServiceContext } from './context';
import { planBudget } from './operations/budget';
import { planIndicators, planTasks } from './operations/common';
import { taskStatus } from './operations/rounds';
import { explain } from '../domain/text/explanations';
import { getPlan, type PlanRecord } from './plans';
import { indicatorProgress, todayInVietnam } from './progress';
import { agenciesWithRole, type TaskRecord } from './tasks';
import type { IndicatorRecord } from './indicators';

const reportTask = async (ctx: ServiceContext, task: TaskRecord, asOf: IsoDate): Promise<ReportTask> => {
  const [leads, status] = await Promise.all([agenciesWithRole(ctx, task, 'LEAD'), taskStatus(ctx, task, asOf)]);
  const r = status.latestApproved;
  return {
    code: task.data.code,
    title: task.data.title,
    titleSuppliedByEditor: task.data.titleSource === 'EDITOR',
    depth: task.data.code.split('.').length - 1,
    leadAgencies: leads.map((l) => l.agency.data.name),
    timeline: task.data.timeline?.text ?? null,
    status: status.status,
    // The fact that decided the status is the last one given (domain/operations/status.ts).
    statusReason: status.explanations.length ? explain(status.explanations[status.explanations.length - 1]!, 'VI') : null,
    latestReport: r ? { period: r.data.period, percentComplete: r.data.percentComplete, narrative: r.data.narrative, reviewedAt: r.data.reviewedAt } : null,
  };
};

const reportIndicator = async (ctx: ServiceContext, indicator: IndicatorRecord, asOf: IsoDate): Promise<ReportIndicator> => {
  const progress = await indicatorProgress(ctx, indicator, asOf);
  const d = indicator.data;
  const years = [...new Set(d.targets.map((t) => t.year))].sort((a, b) => a - b);
  const scope = d.targets[0]?.scope ?? null;
  const milestones = years.map((year) => {
    const m = progress.milestones.find((x) => x.year === year && x.target.scope === scope) ?? progress.milestones.find((x) => x.year === year);
    const cell = d.cells.find((c) => c.year === year)?.text ?? d.targets.filter((t) => t.year === year).map((t) => t.text).join('; ');
    return { year, target: cell, expected: m?.expected ?? null, actual: m?.actual ?? null, actualYear: m?.actualYear ?? null, status: m?.status ?? 'NO_DATA' };
  });
  const overallMilestone = progress.milestones.find((m) => m.year === progress.overallYear);
  const line = trajectoryPoints(d.targets, scope, d.baseline, d.accumulation, d.measure);
  // The chart plots the series judged; the other is in the source note beside the annex.
  const judged = progress.series.find((s) => s.judged)?.values ?? [];
  const quantitative = line.length > 0 && d.measure !== 'QUALITATIVE' && d.measure !== 'MILESTONE';
  return {
    code: d.code,
    name: d.name,
    unit: d.unit,
    overall: progress.overall,
    overallReason: overallMilestone ? explain(overallMilestone.explanation, 'VI') : null,
    judgedOn: progress.judgedOn,
    derived: d.derivedFrom !== null,
    disagreements: progress.disagreements.map((g) => ({ year: g.year, approved: g.approved, registry: g.registry })),
    milestones,
    chart: quantitative ? { line, actuals: judged.map((v) => ({ year: v.year, value: v.value })) } : null,
  };
};

export const planReport = async (ctx: ServiceContext, ref: { jur: string; id: string }, asOfIn: IsoDate | null): Promise<{ plan: PlanRecord; data: PlanReportData } | null> => {
  const plan = await getPlan(ctx, ref.jur, ref.id);
  if (!plan) return null;
  const asOf = asOfIn ?? todayInVietnam();
  const [tasks, indicators, budget] = await Promise.all([planTasks(ctx, plan), planIndicators(ctx, plan), planBudget(ctx, plan)]);
  const [reportTasks, reportIndicators] = await Promise.all([
    Promise.all(tasks.map((t) => reportTask(ctx, t, asOf))),
    Promise.all(indicators.map((i) => reportIndicator(ctx, i, asOf))),
  ]);
  const p = plan.data;
  const data: PlanReportData = {
    asOf,
    plan: {
      jurisdiction: plan.jur,
      jurisdictionName: jurisdictionInfo(plan.jur)?.name ?? plan.jur,
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      issuedOn: p.issuedOn,
      signer: p.signer,
      signerTitle: p.signerTitle,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      orientationYear: p.orientationYear,
      status: p.status,
    },
    tasks: reportTasks,
    budget: budget
      ? { planned: budget.plannedTotal, spent: budget.spentTotal, bySource: budget.bySource.map((s) => ({ source: s.source, planned: s.planned, spent: s.spent })) }
      : null,
    milestoneYears: [...new Set(reportIndicators.flatMap((i) => i.milestones.map((m) => m.year)))].sort((a, b) => a - b),
    indicators: reportIndicators,
  };
  return { plan, data };
};
