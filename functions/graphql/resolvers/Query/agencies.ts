import type { QueryResolvers } from './../types.generated.js';
import { listAgencies } from '../../../services/agencies';
import { toConnection, withCursor } from '../../connection';
import { pageSize } from '../../global-id';

export const agencies: NonNullable<QueryResolvers['agencies']> = (_parent, { first, after, filter }, ctx) =>
  withCursor(async () => toConnection(await listAgencies(ctx.services, filter ?? {}, pageSize(first), after ?? null)));
