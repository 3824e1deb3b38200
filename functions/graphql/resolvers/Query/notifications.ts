import type { QueryResolvers } from './../types.generated.js';
import { listNotifications } from '../../../services/operations/notifications';
import { connection, pageSize } from '../../connection';

export const notifications: NonNullable<QueryResolvers['notifications']> = (_parent, { first, after, unreadOnly }, ctx) =>
  connection(() => listNotifications(ctx.services, pageSize(first, 20), after ?? null, unreadOnly ?? false));
