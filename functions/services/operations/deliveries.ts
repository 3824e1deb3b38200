/** Deliveries of a task's quantified outputs ("02 lớp": each training held is recorded). */
import { replayKey } from '../idempotency';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome } from '../../domain/common/user-error';
import { TASK_DELIVERY, type TaskDeliveryData } from '../../domain/operations/entities';
import { PLAN } from '../../domain/plan/entities';
import { nfc } from '../../domain/text/vietnamese';
import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';
import { requireSignedIn } from '../guard';
import { keyedId } from '../indicators';
import { loadRecord } from '../records';
import { getTask, type TaskRecord } from '../tasks';
import { commit, newId } from '../write';
import type { TaskDeliveryRecord } from './rounds';

/** The task's agencies (any role) or the jurisdiction's admins. */
export const mayActOnTask = (ctx: ServiceContext, task: TaskRecord, roles: readonly string[] = ['LEAD', 'COORDINATING', 'ADVISORY']): boolean =>
  isAdminOf(ctx.caller, task.jur) ||
  (ctx.caller.role === 'AGENCY' &&
    ctx.caller.jurisdictions.includes(task.jur) &&
    task.data.agencies.some((a) => a.agencyId === ctx.caller.agencyId && roles.includes(a.role)));

export const closedPlanError = async (ctx: ServiceContext, jur: string, planId: string, field: string[]) => {
  const plan = await loadRecord<{ status: string }>(ctx, PLAN, jur, planId);
  return plan?.data.status === 'CLOSED' ? userError('LOCKED', 'A closed plan cannot change', field) : null;
};

export const recordDelivery = async (
  ctx: ServiceContext,
  taskRef: { jur: string; id: string },
  input: { output: number; quantity: number; deliveredOn: string; note?: string | null; idempotencyKey?: string | null },
): Promise<Outcome<TaskDeliveryRecord>> => {
  const signedIn = requireSignedIn(ctx);
  if (signedIn.length) return failure(...signedIn);
  const task = await getTask(ctx, taskRef.jur, taskRef.id);
  if (!task) return failure(userError('NOT_FOUND', 'No such task', ['input', 'task']));
  if (!mayActOnTask(ctx, task)) return failure(userError('FORBIDDEN', "Only the task's agencies and the province admins record its deliveries", ['input', 'task']));
  const locked = await closedPlanError(ctx, task.jur, task.data.planId, ['input', 'task']);
  if (locked) return failure(locked);
  const output = task.data.outputs[input.output];
  const errors = [
    ...(output ? [] : [userError('INVALID', `The task has ${task.data.outputs.length} output(s); give a position from 0`, ['input', 'output'])]),
    ...(Number.isFinite(input.quantity) && input.quantity > 0 ? [] : [userError('INVALID', 'A quantity is more than 0', ['input', 'quantity'])]),
    ...checkDate(input.deliveredOn, ['input', 'deliveredOn']),
    ...checkText(input.note, ['input', 'note'], { max: 4000 }),
  ];
  if (errors.length || !output) return failure(...errors);
  const id = input.idempotencyKey ? keyedId(ctx, task.id, input.idempotencyKey) : newId();
  const replay = await replayKey<TaskDeliveryData>(ctx, task.jur, TASK_DELIVERY, id, input.idempotencyKey, input);
  if (!replay.ok) return replay;
  if (replay.value) return success(replay.value);
  const data: TaskDeliveryData = {
    planId: task.data.planId,
    taskId: task.id,
    outputIndex: input.output,
    outputText: output.text,
    quantity: input.quantity,
    deliveredOn: input.deliveredOn,
    note: input.note?.trim() ? nfc(input.note.trim()) : null,
  };
  return commit(ctx, {
    ref: { type: TASK_DELIVERY, jur: task.jur, id },
    expectedVersion: 0,
    data,
    op: 'CREATE',
  });
};

export const getDelivery = async (ctx: ServiceContext, jur: string, id: string): Promise<TaskDeliveryRecord | null> => {
  const d = await loadRecord<TaskDeliveryData>(ctx, TASK_DELIVERY, jur, id);
  return d && (await getTask(ctx, jur, d.data.taskId)) ? d : null;
};
