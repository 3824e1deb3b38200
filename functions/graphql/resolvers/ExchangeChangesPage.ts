import type { ExchangeChangesPageResolvers } from './types.generated.js';

export const ExchangeChangesPage: ExchangeChangesPageResolvers = {};
