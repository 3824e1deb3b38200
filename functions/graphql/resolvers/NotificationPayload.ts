import type { NotificationPayloadResolvers } from './types.generated.js';

export const NotificationPayload: NotificationPayloadResolvers = {};
