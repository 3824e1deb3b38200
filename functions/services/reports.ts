import { canReadPrivate, reportsOfTask, type StoredRecord } from '../data';
import { checkPeriod, checkText, checkUrl } from '../domain/common/validate';
import { failure, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { AGENCY, TASK_REPORT, type AgencyData, type TaskReportData } from '../domain/plan/entities';
import { isReviewerAction, nextReviewStatus, type ReviewAction } from '../domain/report/workflow';
import { nfc } from '../domain/text/vietnamese';
import { isAdminOf } from './caller';
import type { ServiceContext } from './context';
import { requireAdmin, requireSignedIn } from './guard';
import { indexSlice, type Slice } from './paging';
import { loadRecord } from './records';
import { getTask, type TaskRecord } from './tasks';
import { commit, newId } from './write';

export type TaskReportRecord = StoredRecord<TaskReportData>;


/** Approved reports are public; the rest only for the reporting agency and the jurisdiction's admins. */
const reportVisible = (ctx: ServiceContext, report: TaskReportRecord): boolean =>
  report.data.status === 'APPROVED' ||
  (canReadPrivate(ctx.scope, report.jur) &&
    (ctx.caller.role === 'PROVINCE_ADMIN' || ctx.caller.agencyId === report.data.agencyId));

export const getReport = async (ctx: ServiceContext, jur: string, id: string): Promise<TaskReportRecord | null> => {
  const report = await loadRecord<TaskReportData>(ctx, TASK_REPORT, jur, id);
  if (!report || !reportVisible(ctx, report)) return null;
  return (await getTask(ctx, jur, report.data.taskId)) ? report : null;
};

/** Newest period first. */
export const listReports = (ctx: ServiceContext, task: TaskRecord, first: number, after: string | null): Promise<Slice<TaskReportRecord>> =>
  indexSlice<TaskReportData>(ctx, 'byParent', reportsOfTask(task.jur, task.id), first, after, {
    forward: false,
    keep: (r) => reportVisible(ctx, r),
  });

export interface ReportFields {
  readonly period: string;
  readonly narrative: string;
  readonly percentComplete?: number | null;
  readonly evidence?: readonly string[] | null;
}

const validate = (fields: ReportFields): UserError[] => [
  ...checkPeriod(fields.period, ['input', 'period']),
  ...checkText(fields.narrative, ['input', 'narrative'], { required: true, max: 20_000 }),
  ...(fields.percentComplete != null && !(Number.isInteger(fields.percentComplete) && fields.percentComplete >= 0 && fields.percentComplete <= 100)
    ? [userError('INVALID', 'A percentage is a whole number from 0 to 100', ['input', 'percentComplete'])]
    : []),
  ...((fields.evidence ?? []).length > 20 ? [userError('INVALID', 'At most 20 evidence links', ['input', 'evidence'])] : []),
  ...(fields.evidence ?? []).flatMap((url, i) => checkUrl(url, ['input', 'evidence', String(i)])),
];

/** An agency reports on tasks it has a role in; an admin may report for any of the task's agencies. */
const mayReport = (ctx: ServiceContext, task: TaskRecord, agencyId: string): UserError[] => {
  if (isAdminOf(ctx.caller, task.jur)) return [];
  if (ctx.caller.role === 'AGENCY' && ctx.caller.jurisdictions.includes(task.jur) && ctx.caller.agencyId === agencyId) {
    return task.data.agencies.some((a) => a.agencyId === agencyId)
      ? []
      : [userError('FORBIDDEN', 'Your agency has no role in this task', ['input', 'task'])];
  }
  return [userError('FORBIDDEN', 'Only the task\'s agencies and the province admins report on it')];
};

export const createReport = async (
  ctx: ServiceContext,
  taskRef: { jur: string; id: string },
  agencyRef: { jur: string; id: string } | null,
  fields: ReportFields,
  options: { id?: string } = {},
): Promise<Outcome<TaskReportRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const task = await getTask(ctx, taskRef.jur, taskRef.id);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'task']));
  const agencyId = agencyRef?.id ?? ctx.caller.agencyId;
  if (!agencyId) return failure(userError('INVALID', 'Name the reporting agency', ['input', 'agency']));
  const agency = await loadRecord<AgencyData>(ctx, AGENCY, task.jur, agencyId);
  if (!agency || (agencyRef && agencyRef.jur !== task.jur)) return failure(userError('NOT_FOUND', 'No such agency in this jurisdiction', ['input', 'agency']));
  const errors = [...mayReport(ctx, task, agencyId), ...validate(fields)];
  if (errors.length) return failure(...errors);
  const data: TaskReportData = {
    planId: task.data.planId,
    taskId: task.id,
    agencyId,
    period: fields.period,
    narrative: nfc(fields.narrative.trim()),
    percentComplete: fields.percentComplete ?? null,
    evidence: [...(fields.evidence ?? [])],
    status: 'DRAFT',
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
  };
  return commit(ctx, {
    ref: { type: TASK_REPORT, jur: task.jur, id: options.id ?? newId() },
    expectedVersion: 0,
    data,
    op: 'CREATE',
  });
};

