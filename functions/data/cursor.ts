import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidCursor } from './errors';

/**
 * The one cursor codec. A cursor is a position (a DynamoDB key, a sort key, a feed
 * number) sealed with AES-256-GCM under the deployment's cursor secret: a client can
 * neither read the keys inside nor forge one, and the list's name is the additional
 * data, so a cursor is honoured only by the list that gave it out.
 */
export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string | Buffer) {
    // Any secret length: the AES key is its SHA-256, domain-separated from other uses of the secret.
    this.key = createHash('sha256').update('ecosystem-graph cursor v1\n').update(secret).digest();
  }

  seal(list: string, position: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(list, 'utf8'));
    const body = Buffer.concat([cipher.update(JSON.stringify(position), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The position sealed for `list`; InvalidCursor for anything else (tampered, foreign, another list's). */
  open(list: string, cursor: string): unknown {
    const raw = Buffer.from(cursor, 'base64url');
    if (raw.length < 29 || raw.toString('base64url') !== cursor) throw new InvalidCursor();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(list, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      return JSON.parse(text) as unknown;
    } catch {
      throw new InvalidCursor();
    }
  }
}

/** One per process, so every Store of a process (the handler's, a test's) agrees. */
const processSecret = randomBytes(32);

/**
 * The cursor secret: CURSOR_SECRET when set (deployed: the stack's generated secret);
 * else `DATA_DIR/keys/cursor.key`, beside the local signing keys, created on first use;
 * else a random secret for this process (tests, one-shot scripts: cursors die with it).
 */
export const cursorSecretFromEnv = (env: NodeJS.ProcessEnv = process.env): string | Buffer => {
  if (env.CURSOR_SECRET) return env.CURSOR_SECRET;
  if (env.DATA_DIR) return localCursorSecret(env.DATA_DIR);
  return processSecret;
};

export const localCursorSecret = (dataDir: string): Buffer => {
  const file = path.join(dataDir, 'keys', 'cursor.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  const secret = randomBytes(32);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret.toString('base64url'), { mode: 0o600 });
  return secret;
};
