import type   { TaskReportEdgeResolvers } from './types.generated.js';
    export const TaskReportEdge: TaskReportEdgeResolvers = {
    /* Implement TaskReportEdge resolver logic here */
  };