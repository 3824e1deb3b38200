import type { SpendingEntryPayloadResolvers } from './types.generated.js';

export const SpendingEntryPayload: SpendingEntryPayloadResolvers = {};
