/** `node(id)` for the plan-execution types, under the same rules as their own fields. */
import { ATTACHMENT, NOTIFICATION, PLAN_EDITION, SPENDING_ENTRY, TASK_DELIVERY } from '../../domain/operations/entities';
import type { ServiceContext } from '../context';
import { getSpending } from './budget';
import { getDelivery } from './deliveries';
import { getEdition } from './editions';
import { getAttachment } from './evidence';
import { getNotification } from './notifications';

export const loadOperationsNode = async (ctx: ServiceContext, ref: { type: string; jur: string; id: string }): Promise<object | null> => {
  switch (ref.type) {
    case TASK_DELIVERY:
      return getDelivery(ctx, ref.jur, ref.id);
    case SPENDING_ENTRY:
      return getSpending(ctx, ref.jur, ref.id);
    case ATTACHMENT:
      return getAttachment(ctx, ref.jur, ref.id);
    case PLAN_EDITION:
      return getEdition(ctx, ref.jur, ref.id);
    case NOTIFICATION:
      return getNotification(ctx, ref.jur, ref.id);
    default:
      return null;
  }
};

export const isOperationsType = (type: string): boolean =>
  [TASK_DELIVERY, SPENDING_ENTRY, ATTACHMENT, PLAN_EDITION, NOTIFICATION].includes(type);
