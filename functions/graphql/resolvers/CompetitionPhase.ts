import type   { CompetitionPhaseResolvers } from './types.generated.js';
    export const CompetitionPhase: CompetitionPhaseResolvers = {
    /* Implement CompetitionPhase resolver logic here */
  };