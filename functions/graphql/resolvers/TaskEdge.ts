import type   { TaskEdgeResolvers } from './types.generated.js';
    export const TaskEdge: TaskEdgeResolvers = {
    /* Implement TaskEdge resolver logic here */
  };