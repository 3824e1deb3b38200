// The worker-thread entry of `startLocalDynamoThread` (local-emulator.ts): dynalite on its own
// event loop, so a request that reads thousands of items keeps the server's loop free for the
// next request. Plain JavaScript: a worker thread does not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';

if (!parentPort) throw new Error('dynalite-thread runs as a worker thread (startLocalDynamoThread)');
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(workerData?.path ? { path: workerData.path } : {}) });
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ endpoint: `http://127.0.0.1:${server.address().port}` }));
parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => parentPort.close());
});
