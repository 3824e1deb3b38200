import type { SpendingEntryEdgeResolvers } from './types.generated.js';

export const SpendingEntryEdge: SpendingEntryEdgeResolvers = {};
