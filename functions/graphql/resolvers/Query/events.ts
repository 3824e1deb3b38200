import type { QueryResolvers } from './../types.generated.js';
import { listEvents } from '../../../services/ecosystem/events';
import { connection } from '../../ecosystem';
import { pageSize } from '../../global-id';

export const events: NonNullable<QueryResolvers['events']> = (_parent, { first, after, filter, orderBy }, ctx) =>
  connection(() => listEvents(ctx.services, filter ?? {}, orderBy, pageSize(first), after ?? null));
