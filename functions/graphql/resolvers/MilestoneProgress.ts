import type   { MilestoneProgressResolvers } from './types.generated.js';
    export const MilestoneProgress: MilestoneProgressResolvers = {
    /* Implement MilestoneProgress resolver logic here */
  };