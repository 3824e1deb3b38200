import type { SpendingEntryConnectionResolvers } from './types.generated.js';

export const SpendingEntryConnection: SpendingEntryConnectionResolvers = {};
