import type { QueryResolvers } from './../types.generated.js';
import { searchRegistry } from '../../../services/ecosystem/search';
import { connection, pageSize } from '../../connection';

export const search: NonNullable<QueryResolvers['search']> = (_parent, { query, types, jurisdiction, first, after }, ctx) =>
  connection(() => searchRegistry(ctx.services, query, types, jurisdiction, pageSize(first), after ?? null)) as never;
