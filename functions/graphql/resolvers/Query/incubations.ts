import type { QueryResolvers } from './../types.generated.js';
import { listIncubations } from '../../../services/ecosystem/incubators';
import { connection, pageSize } from '../../connection';

export const incubations: NonNullable<QueryResolvers['incubations']> = (_parent, { first, after, filter }, ctx) =>
  connection(() => listIncubations(ctx.services, filter ?? {}, pageSize(first), after ?? null));
