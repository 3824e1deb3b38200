import type   { TaskDeletePayloadResolvers } from './types.generated.js';
    export const TaskDeletePayload: TaskDeletePayloadResolvers = {
    /* Implement TaskDeletePayload resolver logic here */
  };