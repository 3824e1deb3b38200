import type { MutationResolvers } from './../types.generated.js';
import { INDICATOR } from '../../../domain/indicator/entities';
import { PLAN, TASK } from '../../../domain/plan/entities';
import { amendPlan } from '../../../services/operations/editions';
import { refOf } from '../../global-id';
import { taskFields } from '../../inputs';

const ref = (id: string, type: string) => refOf(id, type) ?? { jur: '~', id: '~invalid' };

export const planAmend: NonNullable<MutationResolvers['planAmend']> = async (_parent, { input }, ctx) => {
  const plan = refOf(input.id, PLAN);
  if (!plan) return { plan: null, edition: null, userErrors: [{ code: 'NOT_FOUND' as const, message: 'No object has this ID', field: ['input', 'id'] }] };
  const result = await amendPlan(ctx.services, plan, input.expectedVersion, {
    note: input.note,
    decision: input.decision ?? null,
    plan: input.plan
      ? { ...input.plan, fundingSources: input.plan.fundingSources?.map((s) => ({ kind: s.kind, name: s.name, note: s.note ?? null })) }
      : null,
    tasks: input.tasks?.map((t) => ({
      task: t.task ? ref(t.task, TASK) : null,
      code: t.code ?? null,
      delete: t.delete ?? null,
      fields: taskFields({ ...t, id: '', expectedVersion: 0 }),
    })),
    targets: input.targets?.map((t) => ({ indicator: ref(t.indicator, INDICATOR), year: t.year, text: t.text })),
  });
  return result.ok ? { ...result.value, userErrors: [] } : { plan: null, edition: null, userErrors: [...result.errors] };
};
