/**
 * The local evidence store: files under a folder, named by SHA-256, uploaded through an
 * HMAC-signed URL of the local server (`PUT /uploads/<sha256>?size&type&expires&sig`) and
 * served at `GET /files/<sha256>?expires&sig`. The upload signature binds hash, size, type and
 * expiry, so a URL cannot be reused for another file; the server hashes what arrives and keeps
 * it only if it matches. Downloads are signed and expire like S3's presigned GETs (5 minutes):
 * knowing a file's hash is not enough to read it.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { EvidenceStore, PresignedUpload, UploadRequest } from './evidence';

const MAX_BYTES = 10 * 1024 * 1024;
const HASH = /^[0-9a-f]{64}$/;
const DOWNLOAD_TTL_SECONDS = 300;

export interface LocalEvidenceOptions {
  readonly dir: string;
  /** Where the local server answers, e.g. http://localhost:4000. */
  readonly baseUrl: string;
  /** HMAC key; a random one per process when omitted (URLs then die with the process). */
  readonly secret?: string;
}

export class LocalEvidenceStore implements EvidenceStore {
  private readonly secret: Buffer;

  constructor(readonly options: LocalEvidenceOptions) {
    this.secret = options.secret ? Buffer.from(options.secret, 'utf8') : randomBytes(32);
  }

  private sign(sha256: string, size: number, contentType: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`PUT\n${sha256}\n${size}\n${contentType}\n${expires}`).digest('base64url');
  }

  private signDownload(sha256: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`GET\n${sha256}\n${expires}`).digest('base64url');
  }

  private file(sha256: string): string {
    return path.join(this.options.dir, sha256);
  }

  async presignUpload(file: UploadRequest, expiresInSeconds = 900): Promise<PresignedUpload> {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const query = new URLSearchParams({
      size: String(file.size),
      type: file.contentType,
      expires: String(expires),
      sig: this.sign(file.sha256, file.size, file.contentType, expires),
    });
    return {
      url: `${this.options.baseUrl}/uploads/${file.sha256}?${query.toString()}`,
      method: 'PUT',
      headers: { 'content-type': file.contentType },
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  async exists(sha256: string): Promise<boolean> {
    return HASH.test(sha256) && existsSync(this.file(sha256));
  }

  /** A signed GET that expires, as S3's is (a negative lifetime makes one already expired, for tests). */
  async downloadUrl(sha256: string, _fileName?: string, _contentType?: string, expiresInSeconds = DOWNLOAD_TTL_SECONDS): Promise<string> {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    return `${this.options.baseUrl}/files/${sha256}?${new URLSearchParams({ expires: String(expires), sig: this.signDownload(sha256, expires) }).toString()}`;
  }

  /**
   * The local server's routes for evidence: answers and returns true for `/uploads/…` and
   * `/files/…`, returns false for anything else.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const upload = /^\/uploads\/([0-9a-f]{64})$/.exec(url.pathname);
    if (upload && req.method === 'PUT') {
      void this.receive(upload[1]!, url.searchParams, req, res);
      return true;
    }
    const download = /^\/files\/([0-9a-f]{64})$/.exec(url.pathname);
    if (download && (req.method === 'GET' || req.method === 'HEAD')) {
      this.serve(download[1]!, url.searchParams, req, res);
      return true;
    }
    return false;
  }

  private refuse(res: ServerResponse, status: number, message: string): void {
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end(message);
  }

  private async receive(sha256: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const size = Number(query.get('size'));
    const type = query.get('type') ?? '';
    const expires = Number(query.get('expires'));
    const sig = query.get('sig') ?? '';
    const expected = Buffer.from(this.sign(sha256, size, type, expires));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return this.refuse(res, 403, 'Bad signature');
    if (!(expires * 1000 > Date.now())) return this.refuse(res, 403, 'This upload URL has expired');
    if ((req.headers['content-type'] ?? '').split(';')[0]!.trim() !== type) return this.refuse(res, 400, `Content-Type must be ${type}`);
    const declared = req.headers['content-length'] ? Number(req.headers['content-length']) : null;
    if (declared !== null && declared !== size) return this.refuse(res, 400, `Content-Length must be ${size}`);
    if (size > MAX_BYTES) return this.refuse(res, 413, 'Over 10 MB');

    mkdirSync(this.options.dir, { recursive: true });
    const temp = `${this.file(sha256)}.${randomBytes(6).toString('hex')}.part`;
    const out = createWriteStream(temp);
    const hash = createHash('sha256');
    let received = 0;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > size) throw new Error('too large');
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    } catch {
      out.destroy();
      rmSync(temp, { force: true });
      return this.refuse(res, 413, `More than the ${size} bytes declared`);
    }
    if (received !== size || hash.digest('hex') !== sha256) {
      rmSync(temp, { force: true });
      return this.refuse(res, 400, 'The bytes do not match the declared size and SHA-256');
    }
    renameSync(temp, this.file(sha256));
    writeFileSync(`${this.file(sha256)}.type`, type);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('stored');
  }

  private serve(sha256: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
    const expires = Number(query.get('expires'));
    const expected = Buffer.from(this.signDownload(sha256, expires));
    const given = Buffer.from(query.get('sig') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return this.refuse(res, 403, 'Bad or missing signature');
    if (!(expires * 1000 > Date.now())) return this.refuse(res, 403, 'This download URL has expired');
    const file = this.file(sha256);
    if (!existsSync(file)) return this.refuse(res, 404, 'No such file');
    const typeFile = `${file}.type`;
    const type = existsSync(typeFile) ? readFileSync(typeFile, 'utf8') : 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'content-disposition': 'attachment',
      'cache-control': 'private, max-age=300',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }
}
