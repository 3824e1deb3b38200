import type { IndicatorData, ObservationData } from '../../domain/indicator/entities';
import { INDICATOR, OBSERVATION } from '../../domain/indicator/entities';
import { AGENCY, PLAN, TASK, TASK_REPORT, type AgencyData, type PlanData, type TaskData, type TaskReportData } from '../../domain/plan/entities';
import { fold } from '../../domain/text/vietnamese';
import { childPk, codeSortKey, typePk } from '../keys';
import { defineEntity } from './define';

/** The plan-side entities: plans, their tasks and indicators, agencies, reports and actuals. */

/** A plan number compared as written, diacritics, case and spaces aside ("523/KH-UBND" = "523 / kh-ubnd"). */
const planNumberKey = (number: string): string => fold(number).replace(/\s+/g, '');

export const planEntity = defineEntity<PlanData>({
  type: PLAN,
  indexes: { byType: "a jurisdiction's plans, by date of issue then number" },
  keys: ({ jur, data }) => ({ tpk: typePk(jur, PLAN), tsk: `${data.issuedOn ?? '0000'}#${planNumberKey(data.number)}` }),
});

/** A plan's tasks (byParent) and a task's sub-tasks (byLink), in code order: 3.2 before 3.10. */
export const tasksOfPlan = (jur: string, planId: string): string => childPk({ type: PLAN, jur, id: planId }, TASK);
export const subtasksOf = (jur: string, taskId: string): string => childPk({ type: TASK, jur, id: taskId }, TASK);

export const taskEntity = defineEntity<TaskData>({
  type: TASK,
  indexes: { byParent: "a plan's tasks in code order", byLink: "a task's sub-tasks in code order" },
  keys: ({ jur, data }) => ({
    ppk: tasksOfPlan(jur, data.planId),
    psk: codeSortKey(data.code),
    ...(data.parentId ? { lpk: subtasksOf(jur, data.parentId), lsk: codeSortKey(data.code) } : {}),
  }),
});

export const indicatorsOfPlan = (jur: string, planId: string): string => childPk({ type: PLAN, jur, id: planId }, INDICATOR);

export const indicatorEntity = defineEntity<IndicatorData>({
  type: INDICATOR,
  indexes: { byParent: "a plan's indicators in code order" },
  keys: ({ jur, data }) => ({ ppk: indicatorsOfPlan(jur, data.planId), psk: codeSortKey(data.code) }),
});

export const agencyEntity = defineEntity<AgencyData>({
  type: AGENCY,
  indexes: { byType: "a jurisdiction's agencies by folded name (names match diacritic-insensitively)" },
  keys: ({ jur, data }) => ({ tpk: typePk(jur, AGENCY), tsk: data.nameKey }),
});

export const reportsOfTask = (jur: string, taskId: string): string => childPk({ type: TASK, jur, id: taskId }, TASK_REPORT);

export const taskReportEntity = defineEntity<TaskReportData>({
  type: TASK_REPORT,
  indexes: { byParent: "a task's reports by period, then when written" },
  keys: ({ jur, createdAt, data }) => ({ ppk: reportsOfTask(jur, data.taskId), psk: `${data.period}#${createdAt}` }),
});

export const observationsOfIndicator = (jur: string, indicatorId: string): string => childPk({ type: INDICATOR, jur, id: indicatorId }, OBSERVATION);

export const observationEntity = defineEntity<ObservationData>({
  type: OBSERVATION,
  indexes: { byParent: "an indicator's actuals by period, then when written" },
  keys: ({ jur, createdAt, data }) => ({ ppk: observationsOfIndicator(jur, data.indicatorId), psk: `${data.period}#${createdAt}` }),
});
