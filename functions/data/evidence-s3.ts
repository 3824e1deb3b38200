/**
 * The S3 evidence store, for deployments (the stack's evidence bucket: encrypted, versioned,
 * no public access). Uploads are presigned PUTs carrying `x-amz-checksum-sha256`, so S3
 * itself refuses bytes that do not match the registered hash; `exists` reads the object's
 * stored checksum back. The SDK modules are imported on first use: evidence is rare, and
 * the GraphQL function's cold start should not pay for S3.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { EvidenceStore, PresignedUpload, UploadRequest } from './evidence';

type S3Module = typeof import('@aws-sdk/client-s3');
type PresignerModule = typeof import('@aws-sdk/s3-request-presigner');

const toBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

export class S3EvidenceStore implements EvidenceStore {
  private modules: Promise<{ s3: S3Module; presigner: PresignerModule; client: S3Client }> | null = null;

  constructor(readonly options: { bucket: string; region: string; prefix?: string }) {}

  private key(sha256: string): string {
    return `${this.options.prefix ?? 'evidence/'}${sha256}`;
  }

  private sdk() {
    this.modules ??= (async () => {
      const [s3, presigner] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
      return { s3, presigner, client: new s3.S3Client({ region: this.options.region }) };
    })();
    return this.modules;
  }

  async presignUpload(file: UploadRequest, expiresInSeconds = 900): Promise<PresignedUpload> {
    const { s3, presigner, client } = await this.sdk();
    const checksum = toBase64(file.sha256);
    const command = new s3.PutObjectCommand({
      Bucket: this.options.bucket,
      Key: this.key(file.sha256),
      ContentType: file.contentType,
      ContentLength: file.size,
      ChecksumSHA256: checksum,
    });
    const url = await presigner.getSignedUrl(client, command, {
      expiresIn: expiresInSeconds,
      signableHeaders: new Set(['content-type', 'content-length', 'x-amz-checksum-sha256']),
    });
    return {
      url,
      method: 'PUT',
      headers: { 'content-type': file.contentType, 'x-amz-checksum-sha256': checksum },
      expiresAt: new Date(Date.now() + expiresInSeconds * 1000).toISOString(),
    };
  }

  async exists(sha256: string): Promise<boolean> {
    const { s3, client } = await this.sdk();
    try {
      const head = await client.send(new s3.HeadObjectCommand({ Bucket: this.options.bucket, Key: this.key(sha256), ChecksumMode: 'ENABLED' }));
      return head.ChecksumSHA256 === undefined || head.ChecksumSHA256 === toBase64(sha256);
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async downloadUrl(sha256: string, fileName: string, contentType: string): Promise<string> {
    const { s3, presigner, client } = await this.sdk();
    const command = new s3.GetObjectCommand({
      Bucket: this.options.bucket,
      Key: this.key(sha256),
      ResponseContentType: contentType,
      ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
    return presigner.getSignedUrl(client, command, { expiresIn: 300 });
  }
}
