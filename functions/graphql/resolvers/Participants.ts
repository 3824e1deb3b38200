import type   { ParticipantsResolvers } from './types.generated.js';
    export const Participants: ParticipantsResolvers = {
    /* Implement Participants resolver logic here */
  };