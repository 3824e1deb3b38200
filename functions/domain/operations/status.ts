/**
 * A task's status as of a date, computed and explained (docs/operations.md, "Task status").
 *
 *  1. DONE        — the latest approved report says 100% and every output with a quantity is
 *                   delivered in full ("02 lớp": two trainings recorded).
 *  1a. UNASSIGNED — no lead agency for it or any of its sub-tasks: nobody is expected to
 *                   report, so it cannot be behind (Bắc Ninh's tasks name no agencies).
 *  2. OVERDUE     — the task's last day has passed and it is not DONE; since the day after.
 *  3. NOT_STARTED — its first day has not come, and nothing is approved or delivered.
 *  4. AT_RISK     — under way, and a report round for it is past due without a submitted report,
 *                   or its progress lags the time elapsed by more than 25 points.
 *  5. IN_PROGRESS — otherwise.
 * Progress is the latest approved percentage or, without one, the share of outputs delivered.
 */
import type { IsoDate, TaskPhase, Timeline } from '../plan/model';
import { addDays, daysBetween } from './calendar';
import { date, explain, explanation, num, period, text, type Explanation } from '../text/explanations';

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'OVERDUE' | 'AT_RISK' | 'UNASSIGNED';

/** Points by which progress may trail the elapsed share of time before the task is AT_RISK. */
const LAG_TOLERANCE = 25;

interface OutputFact {
  readonly text: string;
  readonly quantity: number | null;
  readonly unit: string | null;
  readonly delivered: number;
}

export interface TaskFacts {
  readonly asOf: IsoDate;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly outputs: readonly OutputFact[];
  readonly latestApproved: { readonly period: string; readonly periodEnd: IsoDate; readonly percentComplete: number | null } | null;
  /** Report rounds for this task that are past due with nothing submitted. */
  readonly lateRounds: readonly { readonly period: string; readonly dueOn: IsoDate }[];
  /** Whether it or one of its sub-tasks has a lead agency; absent means it has. */
  readonly assigned?: boolean;
}

/**
 * Whether a task needs a lead agency: it has none, and neither has any sub-task (a heading
 * whose sub-tasks are led, like Cao Bằng's 3, is assigned through them).
 */
export const needsAssignment = (code: string, tasks: readonly { readonly code: string; readonly leads: number }[]): boolean =>
  tasks.every((t) => (t.code !== code && !t.code.startsWith(`${code}.`)) || t.leads === 0);

export interface TaskStatusResult {
  readonly status: TaskStatus;
  readonly since: IsoDate | null;
  readonly elapsedPercent: number | null;
  readonly percentComplete: number | null;
  /** Why, one fact each, as catalogue codes with parameters (domain/text/explanations.ts). */
  readonly explanations: readonly Explanation[];
  /** The same in English. */
  readonly reasons: readonly string[];
}

/** The task's span: its timeline, else the union of its phases, else the plan's years; open ends fall back the same way. */
export const taskSpan = (
  timeline: Timeline | null,
  phases: readonly TaskPhase[],
  plan: { periodFrom: number; periodTo: number },
): { start: IsoDate; end: IsoDate } => {
  const starts = phases.map((p) => p.timeline.start).filter((d): d is string => d !== null).sort();
  const ends = phases.map((p) => p.timeline.end).filter((d): d is string => d !== null).sort();
  const start = timeline?.start ?? starts[0] ?? `${plan.periodFrom}-01-01`;
  const end = timeline?.end ?? ends[ends.length - 1] ?? `${plan.periodTo}-12-31`;
  return { start, end: end < start ? start : end };
};

const outputsDone = (outputs: readonly OutputFact[]): boolean =>
  outputs.every((o) => o.quantity === null || o.delivered >= o.quantity);

const outputShare = (outputs: readonly OutputFact[]): number | null => {
  const counted = outputs.filter((o) => o.quantity !== null && o.quantity > 0);
  if (!counted.length) return null;
  return Math.round((100 * counted.reduce((s, o) => s + Math.min(1, o.delivered / (o.quantity as number)), 0)) / counted.length);
};

const describeOutputs = (outputs: readonly OutputFact[]): Explanation[] =>
  outputs
    .filter((o) => o.quantity !== null)
    .map((o) =>
      explanation('OUTPUT_DELIVERED', { output: text(o.text), delivered: num(o.delivered), quantity: num(o.quantity ?? 0), unit: o.unit ? text(o.unit) : null }),
    );

type Verdict = Omit<TaskStatusResult, 'explanations' | 'reasons'>;

export const computeTaskStatus = (facts: TaskFacts): TaskStatusResult => {
  const found: Explanation[] = [];
  const verdict = judge(facts, found);
  return { ...verdict, explanations: found, reasons: found.map((e) => explain(e, 'EN')) };
};

const judge = (facts: TaskFacts, reasons: Explanation[]): Verdict => {
  const { asOf, start, end, latestApproved } = facts;
  const percent = latestApproved?.percentComplete ?? null;
  if (latestApproved) {
    reasons.push(explanation('LATEST_REPORT', { period: period(latestApproved.period), percent: percent !== null ? num(percent) : null }));
  } else reasons.push(explanation('NO_APPROVED_REPORT'));
  reasons.push(...describeOutputs(facts.outputs));
  const elapsed =
    start && end ? Math.max(0, Math.min(100, Math.round((100 * (daysBetween(start, asOf) + 1)) / (daysBetween(start, end) + 1)))) : null;

  if (percent === 100 && outputsDone(facts.outputs)) {
    return { status: 'DONE', since: latestApproved?.periodEnd ?? null, elapsedPercent: elapsed, percentComplete: percent };
  }
  if (percent === 100) reasons.push(explanation('FULL_BUT_OUTPUTS_MISSING'));
  if (facts.assigned === false) {
    reasons.push(explanation('NO_LEAD_AGENCY'));
    return { status: 'UNASSIGNED', since: null, elapsedPercent: elapsed, percentComplete: percent };
  }

  if (end && asOf > end) {
    reasons.push(explanation('PAST_LAST_DAY', { end: date(end) }));
    return { status: 'OVERDUE', since: addDays(end, 1), elapsedPercent: 100, percentComplete: percent };
  }
  const delivered = facts.outputs.some((o) => o.delivered > 0);
  if (start && asOf < start && !latestApproved && !delivered) {
    reasons.push(explanation('STARTS_LATER', { start: date(start) }));
    return { status: 'NOT_STARTED', since: null, elapsedPercent: 0, percentComplete: percent };
  }

  const progress = percent ?? outputShare(facts.outputs) ?? 0;
  if (elapsed !== null && start && end) {
    reasons.push(explanation('TIME_ELAPSED', { elapsed: num(elapsed), start: date(start), end: date(end), progress: num(progress) }));
  }
  const late = [...facts.lateRounds].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  if (late.length) {
    reasons.push(explanation('REPORTS_PAST_DUE', { period: late.map((r) => period(r.period)), dueOn: late.map((r) => date(r.dueOn)) }));
    return { status: 'AT_RISK', since: addDays(late[0]!.dueOn, 1), elapsedPercent: elapsed, percentComplete: percent };
  }
  if (elapsed !== null && progress < elapsed - LAG_TOLERANCE) {
    reasons.push(explanation('PROGRESS_TRAILS_TIME', { tolerance: num(LAG_TOLERANCE) }));
    return { status: 'AT_RISK', since: null, elapsedPercent: elapsed, percentComplete: percent };
  }
  return { status: 'IN_PROGRESS', since: start, elapsedPercent: elapsed, percentComplete: percent };
};
