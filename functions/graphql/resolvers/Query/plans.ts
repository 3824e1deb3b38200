import type { QueryResolvers } from './../types.generated.js';
import { listPlans } from '../../../services/plans';
import { toConnection, withCursor } from '../../connection';
import { pageSize } from '../../global-id';

export const plans: NonNullable<QueryResolvers['plans']> = (_parent, { first, after, filter }, ctx) =>
  withCursor(async () => toConnection(await listPlans(ctx.services, filter ?? {}, pageSize(first), after ?? null)));
