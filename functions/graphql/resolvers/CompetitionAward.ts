import type   { CompetitionAwardResolvers } from './types.generated.js';
    export const CompetitionAward: CompetitionAwardResolvers = {
    /* Implement CompetitionAward resolver logic here */
  };