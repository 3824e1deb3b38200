import type   { CompetitionEdgeResolvers } from './types.generated.js';
    export const CompetitionEdge: CompetitionEdgeResolvers = {
    /* Implement CompetitionEdge resolver logic here */
  };