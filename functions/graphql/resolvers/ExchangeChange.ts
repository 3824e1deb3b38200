import type { ExchangeChangeResolvers } from './types.generated.js';

export const ExchangeChange: ExchangeChangeResolvers = {};
