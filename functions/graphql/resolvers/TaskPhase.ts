import type   { TaskPhaseResolvers } from './types.generated.js';
    export const TaskPhase: TaskPhaseResolvers = {
    /* Implement TaskPhase resolver logic here */
  };