import type { TaskDeliveryPayloadResolvers } from './types.generated.js';

export const TaskDeliveryPayload: TaskDeliveryPayloadResolvers = {};
