/**
 * `npx tsx bench/memory.ts`: the GraphQL handler's memory in one warm container — RSS and
 * heap after the bench's query set has run 100 times — to choose the Lambda's memory size.
 * (Lambda gives CPU in proportion to memory; the measured need sets the floor, CPU the rest.)
 */
import { createHandler } from '../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../test/helpers/events';
import { benchQueries } from './queries';
import { startWorld } from './setup';

const world = await startWorld();
try {
  const handler = createHandler({ ...process.env, ...world.env });
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  const before = process.memoryUsage();
  let peak = before.rss;
  for (let round = 0; round < 100; round++) {
    for (const q of benchQueries) {
      const headers: Record<string, string> = q.caller ? { Authorization: `Bearer ${await world.token(q.caller)}` } : {};
      await handler(graphqlEvent({ query: q.query, variables: q.variables }, headers), lambdaContext());
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  const after = process.memoryUsage();
  console.log(
    `memory: rss before ${mb(before.rss)} MB, after ${mb(after.rss)} MB, peak ${mb(peak)} MB; heap used ${mb(after.heapUsed)} MB of ${mb(after.heapTotal)} MB ` +
      `(${benchQueries.length} queries × 100; includes tsx and the test harness, so a bundled Lambda uses less)`,
  );
} finally {
  await world.close();
}
