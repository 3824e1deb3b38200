/**
 * The S3 evidence store, for deployments (the stack's evidence bucket: encrypted, versioned,
 * no public access). Uploads are presigned PUTs carrying `x-amz-checksum-sha256`, so S3
 * itself refuses bytes that do not match the registered hash; `exists` asks S3 for the
 * object's stored checksum with a presigned HEAD. URLs are signed with SigV4 by hand
 * (s3-presign.ts): no S3 client in the GraphQL function's bundle.
 */
import type { EvidenceStore, PresignedUpload, UploadRequest } from './evidence';
import { credentialsFromEnv, presignS3Url, type S3Credentials } from './s3-presign';

const toBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

export class S3EvidenceStore implements EvidenceStore {
  constructor(readonly options: { bucket: string; region: string; prefix?: string; credentials?: () => S3Credentials }) {}

  private key(sha256: string): string {
    return `${this.options.prefix ?? 'evidence/'}${sha256}`;
  }

  private sign(method: 'GET' | 'PUT' | 'HEAD', sha256: string, expiresInSeconds: number, extra: { query?: Record<string, string>; headers?: Record<string, string> } = {}) {
    return presignS3Url({
      method,
      bucket: this.options.bucket,
      region: this.options.region,
      key: this.key(sha256),
      expiresInSeconds,
      credentials: (this.options.credentials ?? credentialsFromEnv)(),
      ...extra,
    });
  }

  async presignUpload(file: UploadRequest, expiresInSeconds = 900): Promise<PresignedUpload> {
    const checksum = toBase64(file.sha256);
    const url = this.sign('PUT', file.sha256, expiresInSeconds, {
      query: { 'x-amz-checksum-sha256': checksum },
      headers: { 'content-type': file.contentType, 'content-length': String(file.size) },
    });
    return {
      url,
      method: 'PUT',
      headers: { 'content-type': file.contentType, 'x-amz-checksum-sha256': checksum },
      expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString(),
    };
  }

  async exists(sha256: string): Promise<boolean> {
    const response = await fetch(this.sign('HEAD', sha256, 60, { headers: { 'x-amz-checksum-mode': 'ENABLED' } }), {
      method: 'HEAD',
      headers: { 'x-amz-checksum-mode': 'ENABLED' },
    });
    if (response.status === 404 || response.status === 403) return false;
    if (!response.ok) throw new Error(`S3 answered ${response.status} for evidence ${sha256}`);
    const stored = response.headers.get('x-amz-checksum-sha256');
    return stored === null || stored === toBase64(sha256);
  }

  async downloadUrl(sha256: string, fileName: string, contentType: string): Promise<string> {
    return this.sign('GET', sha256, 300, {
      query: {
        'response-content-type': contentType,
        'response-content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      },
    });
  }
}
