import type { QueryResolvers } from './../types.generated.js';
import { registryCount as count } from '../../../services/ecosystem/derived';

export const registryCount: NonNullable<QueryResolvers['registryCount']> = (_parent, { kind, jurisdiction, asOf, year }, ctx) =>
  count(ctx.services, kind, jurisdiction, asOf, year);
