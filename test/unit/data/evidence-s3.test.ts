import { describe, expect, it } from 'vitest';
import { S3EvidenceStore } from '../../../functions/data/evidence-s3';

/** The S3 store presigns locally (no network): the URL names the bucket, the hash key and the checksum header. */
describe('S3EvidenceStore.presignUpload', () => {
  it("presigns a PUT bound to the file's SHA-256, size and type", async () => {
    // Prepare
    process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'example-secret';
    const store = new S3EvidenceStore({ bucket: 'evidence-bucket', region: 'ap-southeast-1' });
    const sha256 = 'a'.repeat(64);
    // Act
    const upload = await store.presignUpload({ sha256, size: 1234, contentType: 'application/pdf', fileName: 'bien-ban.pdf' } as never);
    // Assess
    const url = new URL(upload.url);
    expect(url.hostname).toContain('evidence-bucket');
    expect(url.pathname).toBe(`/evidence/${sha256}`);
    // The checksum is part of the signed URL itself: S3 refuses bytes with another SHA-256.
    expect(url.searchParams.get('x-amz-checksum-sha256')).toBe(Buffer.from(sha256, 'hex').toString('base64'));
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-type');
    expect(upload.method).toBe('PUT');
    expect(upload.headers['x-amz-checksum-sha256']).toBe(Buffer.from(sha256, 'hex').toString('base64'));
  });
});
