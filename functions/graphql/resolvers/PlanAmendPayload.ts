import type { PlanAmendPayloadResolvers } from './types.generated.js';

export const PlanAmendPayload: PlanAmendPayloadResolvers = {};
