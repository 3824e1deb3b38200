import type   { TaskPayloadResolvers } from './types.generated.js';
    export const TaskPayload: TaskPayloadResolvers = {
    /* Implement TaskPayload resolver logic here */
  };