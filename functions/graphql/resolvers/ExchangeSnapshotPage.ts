import type { ExchangeSnapshotPageResolvers } from './types.generated.js';

export const ExchangeSnapshotPage: ExchangeSnapshotPageResolvers = {};
