import type { PlanEditionEdgeResolvers } from './types.generated.js';

export const PlanEditionEdge: PlanEditionEdgeResolvers = {};
