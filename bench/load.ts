import { Agent, request } from 'node:http';

/**
 * A closed-loop load generator over loopback: `clients` concurrent clients on kept-alive
 * connections, each sending its next request as soon as its last one is answered, until
 * `count` requests are done. Latency is client-side, from send to the last byte.
 */
export interface Target {
  readonly port: number;
  readonly path: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

export const createAgent = (clients: number): Agent => new Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });

export const send = (agent: Agent, target: Target): Promise<{ status: number; body: string; ms: number }> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });

/** Runs `count` requests with `clients` in flight; returns each one's latency in ms. Any non-200 fails the run. */
export const load = async (agent: Agent, target: Target, clients: number, count: number): Promise<number[]> => {
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      next += 1;
      const { status, body, ms } = await send(agent, target);
      if (status !== 200) throw new Error(`${target.path} answered ${status}: ${body.slice(0, 300)}`);
      latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return latencies;
};

/** Nearest-rank percentile. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const median = (values: readonly number[]): number => percentile(values, 50);
