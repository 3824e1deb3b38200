import type { MutationResolvers } from './../types.generated.js';
import { AGENCY, TASK } from '../../../domain/plan/entities';
import { recordSpending, taskBudgetAfter } from '../../../services/operations/budget';
import { refOf } from '../../global-id';

export const spendingRecord: NonNullable<MutationResolvers['spendingRecord']> = async (_parent, { input }, ctx) => {
  const task = refOf(input.task, TASK);
  const agency = input.agency ? refOf(input.agency, AGENCY) : null;
  if (!task || (input.agency && !agency)) {
    return { spendingEntry: null, budget: null, userErrors: [{ code: 'NOT_FOUND' as const, message: 'No object has this ID', field: ['input', task ? 'agency' : 'task'] }] };
  }
  const result = await recordSpending(ctx.services, task, { ...input, agency });
  if (!result.ok) return { spendingEntry: null, budget: null, userErrors: [...result.errors] };
  return { spendingEntry: result.value, budget: await taskBudgetAfter(ctx.services, task, { added: result.value }), userErrors: [] };
};
