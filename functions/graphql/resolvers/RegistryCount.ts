import type { RegistryCountResolvers } from './types.generated.js';
import { jurisdictionOf } from '../jurisdiction';

export const RegistryCount: RegistryCountResolvers = {
  kind: (c) => c.kind,
  jurisdiction: (c) => jurisdictionOf(c.jurisdiction),
  asOf: (c) => c.asOf,
  year: (c) => c.year,
  value: (c) => c.items.length,
  items: (c) => c.items.map((item) => ({ jur: c.jurisdiction, item })),
};
