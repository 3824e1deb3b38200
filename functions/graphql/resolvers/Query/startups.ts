import type { QueryResolvers } from './../types.generated.js';
import { listStartups } from '../../../services/ecosystem/startups';
import { connection, pageSize } from '../../connection';

export const startups: NonNullable<QueryResolvers['startups']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listStartups(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
