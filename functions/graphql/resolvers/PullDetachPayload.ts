import type   { PullDetachPayloadResolvers } from './types.generated.js';
    export const PullDetachPayload: PullDetachPayloadResolvers = {
    /* Implement PullDetachPayload resolver logic here */
  };