import type   { TaskReportConnectionResolvers } from './types.generated.js';
    export const TaskReportConnection: TaskReportConnectionResolvers = {
    /* Implement TaskReportConnection resolver logic here */
  };