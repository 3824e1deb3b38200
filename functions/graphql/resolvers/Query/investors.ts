import type { QueryResolvers } from './../types.generated.js';
import { listInvestors } from '../../../services/ecosystem/investors';
import { connection, pageSize } from '../../connection';

export const investors: NonNullable<QueryResolvers['investors']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listInvestors(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
