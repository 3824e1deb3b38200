import type { ApiKeyResolvers } from './types.generated.js';
import { toGlobalId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';

export const ApiKey: ApiKeyResolvers = {
  id: (key) => toGlobalId('ApiKey', key.jur, key.id),
  jurisdiction: (key) => jurisdictionOf(key.jur),
};
