import type { NotificationResolvers } from './types.generated.js';
import { INDICATOR, type IndicatorData } from '../../domain/indicator/entities';
import { AGENCY, PLAN, TASK, type AgencyData, type PlanData, type TaskData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';

export const Notification: NotificationResolvers = {
  id: (n) => recordId(n),
  kind: (n) => n.data.kind,
  agency: async (n, _arg, ctx) => {
    const agency = await loadRecord<AgencyData>(ctx.services, AGENCY, n.jur, n.data.agencyId);
    if (!agency) throw new Error(`Notification ${n.id} names a missing agency`);
    return agency;
  },
  plan: async (n, _arg, ctx) => {
    const plan = await loadRecord<PlanData>(ctx.services, PLAN, n.jur, n.data.planId);
    if (!plan) throw new Error(`Notification ${n.id} names a missing plan`);
    return plan;
  },
  task: (n, _arg, ctx) => (n.data.taskId ? loadRecord<TaskData>(ctx.services, TASK, n.jur, n.data.taskId) : null),
  indicator: (n, _arg, ctx) => (n.data.indicatorId ? loadRecord<IndicatorData>(ctx.services, INDICATOR, n.jur, n.data.indicatorId) : null),
  period: (n) => n.data.period,
  dueOn: (n) => n.data.dueOn,
  message: (n) => n.data.message,
  createdAt: (n) => n.createdAt,
  readAt: (n) => n.data.readAt,
  version: (n) => n.version,
};
