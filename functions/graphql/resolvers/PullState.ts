import type { PullStateResolvers } from './types.generated.js';

export const PullState: PullStateResolvers = {};
