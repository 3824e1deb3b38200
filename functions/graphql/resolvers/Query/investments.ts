import type { QueryResolvers } from './../types.generated.js';
import { listInvestments } from '../../../services/ecosystem/investors';
import { connection, pageSize } from '../../connection';

export const investments: NonNullable<QueryResolvers['investments']> = (_parent, { first, after, filter }, ctx) =>
  connection(() => listInvestments(ctx.services, filter ?? {}, pageSize(first), after ?? null));
