import type { QueryResolvers } from './../types.generated.js';
import { listEvents } from '../../../services/ecosystem/events';
import { TASK } from '../../../domain/plan/entities';
import { optionalRef } from '../../ecosystem';
import { connection, pageSize } from '../../connection';

export const events: NonNullable<QueryResolvers['events']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listEvents(ctx.services, { ...filter, task: optionalRef(filter?.task, TASK) }, orderBy, pageSize(first), after ?? null));
