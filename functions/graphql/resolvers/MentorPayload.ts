import type   { MentorPayloadResolvers } from './types.generated.js';
    export const MentorPayload: MentorPayloadResolvers = {
    /* Implement MentorPayload resolver logic here */
  };