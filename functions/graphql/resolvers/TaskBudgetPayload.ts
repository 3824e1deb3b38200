import type { TaskBudgetPayloadResolvers } from './types.generated.js';

export const TaskBudgetPayload: TaskBudgetPayloadResolvers = {};
