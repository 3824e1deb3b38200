import type { OutputProgressResolvers } from './types.generated.js';

export const OutputProgress: OutputProgressResolvers = {};