/** Correct a draft or a returned report (its agency or an admin); submitted and approved ones are locked. */
export const updateReport = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: Omit<ReportFields, 'period'>,
): Promise<Outcome<TaskReportRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const report = await getReport(ctx, ref.jur, ref.id);
  if (!report) return failure(userError('NOT_FOUND', 'No such report', ['input', 'id']));
  const task = await getTask(ctx, ref.jur, report.data.taskId);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'id']));
  const errors = [...mayReport(ctx, task, report.data.agencyId), ...validate({ ...fields, period: report.data.period })];
  if (errors.length) return failure(...errors);
  if (report.data.status !== 'DRAFT' && report.data.status !== 'RETURNED') {
    return failure(userError('LOCKED', `A ${report.data.status.toLowerCase()} report cannot be changed; only drafts and returned reports can`, ['input', 'id']));
  }
  const data: TaskReportData = {
    ...report.data,
    narrative: nfc(fields.narrative.trim()),
    percentComplete: fields.percentComplete ?? null,
    evidence: fields.evidence ? [...fields.evidence] : report.data.evidence,
  };
  return commit(ctx, { ref: { type: TASK_REPORT, ...ref }, expectedVersion, data, op: 'UPDATE' });
};

/** Submit (the reporting agency or an admin), approve or return (admins only; a return needs a note). */
export const reviewReport = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  action: ReviewAction,
  expectedVersion: number,
  note: string | null,
): Promise<Outcome<TaskReportRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const report = await getReport(ctx, ref.jur, ref.id);
  if (!report) return failure(userError('NOT_FOUND', 'No such report', ['input', 'id']));
  const task = await getTask(ctx, ref.jur, report.data.taskId);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'id']));
  const denied = isReviewerAction(action) ? requireAdmin(ctx, ref.jur) : mayReport(ctx, task, report.data.agencyId);
  if (denied.length) return failure(...denied);
  if (action === 'RETURN' && !note?.trim()) {
    return failure(userError('INVALID', 'Say what the agency should correct', ['input', 'note']));
  }
  const next = nextReviewStatus(report.data.status, action);
  if (!next.ok) return failure(userError('LOCKED', next.message, ['input', 'id']));
  const now = new Date().toISOString();
  const data: TaskReportData = {
    ...report.data,
    status: next.status,
    ...(action === 'SUBMIT' ? { submittedAt: now } : { reviewedAt: now, reviewedBy: ctx.caller.subject, reviewNote: note?.trim() ?? null }),
  };
  return commit(ctx, {
    ref: { type: TASK_REPORT, ...ref },
    expectedVersion,
    data,
    op: action,
    ...(note ? { note } : {}),
  });
};
