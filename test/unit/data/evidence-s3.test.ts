import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { S3EvidenceStore } from '../../../functions/data/evidence-s3';
import { presignS3Url } from '../../../functions/data/s3-presign';

/** The hand-written SigV4 presigner against the AWS SDK's own, and the S3 store's upload URL. */
const credentials = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret/key+x', sessionToken: 'tok/en+=' };
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('presignS3Url', () => {
  it('signs exactly as the AWS SDK presigner does', async () => {
    // Prepare
    const now = new Date('2026-11-22T10:00:00Z');
    const checksum = Buffer.from('a'.repeat(64), 'hex').toString('base64');
    const client = new S3Client({ region: 'ap-southeast-1', credentials });
    // Act
    const sdk = await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: 'evidence-bucket', Key: 'evidence/biên bản', ContentType: 'application/pdf', ContentLength: 1234, ChecksumSHA256: checksum }),
      { expiresIn: 900, signingDate: now, signableHeaders: new Set(['content-type', 'content-length']) },
    );
    const ours = presignS3Url({
      method: 'PUT',
      bucket: 'evidence-bucket',
      region: 'ap-southeast-1',
      key: 'evidence/biên bản',
      expiresInSeconds: 900,
      credentials,
      now,
      query: { 'x-amz-checksum-sha256': checksum, 'x-id': 'PutObject' },
      headers: { 'content-type': 'application/pdf', 'content-length': '1234' },
    });
    // Assess
    expect(new URL(ours).pathname).toBe(new URL(sdk).pathname);
    expect(params(ours)).toEqual(params(sdk));
  });
});

describe('S3EvidenceStore.presignUpload', () => {
  it("binds the upload to the file's SHA-256, size and type", async () => {
    // Prepare
    const store = new S3EvidenceStore({ bucket: 'evidence-bucket', region: 'ap-southeast-1', credentials: () => credentials });
    const sha256 = 'b'.repeat(64);
    // Act
    const upload = await store.presignUpload({ sha256, size: 1234, contentType: 'application/pdf', fileName: 'x.pdf' } as never);
    // Assess
    const url = new URL(upload.url);
    expect(url.hostname).toBe('evidence-bucket.s3.ap-southeast-1.amazonaws.com');
    expect(url.pathname).toBe(`/evidence/${sha256}`);
    expect(url.searchParams.get('x-amz-checksum-sha256')).toBe(Buffer.from(sha256, 'hex').toString('base64'));
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
  });
});
