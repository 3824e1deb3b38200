import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature V4 query-string presigning for S3, in ~50 lines of node:crypto, so the
 * GraphQL function does not carry the S3 client (≈ 200 KB) into every cold start for
 * the rare evidence upload. Checked against the SDK's own presigner in the unit tests.
 */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

export interface PresignInput {
  readonly method: 'GET' | 'PUT' | 'HEAD';
  readonly bucket: string;
  readonly region: string;
  readonly key: string;
  readonly expiresInSeconds: number;
  readonly credentials: S3Credentials;
  /** Extra query parameters, signed (x-amz-checksum-sha256, response-content-type …). */
  readonly query?: Readonly<Record<string, string>>;
  /** Headers the client must send, signed (content-type, content-length …); `host` is added. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly now?: Date;
}

/** RFC 3986 encoding, as SigV4 wants it. */
const encode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

export const presignS3Url = (input: PresignInput): string => {
  const now = input.now ?? new Date();
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const dateStamp = amzDate.slice(0, 8);
  const host = `${input.bucket}.s3.${input.region}.amazonaws.com`;
  const scope = `${dateStamp}/${input.region}/s3/aws4_request`;
  const headers: Record<string, string> = { host };
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = String(value).trim();
  const signedHeaders = Object.keys(headers).sort().join(';');
  const query: Record<string, string> = {
    ...input.query,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD',
    'X-Amz-Credential': `${input.credentials.accessKeyId}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(input.expiresInSeconds),
    ...(input.credentials.sessionToken ? { 'X-Amz-Security-Token': input.credentials.sessionToken } : {}),
    'X-Amz-SignedHeaders': signedHeaders,
  };
  const canonicalQuery = Object.keys(query)
    .map((k) => [encode(k), encode(query[k]!)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const path = `/${input.key.split('/').map(encode).join('/')}`;
  const canonicalHeaders = Object.keys(headers)
    .sort()
    .map((name) => `${name}:${headers[name]}\n`)
    .join('');
  const canonicalRequest = [input.method, path, canonicalQuery, canonicalHeaders, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.credentials.secretAccessKey}`, dateStamp), input.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `https://${host}${path}?${canonicalQuery}&X-Amz-Signature=${signature}`;
};

/** Lambda's credentials come from its environment (the function's role). */
export const credentialsFromEnv = (env: NodeJS.ProcessEnv = process.env): S3Credentials => {
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) throw new Error('No AWS credentials in the environment');
  return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN };
};
