import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from './context';
import { admitRequest, createContext, type ContextDeps } from './server';

const MAX_BODY = 256 * 1024;

/** Serves the Apollo server over plain Node http for the local server: the Lambda path, minus API Gateway. */
export const graphqlHttpHandler =
  (server: ApolloServer<GraphQLContext>, deps: ContextDeps) => async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    let raw = '';
    try {
      raw = await readBody(req);
    } catch {
      res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `Request body over ${MAX_BODY} bytes` }] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if (headers.get('content-type')?.startsWith('application/json') && raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'The body is not valid JSON' }] }));
        return;
      }
    }
    const gate = await admitRequest(deps, {
      authorization: headers.get('authorization'),
      apiKey: headers.get('x-api-key'),
      clientAddress: req.socket.remoteAddress,
      requestId,
    });
    if (!gate.ok) {
      res.writeHead(gate.refusal.status, { ...gate.refusal.headers, 'x-request-id': requestId }).end(gate.refusal.body);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [result, refused] = await Promise.all([
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(deps, gate.caller, requestId),
      }),
      gate.check,
    ]);
    if (refused) {
      res.writeHead(refused.status, { ...refused.headers, 'x-request-id': requestId }).end(refused.body);
      return;
    }
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

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
