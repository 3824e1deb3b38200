import type { NotificationEdgeResolvers } from './types.generated.js';

export const NotificationEdge: NotificationEdgeResolvers = {};
