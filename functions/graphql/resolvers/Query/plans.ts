import type { QueryResolvers } from './../types.generated.js';
import { listPlans } from '../../../services/plans';
import { connection, pageSize } from '../../connection';

export const plans: NonNullable<QueryResolvers['plans']> = (_parent, { first, after, filter }, ctx) =>
  connection(() => listPlans(ctx.services, filter ?? {}, pageSize(first), after ?? null));
