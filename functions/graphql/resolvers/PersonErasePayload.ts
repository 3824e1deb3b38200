import type { PersonErasePayloadResolvers } from './types.generated.js';

/** Plain fields of the erase result (Mutation/personErase.ts builds it). */
export const PersonErasePayload: PersonErasePayloadResolvers = {};
