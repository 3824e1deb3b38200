import type   { CompetitionApplicationEdgeResolvers } from './types.generated.js';
    export const CompetitionApplicationEdge: CompetitionApplicationEdgeResolvers = {
    /* Implement CompetitionApplicationEdge resolver logic here */
  };