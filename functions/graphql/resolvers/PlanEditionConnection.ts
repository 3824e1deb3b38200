import type { PlanEditionConnectionResolvers } from './types.generated.js';

export const PlanEditionConnection: PlanEditionConnectionResolvers = {};
