/**
 * Rules for evidence files: at most 10 MB, PDF, JPEG, PNG, DOCX or XLSX, named by the
 * SHA-256 of their content.
 */
import { userError, type UserError } from '../common/user-error';

const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const EVIDENCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const checkEvidenceFile = (file: { fileName: string; contentType: string; size: number; sha256: string }): UserError[] => {
  const errors: UserError[] = [];
  const name = file.fileName.trim();
  if (!name || name.length > 200 || /[/\\\u0000-\u001f]/.test(name)) {
    errors.push(userError('INVALID', 'A file name is 1–200 characters without slashes or control characters', ['input', 'fileName']));
  }
  const extensions = EVIDENCE_TYPES[file.contentType];
  if (!extensions) {
    errors.push(userError('INVALID', `Only PDF, JPEG, PNG, DOCX and XLSX files are accepted; got ${file.contentType}`, ['input', 'contentType']));
  } else {
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!extensions.includes(ext)) {
      errors.push(userError('INVALID', `A ${file.contentType} file ends in .${extensions.join(' or .')}`, ['input', 'fileName']));
    }
  }
  if (!Number.isInteger(file.size) || file.size < 1) errors.push(userError('INVALID', 'A file has at least one byte', ['input', 'size']));
  else if (file.size > MAX_EVIDENCE_BYTES) errors.push(userError('LIMIT_EXCEEDED', `A file is at most 10 MB (${MAX_EVIDENCE_BYTES} bytes)`, ['input', 'size']));
  if (!SHA256_HEX.test(file.sha256)) errors.push(userError('INVALID', 'sha256 is 64 lowercase hex digits', ['input', 'sha256']));
  return errors;
};
