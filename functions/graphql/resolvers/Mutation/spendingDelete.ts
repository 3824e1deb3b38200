import type { MutationResolvers } from './../types.generated.js';
import { SPENDING_ENTRY } from '../../../domain/operations/entities';
import { deleteSpending, taskBudgetAfter } from '../../../services/operations/budget';
import { refOf } from '../../global-id';

export const spendingDelete: NonNullable<MutationResolvers['spendingDelete']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, SPENDING_ENTRY);
  if (!ref) return { spendingEntry: null, budget: null, userErrors: [{ code: 'NOT_FOUND' as const, message: 'No object has this ID', field: ['input', 'id'] }] };
  const result = await deleteSpending(ctx.services, ref, input.expectedVersion, input.note ?? null);
  if (!result.ok) return { spendingEntry: null, budget: null, userErrors: [...result.errors] };
  const budget = await taskBudgetAfter(ctx.services, { jur: ref.jur, id: result.value.data.taskId }, { removedId: ref.id });
  return { spendingEntry: result.value, budget, userErrors: [] };
};
