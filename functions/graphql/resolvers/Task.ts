import type { TaskResolvers } from './types.generated.js';
import { taskBudget } from '../../services/operations/budget';
import { taskDeliveries, taskStatus } from '../../services/operations/rounds';
import { PLAN, TASK, type PlanData, type TaskData } from '../../domain/plan/entities';
import { listTaskIndicators } from '../../services/indicators';
import { loadRecord } from '../../services/records';
import { listReports } from '../../services/reports';
import { agenciesWithRole, listChildren } from '../../services/tasks';
import { listEvents } from '../../services/ecosystem/events';

import { recordId } from '../global-id';
import { connection, pageSize } from '../connection';

export const Task: TaskResolvers = {
  __isTypeOf: (value) => (value as { type?: string }).type === 'Task',
  id: (task) => recordId(task),
  plan: async (task, _arg, ctx) => {
    const plan = await loadRecord<PlanData>(ctx.services, PLAN, task.jur, task.data.planId);
    if (!plan) throw new Error(`Task ${task.id} names a missing plan`);
    return plan;
  },
  code: (task) => task.data.code,
  title: (task) => task.data.title,
  titleSource: (task) => task.data.titleSource ?? 'PLAN',
  content: (task) => [...task.data.content],
  parent: (task, _arg, ctx) => (task.data.parentId ? loadRecord<TaskData>(ctx.services, TASK, task.jur, task.data.parentId) : null),
  children: (task, { first, after }, ctx) =>
    connection(() => listChildren(ctx.services, task, pageSize(first, 50), after ?? null)),
  agencies: (task, _arg, ctx) => agenciesWithRole(ctx.services, task, null),
  leadAgencies: async (task, _arg, ctx) => (await agenciesWithRole(ctx.services, task, 'LEAD')).map((a) => a.agency),
  coordinatingAgencies: async (task, _arg, ctx) => (await agenciesWithRole(ctx.services, task, 'COORDINATING')).map((a) => a.agency),
  advisoryAgencies: async (task, _arg, ctx) => (await agenciesWithRole(ctx.services, task, 'ADVISORY')).map((a) => a.agency),
  timeline: (task) => task.data.timeline,
  phases: (task) => [...task.data.phases],
  outputs: (task) => [...task.data.outputs],
  reports: (task, { first, after }, ctx) =>
    connection(() => listReports(ctx.services, task, pageSize(first, 20), after ?? null)),
  version: (task) => task.version,
  indicators: (task, { first, after }, ctx) =>
    connection(() => listTaskIndicators(ctx.services, task, pageSize(first, 20), after ?? null)),
  status: (task, { asOf }, ctx) => taskStatus(ctx.services, task, asOf ?? null),
  budget: (task, _arg, ctx) => taskBudget(ctx.services, task),
  deliveries: (task, _arg, ctx) => taskDeliveries(ctx.services, task),
  events: (task, { first, after }, ctx) =>
    connection(() =>
      listEvents(ctx.services, { task: { jur: task.jur, id: task.id } }, { field: 'DATE', direction: 'ASC' }, pageSize(first, 20), after ?? null),
    ),
};
