import type { QueryResolvers } from './../types.generated.js';
import { listAgencies } from '../../../services/agencies';
import { connection, pageSize } from '../../connection';

export const agencies: NonNullable<QueryResolvers['agencies']> = (_parent, { first, after, filter }, ctx) =>
  connection(() => listAgencies(ctx.services, filter ?? {}, pageSize(first), after ?? null));
