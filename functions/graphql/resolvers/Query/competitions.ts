import type { QueryResolvers } from './../types.generated.js';
import { listCompetitions } from '../../../services/ecosystem/competitions';
import { connection, pageSize } from '../../connection';

export const competitions: NonNullable<QueryResolvers['competitions']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listCompetitions(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
