import type { QueryResolvers } from './../types.generated.js';
import { listEvents } from '../../../services/ecosystem/events';
import { TASK } from '../../../domain/plan/entities';
import { connection, optionalRef } from '../../ecosystem';
import { pageSize } from '../../global-id';

export const events: NonNullable<QueryResolvers['events']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listEvents(ctx.services, { ...filter, task: optionalRef(filter?.task, TASK) }, orderBy, pageSize(first), after ?? null));
