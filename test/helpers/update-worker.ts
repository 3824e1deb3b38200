/**
 * A second process for concurrency tests: runs the real Lambda handler against the
 * same dynalite and fires COUNT concurrent planUpdate mutations at once, printing
 * the payloads as one JSON array. Environment: the harness's env, TOKEN, PLAN_ID,
 * EXPECTED_VERSION, COUNT, LABEL.
 */
import { createHandler } from '../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from './events';

const handler = createHandler(process.env);
const count = Number(process.env.COUNT ?? 10);
const query = `mutation($input: PlanUpdateInput!) { planUpdate(input: $input) { plan { version title } userErrors { code } } }`;
const results = await Promise.all(
  Array.from({ length: count }, async (_, i) => {
    const event = graphqlEvent(
      { query, variables: { input: { id: process.env.PLAN_ID, expectedVersion: Number(process.env.EXPECTED_VERSION), title: `${process.env.LABEL} #${i}` } } },
      { Authorization: `Bearer ${process.env.TOKEN}` },
    );
    const result = (await handler(event, lambdaContext())) as { body: string };
    return (JSON.parse(result.body) as { data: { planUpdate: unknown } }).data.planUpdate;
  }),
);
process.stdout.write(JSON.stringify(results));
