import type   { MentorEdgeResolvers } from './types.generated.js';
    export const MentorEdge: MentorEdgeResolvers = {
    /* Implement MentorEdge resolver logic here */
  };