import type { QueryResolvers } from './../types.generated.js';
import { listIncubators } from '../../../services/ecosystem/incubators';
import { connection } from '../../ecosystem';
import { pageSize } from '../../global-id';

export const incubators: NonNullable<QueryResolvers['incubators']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listIncubators(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
