import type   { TaskOutputResolvers } from './types.generated.js';
    export const TaskOutput: TaskOutputResolvers = {
    /* Implement TaskOutput resolver logic here */
  };