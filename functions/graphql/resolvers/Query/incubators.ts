import type { QueryResolvers } from './../types.generated.js';
import { listIncubators } from '../../../services/ecosystem/incubators';
import { connection, pageSize } from '../../connection';

export const incubators: NonNullable<QueryResolvers['incubators']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listIncubators(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
