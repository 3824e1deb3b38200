import type   { TaskReportPayloadResolvers } from './types.generated.js';
    export const TaskReportPayload: TaskReportPayloadResolvers = {
    /* Implement TaskReportPayload resolver logic here */
  };