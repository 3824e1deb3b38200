import type { QueryResolvers } from './../types.generated.js';
import { apiKeysOf } from '../../../services/api-keys';

export const apiKeys: NonNullable<QueryResolvers['apiKeys']> = (_parent, { jurisdiction }, ctx) => apiKeysOf(ctx.services, jurisdiction);
