import type { AttachmentPayloadResolvers } from './types.generated.js';

export const AttachmentPayload: AttachmentPayloadResolvers = {};
