import type { AttachmentResolvers } from './types.generated.js';
import { attachmentUrl } from '../../services/operations/evidence';
import { recordId } from '../global-id';

export const Attachment: AttachmentResolvers = {
  id: (a) => recordId(a),
  fileName: (a) => a.data.fileName,
  contentType: (a) => a.data.contentType,
  size: (a) => a.data.size,
  sha256: (a) => a.data.sha256,
  status: (a) => a.data.status,
  url: (a) => attachmentUrl(a),
  createdAt: (a) => a.createdAt,
  version: (a) => a.version,
};
