import type { PullApplyPayloadResolvers } from './types.generated.js';

export const PullApplyPayload: PullApplyPayloadResolvers = {};
