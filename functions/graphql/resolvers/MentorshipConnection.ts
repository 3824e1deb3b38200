import type   { MentorshipConnectionResolvers } from './types.generated.js';
    export const MentorshipConnection: MentorshipConnectionResolvers = {
    /* Implement MentorshipConnection resolver logic here */
  };