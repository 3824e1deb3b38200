import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { admitRequest, bodyTooLarge, malformedJson, type AdmissionDeps, type Refusal } from './admission';
import type { GraphQLContext } from './context';
import { createContext, type ContextDeps } from './server';

/**
 * Serves the Apollo server over plain Node http for the local server: the Lambda path,
 * minus API Gateway — the same admission before Apollo, the same refusals.
 */
export const graphqlHttpHandler =
  (server: ApolloServer<GraphQLContext>, deps: ContextDeps & AdmissionDeps & { readonly maxBodyBytes: number }) =>
  async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const refuse = (refusal: Refusal) => res.writeHead(refusal.status, { ...refusal.headers, 'x-request-id': requestId }).end(refusal.body);
    const read = await readBody(req, deps.maxBodyBytes);
    if (read.tooLarge) {
      // Answer before closing: the client reads a 413 with a JSON body, not a reset connection.
      res.setHeader('connection', 'close');
      refuse(bodyTooLarge(read.bytes, deps.maxBodyBytes)!);
      res.once('finish', () => req.destroy());
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const admitted = await admitRequest(deps, {
      authorization: headers.get('authorization'),
      apiKey: headers.get('x-api-key'),
      clientAddress: req.socket.remoteAddress,
      requestId,
    });
    if (!admitted.ok) return void refuse(admitted.refusal);
    let body: unknown = read.text;
    if (headers.get('content-type')?.startsWith('application/json') && read.text) {
      try {
        body = JSON.parse(read.text);
      } catch {
        return void refuse(malformedJson());
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(deps, admitted.caller, requestId),
    });
    const out: Record<string, string> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) out[key] = value;
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

/** The body as text, or how far it went past the limit (a declared length over it is refused unread). */
const readBody = (req: IncomingMessage, max: number): Promise<{ tooLarge: false; text: string } | { tooLarge: true; bytes: number }> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      req.resume();
      resolve({ tooLarge: true, bytes: declared });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.resume();
        resolve({ tooLarge: true, bytes: size });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ tooLarge: false, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
