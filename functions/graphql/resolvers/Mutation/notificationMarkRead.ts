import type { MutationResolvers } from './../types.generated.js';
import { NOTIFICATION } from '../../../domain/operations/entities';
import { markRead } from '../../../services/operations/notifications';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const notificationMarkRead: NonNullable<MutationResolvers['notificationMarkRead']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, NOTIFICATION);
  if (!ref) return badId('notification');
  return payload('notification', await markRead(ctx.services, ref, input.expectedVersion));
};
