import type { TaskDeliveryResolvers } from './types.generated.js';
import { TASK, type TaskData } from '../../domain/plan/entities';
import { listAttachments } from '../../services/operations/evidence';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';

export const TaskDelivery: TaskDeliveryResolvers = {
  id: (d) => recordId(d),
  task: async (d, _arg, ctx) => {
    const task = await loadRecord<TaskData>(ctx.services, TASK, d.jur, d.data.taskId);
    if (!task) throw new Error(`Delivery ${d.id} names a missing task`);
    return task;
  },
  output: async (d, _arg, ctx) => {
    const task = await loadRecord<TaskData>(ctx.services, TASK, d.jur, d.data.taskId);
    const now = task?.data.outputs[d.data.outputIndex];
    return now?.text === d.data.outputText ? now : { text: d.data.outputText, quantity: null, unit: null };
  },
  quantity: (d) => d.data.quantity,
  deliveredOn: (d) => d.data.deliveredOn,
  note: (d) => d.data.note,
  attachments: (d, _arg, ctx) => listAttachments(ctx.services, d),
  createdAt: (d) => d.createdAt,
  version: (d) => d.version,
};
