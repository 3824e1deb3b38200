/**
 * The warm-latency server, bundled by the bench like a Lambda and run with plain Node:
 *   POST /graphql        → the real GraphQL handler bundle (BENCH_HANDLER_BUNDLE), called with
 *                          an API Gateway proxy event as Lambda would, one container, warm;
 *   POST /floor/<query>  → the same query's minimal DynamoDB requests (bench/floor.ts), no GraphQL.
 * Both over the same dynalite (DYNAMODB_ENDPOINT). Listens on 127.0.0.1; prints {"port"}.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { graphqlEvent, lambdaContext } from '../test/helpers/events';
import { createFloorClient, FloorRun, floors } from './floor';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

const { handler } = (await import(pathToFileURL(process.env.BENCH_HANDLER_BUNDLE ?? '').href)) as { handler: Handler };
const floorClient = createFloorClient(process.env.DYNAMODB_ENDPOINT ?? '');
const prefix = process.env.TABLE_PREFIX ?? 'bench';

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** The API Gateway event and Lambda context of the test helpers, with this request's body and headers. */
const event = (req: IncomingMessage, body: string): APIGatewayProxyEvent => {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
  return { ...graphqlEvent({}), body, headers };
};

const context = (): Context => lambdaContext();

const server = createServer((req, res) => {
  void (async () => {
    const body = await readBody(req);
    const url = req.url ?? '/';
    if (url === '/graphql') {
      const result = await handler(event(req, body), context());
      res.writeHead(result.statusCode, { 'content-type': 'application/json', ...(result.headers as Record<string, string> | undefined) }).end(result.body);
      return;
    }
    const floor = /^\/floor\/(\w+)$/.exec(url);
    if (floor && floors[floor[1]!]) {
      const { variables = {}, anonymous = true } = JSON.parse(body || '{}') as { variables?: Record<string, unknown>; anonymous?: boolean };
      const run = new FloorRun(floorClient, prefix);
      const data = await floors[floor[1]!]!(run, variables, anonymous);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data, meter: run.reading() }));
      return;
    }
    res.writeHead(404).end();
  })().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    if (!res.headersSent) res.writeHead(500).end(JSON.stringify({ error: String(error) }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
