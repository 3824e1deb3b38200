/**
 * The bench's dynalite, in its own process so the load generator, the API under test and
 * the database do not share one event loop. In memory; prints one JSON line with its
 * endpoint, then serves until its parent ends it (or its stdin closes).
 */
import { startLocalDynamo } from '../functions/data/local-emulator';

const dynamo = await startLocalDynamo();
process.stdout.write(`${JSON.stringify({ endpoint: dynamo.endpoint })}\n`);
const stop = () => void dynamo.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
