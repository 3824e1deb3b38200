import type   { MentorshipPayloadResolvers } from './types.generated.js';
    export const MentorshipPayload: MentorshipPayloadResolvers = {
    /* Implement MentorshipPayload resolver logic here */
  };