import type { RegistryCountResolvers } from './types.generated.js';
import { jurisdictionOf } from '../jurisdiction';

export const RegistryCount: RegistryCountResolvers = {
  kind: (c) => c.kind,
  jurisdiction: (c) => jurisdictionOf(c.jurisdiction),
  asOf: (c) => c.asOf,
  year: (c) => c.year,
  value: (c) => c.value,
  items: async (c) => (await c.items()).map((item) => ({ jur: c.jurisdiction, item })),
};
