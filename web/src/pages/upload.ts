import { graphql } from '../gql';
import type { UserErrorLike } from '../components/Feedback';
import { apolloClient } from '../api/client';

const CreateAttachment = graphql(`
  mutation ConsoleAttachmentCreate($input: AttachmentCreateInput!) {
    attachmentCreate(input: $input) {
      attachment { id version }
      upload { url method headers { name value } }
      userErrors { field message code }
    }
  }
`);
const ConfirmAttachment = graphql(`
  mutation ConsoleAttachmentConfirm($input: WorkflowInput!) {
    attachmentConfirm(input: $input) { attachment { id status fileName version } userErrors { field message code } }
  }
`);

const sha256Hex = async (file: File): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A loopback upload URL is made same-origin, so the console works whether it was opened as localhost or 127.0.0.1. */
const sameOriginIfLocal = (url: string): string => {
  const u = new URL(url, location.href);
  return /^(localhost|127\.0\.0\.1|\[::1\])$/.test(u.hostname) ? `${u.pathname}${u.search}` : u.href;
};

const put = (url: string, method: string, headers: readonly { name: string; value: string }[], file: File, progress: (percent: number) => void): Promise<number> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, sameOriginIfLocal(url));
    for (const h of headers) if (h.name.toLowerCase() !== 'content-length') xhr.setRequestHeader(h.name, h.value);
    xhr.upload.onprogress = (e) => e.lengthComputable && progress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => reject(new Error('upload failed'));
    xhr.send(file);
  });

/** Evidence for a report: register it (hash and size), PUT the bytes to the presigned URL with progress, then confirm so the API checks the hash. */
export const uploadEvidence = async (owner: string, file: File, progress: (percent: number) => void): Promise<{ errors: readonly UserErrorLike[] }> => {
  const client = apolloClient();
  const contentType = file.type || 'application/octet-stream';
  const created = (await client.mutate({ mutation: CreateAttachment, variables: { input: { owner, fileName: file.name, contentType, size: file.size, sha256: await sha256Hex(file) } } })).data?.attachmentCreate;
  if (!created?.attachment || !created.upload) return { errors: created?.userErrors ?? [] };
  const status = await put(created.upload.url, created.upload.method, created.upload.headers, file, progress);
  if (status >= 300) return { errors: [{ message: `upload refused (${status})`, code: 'INVALID' }] };
  const confirmed = (await client.mutate({ mutation: ConfirmAttachment, variables: { input: { id: created.attachment.id, expectedVersion: created.attachment.version } } })).data?.attachmentConfirm;
  return { errors: confirmed?.userErrors ?? [] };
};
