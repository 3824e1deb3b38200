import type { QueryResolvers } from './../types.generated.js';
import { listNotifications } from '../../../services/operations/notifications';
import { toConnection, withCursor } from '../../connection';
import { pageSize } from '../../global-id';

export const notifications: NonNullable<QueryResolvers['notifications']> = (_parent, { first, after, unreadOnly }, ctx) =>
  withCursor(async () => toConnection(await listNotifications(ctx.services, pageSize(first, 20), after ?? null, unreadOnly ?? false)));
