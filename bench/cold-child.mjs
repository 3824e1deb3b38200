// One cold start, in a fresh process: import a bundled handler (argv[2]) and invoke it once
// with the API Gateway event in BENCH_EVENT. Times come from performance.now(), whose origin
// is this process's start. Prints one JSON line, then exits (the SDK's keep-alive sockets
// would otherwise hold the process open).
import { pathToFileURL } from 'node:url';

const started = performance.now();
const mod = await import(pathToFileURL(process.argv[2]).href);
const imported = performance.now();
const event = JSON.parse(process.env.BENCH_EVENT ?? '{}');
const context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'graphql',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:000000000000:function:graphql',
  memoryLimitInMB: '1024',
  awsRequestId: `cold-${process.pid}`,
  logGroupName: 'bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};
const result = await mod.handler(event, context);
const answered = performance.now();
process.stdout.write(
  `${JSON.stringify({
    bootMs: started,
    importMs: imported - started,
    invokeMs: answered - imported,
    coldMs: answered - started,
    sinceProcessStartMs: answered,
    status: result.statusCode,
    body: String(result.body).slice(0, 300),
  })}\n`,
  () => process.exit(0),
);
