import type   { SeriesDisagreementResolvers } from './types.generated.js';
    export const SeriesDisagreement: SeriesDisagreementResolvers = {
    /* Implement SeriesDisagreement resolver logic here */
  };