import type { FieldConfidenceResolvers } from './types.generated.js';

export const FieldConfidence: FieldConfidenceResolvers = {};
