import type { QueryResolvers } from './../types.generated.js';
import { listSupportGrants } from '../../../services/ecosystem/events';
import { connection, pageSize } from '../../connection';

export const supportGrants: NonNullable<QueryResolvers['supportGrants']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listSupportGrants(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
