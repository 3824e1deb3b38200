import type   { CompetitionPayloadResolvers } from './types.generated.js';
    export const CompetitionPayload: CompetitionPayloadResolvers = {
    /* Implement CompetitionPayload resolver logic here */
  };