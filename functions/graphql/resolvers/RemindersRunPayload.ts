import type { RemindersRunPayloadResolvers } from './types.generated.js';

export const RemindersRunPayload: RemindersRunPayloadResolvers = {};
