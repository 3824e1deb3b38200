import type { UploadTicketResolvers } from './types.generated.js';

export const UploadTicket: UploadTicketResolvers = {};
