import type { QueryResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { listEditions } from '../../../services/operations/editions';
import { emptySlice } from '../../../services/paging';
import { getPlan } from '../../../services/plans';
import { refOf } from '../../global-id';
import { connection, pageSize } from '../../connection';

export const planVersions: NonNullable<QueryResolvers['planVersions']> = (_parent, { plan, first, after }, ctx) =>
  connection(async () => {
    const size = pageSize(first, 20);
    const ref = refOf(plan, PLAN);
    const found = ref ? await getPlan(ctx.services, ref.jur, ref.id) : null;
    return found ? await listEditions(ctx.services, found, size, after ?? null) : emptySlice();
  });
