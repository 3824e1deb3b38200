import type { QueryResolvers } from './../types.generated.js';
import { searchAll } from '../../../services/search';
import { connection, pageSize } from '../../connection';

export const search: NonNullable<QueryResolvers['search']> = (_parent, { query, types, jurisdiction, first, after }, ctx) =>
  connection(() => searchAll(ctx.services, query, types, jurisdiction, pageSize(first), after ?? null)) as never;
