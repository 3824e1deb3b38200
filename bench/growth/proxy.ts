/**
 * A counting proxy in front of dynalite: what the database was asked, seen from outside the
 * code under test, so the count does not depend on the data layer's own meter (nor on every
 * call asking for ReturnConsumedCapacity: the proxy asks it on every read). Per request it
 * keeps the operation, the read units, the items read (a Query's ScannedCount, a GetItem's
 * item, a BatchGetItem's responses) and its round trip — one more than the deepest request
 * answered before it was sent, the rule of functions/data/meter.ts.
 * Requests are attributed to whatever window `measure` has open, so measure one thing at a time.
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan']);

export interface ProxyReading {
  readonly requests: Readonly<Record<string, number>>;
  readonly total: number;
  readonly roundTrips: number;
  readonly rcu: number;
  readonly itemsRead: number;
}

class Window {
  requests: Record<string, number> = {};
  total = 0;
  roundTrips = 0;
  deepest = 0;
  rcu = 0;
  itemsRead = 0;

  read(): ProxyReading {
    return { requests: { ...this.requests }, total: this.total, roundTrips: this.roundTrips, rcu: Math.round(this.rcu * 10) / 10, itemsRead: this.itemsRead };
  }
}

type Capacity = { CapacityUnits?: number };
const capacityOf = (body: { ConsumedCapacity?: Capacity | Capacity[] }): number => {
  const c = body.ConsumedCapacity;
  return (Array.isArray(c) ? c : c ? [c] : []).reduce((sum, x) => sum + (x.CapacityUnits ?? 0), 0);
};

const itemsOf = (operation: string, body: Record<string, unknown>): number => {
  if (operation === 'Query' || operation === 'Scan') return Number(body.ScannedCount ?? 0);
  if (operation === 'GetItem') return body.Item ? 1 : 0;
  if (operation === 'BatchGetItem') return Object.values((body.Responses ?? {}) as Record<string, unknown[]>).reduce((n, items) => n + items.length, 0);
  return 0;
};

const readBody = (stream: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

export interface CountingProxy {
  readonly endpoint: string;
  measure<T>(fn: () => Promise<T>): Promise<{ result: T; reading: ProxyReading }>;
  close(): Promise<void>;
}

export const startProxy = async (upstream: string): Promise<CountingProxy> => {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let window: Window | null = null;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? 'Unknown';
      let body = raw;
      if (READS.has(operation)) {
        const input = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        input.ReturnConsumedCapacity ??= 'TOTAL';
        body = Buffer.from(JSON.stringify(input), 'utf8');
      }
      const w = window;
      const depth = w ? w.deepest + 1 : 0;
      if (w) {
        w.requests[operation] = (w.requests[operation] ?? 0) + 1;
        w.total += 1;
        w.roundTrips = Math.max(w.roundTrips, depth);
      }
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      delete headers['accept-encoding'];
      const upstreamRes = await new Promise<IncomingMessage>((resolve, reject) => {
        const out = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent }, resolve);
        out.on('error', reject);
        out.end(body);
      });
      const answer = await readBody(upstreamRes);
      if (w) {
        w.deepest = Math.max(w.deepest, depth);
        if (upstreamRes.statusCode === 200 && READS.has(operation)) {
          const parsed = JSON.parse(answer.toString('utf8')) as Record<string, unknown>;
          w.rcu += capacityOf(parsed);
          w.itemsRead += itemsOf(operation, parsed);
        }
      }
      res.writeHead(upstreamRes.statusCode ?? 500, { ...upstreamRes.headers, 'content-length': String(answer.length) });
      res.end(answer);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalFailure', message: String(error) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    async measure(fn) {
      if (window) throw new Error('one measurement at a time');
      const w = new Window();
      window = w;
      try {
        const result = await fn();
        return { result, reading: w.read() };
      } finally {
        window = null;
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
