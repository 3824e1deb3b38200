import type { FieldChangeResolvers } from './types.generated.js';

export const FieldChange: FieldChangeResolvers = {};
