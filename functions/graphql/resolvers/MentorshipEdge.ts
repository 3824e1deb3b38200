import type   { MentorshipEdgeResolvers } from './types.generated.js';
    export const MentorshipEdge: MentorshipEdgeResolvers = {
    /* Implement MentorshipEdge resolver logic here */
  };