import type { MutationResolvers } from './../types.generated.js';
import { ATTACHMENT } from '../../../domain/operations/entities';
import { confirmAttachment } from '../../../services/operations/evidence';
import { refOf } from '../../global-id';

export const attachmentConfirm: NonNullable<MutationResolvers['attachmentConfirm']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, ATTACHMENT);
  if (!ref) return { attachment: null, upload: null, userErrors: [{ code: 'NOT_FOUND' as const, message: 'No object has this ID', field: ['input', 'id'] }] };
  const result = await confirmAttachment(ctx.services, ref, input.expectedVersion);
  return result.ok ? { attachment: result.value, upload: null, userErrors: [] } : { attachment: null, upload: null, userErrors: [...result.errors] };
};
