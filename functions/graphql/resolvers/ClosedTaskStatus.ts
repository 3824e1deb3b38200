import type { ClosedTaskStatusResolvers } from './types.generated.js';
import { TASK, type TaskData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';

export const ClosedTaskStatus: ClosedTaskStatusResolvers = {
  task: async (t, _arg, ctx) => {
    const task = await loadRecord<TaskData>(ctx.services, TASK, t.jur, t.taskId);
    if (!task) throw new Error(`Closure names a missing task ${t.taskId}`);
    return task;
  },
  status: (t) => t.status,
  percentComplete: (t) => t.percentComplete,
};
