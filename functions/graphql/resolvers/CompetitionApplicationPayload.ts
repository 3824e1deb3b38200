import type   { CompetitionApplicationPayloadResolvers } from './types.generated.js';
    export const CompetitionApplicationPayload: CompetitionApplicationPayloadResolvers = {
    /* Implement CompetitionApplicationPayload resolver logic here */
  };