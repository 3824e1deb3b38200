import type { SourceBalanceResolvers } from './types.generated.js';

export const SourceBalance: SourceBalanceResolvers = {};
