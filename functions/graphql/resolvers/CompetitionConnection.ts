import type   { CompetitionConnectionResolvers } from './types.generated.js';
    export const CompetitionConnection: CompetitionConnectionResolvers = {
    /* Implement CompetitionConnection resolver logic here */
  };