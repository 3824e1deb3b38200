import type { PlanResolvers } from './types.generated.js';
import { planBudget } from '../../services/operations/budget';
import { tasksNeedingAssignment } from '../../services/operations/assignment';
import { getCalendar } from '../../services/operations/calendar';
import { currentEdition, getClosure } from '../../services/operations/editions';
import { importReviewOf } from '../../services/imports';
import { listPlanIndicators } from '../../services/indicators';
import { listPlanTasks } from '../../services/tasks';
import { jurisdictionOf } from '../jurisdiction';
import { recordId, toGlobalId } from '../global-id';
import { memorySlice } from '../../services/paging';
import { connection, pageSize } from '../connection';

export const Plan: PlanResolvers = {
  __isTypeOf: (value) => (value as { type?: string }).type === 'Plan',
  id: (plan) => recordId(plan),
  jurisdiction: (plan) => jurisdictionOf(plan.jur),
  number: (plan) => plan.data.number,
  title: (plan) => plan.data.title,
  issuer: (plan) => plan.data.issuer,
  place: (plan) => plan.data.place,
  issuedOn: (plan) => plan.data.issuedOn,
  effectiveOn: (plan) => plan.data.effectiveOn,
  signer: (plan) => plan.data.signer,
  signerTitle: (plan) => plan.data.signerTitle,
  period: (plan) => ({ from: plan.data.periodFrom, to: plan.data.periodTo, orientationYear: plan.data.orientationYear }),
  legalBases: (plan, { first, after }, ctx) =>
    connection(() =>
      memorySlice(
        ctx.services.store.cursors,
        'legalBases',
        plan.data.legalBases.map((_doc, index) => ({ plan, index })),
        (doc) => String(doc.index).padStart(4, '0'),
        pageSize(first, 50),
        after ?? null,
      ),
    ),
  purposes: (plan) => [...plan.data.purposes],
  requirements: (plan) => [...plan.data.requirements],
  objectives: (plan) => [...plan.data.objectives],
  tasks: (plan, { first, after }, ctx) =>
    connection(() => listPlanTasks(ctx.services, plan, pageSize(first, 50), after ?? null)),
  fundingSources: (plan) => [...plan.data.fundingSources],
  responsibilities: (plan) => plan.data.responsibilities.map((r) => ({ jur: plan.jur, agencyId: r.agencyId, duties: r.duties })),
  status: (plan) => plan.data.status,
  publishedAt: (plan) => plan.data.publishedAt,
  updatedAt: (plan) => plan.updatedAt,
  version: (plan) => plan.version,
  indicators: (plan, { first, after }, ctx) =>
    connection(() => listPlanIndicators(ctx.services, plan, pageSize(first, 50), after ?? null)),
  importReview: (plan, _args, ctx) => importReviewOf(ctx.services, plan),
  reportingCalendar: (plan, _arg, ctx) => getCalendar(ctx.services, plan),
  budget: async (plan, _arg, ctx) => {
    const budget = await planBudget(ctx.services, plan);
    return budget && { ...budget, jur: plan.jur };
  },
  edition: (plan, _arg, ctx) => currentEdition(ctx.services, plan),
  closure: (plan, _arg, ctx) => getClosure(ctx.services, plan),
  tasksNeedingAssignment: (plan, { first, after }, ctx) =>
    connection(() => tasksNeedingAssignment(ctx.services, plan, pageSize(first, 50), after ?? null)),
};

/** Legal bases live inside their plan; this is the ID of the one at `index`. */
export const legalDocumentId = (plan: { jur: string; id: string }, index: number): string =>
  toGlobalId('LegalDocument', plan.jur, `${plan.id}~${index}`);
