import type   { CompetitionApplicationConnectionResolvers } from './types.generated.js';
    export const CompetitionApplicationConnection: CompetitionApplicationConnectionResolvers = {
    /* Implement CompetitionApplicationConnection resolver logic here */
  };