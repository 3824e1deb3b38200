import type { BudgetLineResolvers } from './types.generated.js';

export const BudgetLine: BudgetLineResolvers = {};
