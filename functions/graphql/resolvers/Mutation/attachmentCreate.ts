import type { MutationResolvers } from './../types.generated.js';
import { createAttachment } from '../../../services/operations/evidence';
import { fromGlobalId } from '../../global-id';
import { uploadTicket } from '../../operations';

export const attachmentCreate: NonNullable<MutationResolvers['attachmentCreate']> = async (_parent, { input }, ctx) => {
  const owner = fromGlobalId(input.owner);
  if (!owner) return { attachment: null, upload: null, userErrors: [{ code: 'NOT_FOUND' as const, message: 'No object has this ID', field: ['input', 'owner'] }] };
  const result = await createAttachment(ctx.services, owner, input);
  if (!result.ok) return { attachment: null, upload: null, userErrors: [...result.errors] };
  return { attachment: result.value.attachment, upload: uploadTicket(result.value.upload), userErrors: [] };
};
