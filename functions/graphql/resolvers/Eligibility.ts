import type   { EligibilityResolvers } from './types.generated.js';
    export const Eligibility: EligibilityResolvers = {
    /* Implement Eligibility resolver logic here */
    };