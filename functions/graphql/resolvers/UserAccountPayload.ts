import type { UserAccountPayloadResolvers } from './types.generated.js';

export const UserAccountPayload: UserAccountPayloadResolvers = {};
