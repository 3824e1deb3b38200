/**
 * Evidence files (minh chứng): the storage behind attachments. The API never receives the
 * bytes: it registers an attachment and hands out a presigned, short-lived upload URL; the
 * client PUTs the file there; `exists` checks it arrived with its SHA-256. Files are named
 * by that hash, so the same file uploaded twice is stored once.
 *
 *  - Deployed (EVIDENCE_BUCKET set): S3 with presigned PUTs checked by SHA-256 (evidence-s3.ts).
 *  - Locally: files under DATA_DIR/evidence, uploaded to the local server at
 *    /uploads/<sha256>?… (an HMAC-signed URL) and served at /files/<sha256>
 *    (evidence-local.ts).
 */
import path from 'node:path';
import { LocalEvidenceStore } from './evidence-local';
import { S3EvidenceStore } from './evidence-s3';

export interface UploadRequest {
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
}

export interface PresignedUpload {
  readonly url: string;
  readonly method: 'PUT';
  /** Headers the upload must carry exactly. */
  readonly headers: Readonly<Record<string, string>>;
  readonly expiresAt: string;
}

export interface EvidenceStore {
  /** A URL the client PUTs the file to; refused unless the bytes match size, type and hash. */
  presignUpload(file: UploadRequest, expiresInSeconds?: number): Promise<PresignedUpload>;
  /** True when a file with this SHA-256 is stored (and, where the store can tell, its hash verified). */
  exists(sha256: string): Promise<boolean>;
  /** A URL to read the file (short-lived when deployed). */
  downloadUrl(sha256: string, fileName: string, contentType: string): Promise<string>;
}

export const UPLOAD_TTL_SECONDS = 15 * 60;

let cached: { key: string; store: EvidenceStore } | null = null;

/** The store for this process, from its environment (EVIDENCE_BUCKET, else DATA_DIR / EVIDENCE_DIR). */
export const evidenceStoreFromEnv = (env: NodeJS.ProcessEnv = process.env): EvidenceStore => {
  const bucket = env.EVIDENCE_BUCKET;
  const dir = path.resolve(env.EVIDENCE_DIR ?? path.join(env.DATA_DIR ?? '.data', 'evidence'));
  const baseUrl = (env.EVIDENCE_BASE_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, '');
  const key = bucket ? `s3:${bucket}` : `local:${dir}|${baseUrl}`;
  if (cached?.key !== key) {
    cached = {
      key,
      store: bucket
        ? new S3EvidenceStore({ bucket, region: env.AWS_REGION ?? 'ap-southeast-1' })
        : new LocalEvidenceStore({ dir, baseUrl, ...(env.EVIDENCE_SECRET ? { secret: env.EVIDENCE_SECRET } : {}) }),
    };
  }
  return cached.store;
};
