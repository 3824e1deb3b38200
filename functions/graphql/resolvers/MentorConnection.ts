import type   { MentorConnectionResolvers } from './types.generated.js';
    export const MentorConnection: MentorConnectionResolvers = {
    /* Implement MentorConnection resolver logic here */
  };