/**
 * A writer process for the change-feed test: the real Lambda handler against the
 * harness's dynalite. For ROUNDS rounds it creates a startup, updates it, fires
 * CONTENDERS concurrent updates of the shared startup SHARED_ID with the version it
 * read (all but one lose, and their change numbers are lost: holes in the feed), and
 * deletes its own startup every other round. Prints its counts as JSON.
 * Environment: the harness's env, TOKEN, SHARED_ID, ROUNDS, CONTENDERS, LABEL.
 */
import { createHandler } from '../../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../../helpers/events';

const handler = createHandler(process.env);
const gql = async (query: string, variables: Record<string, unknown>) => {
  const result = (await handler(graphqlEvent({ query, variables }, { Authorization: `Bearer ${process.env.TOKEN}` }), lambdaContext())) as { body: string };
  const body = JSON.parse(result.body) as { data?: Record<string, { startup?: { id: string; version: number } | null; userErrors: { code: string }[] }>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data!)[0]!;
};
const CREATE = `mutation($input: StartupCreateInput!) { startupCreate(input: $input) { startup { id version } userErrors { code } } }`;
const UPDATE = `mutation($input: StartupUpdateInput!) { startupUpdate(input: $input) { startup { id version } userErrors { code } } }`;
const DELETE = `mutation($input: WorkflowInput!) { startupDelete(input: $input) { userErrors { code } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Startup { id version } } }`;

const label = process.env.LABEL ?? 'W';
const counts = { created: 0, updated: 0, deleted: 0, sharedWon: 0, sharedLost: 0 };
for (let round = 0; round < Number(process.env.ROUNDS ?? 10); round += 1) {
  const created = await gql(CREATE, { input: { jurisdiction: '04', name: `${label} ${round}`, stage: 'PROJECT', founders: [{ name: `Founder ${label}${round}`, phone: '0900000000', woman: true, youth: false }] } });
  counts.created += 1;
  const own = created.startup!;
  const updated = await gql(UPDATE, { input: { id: own.id, expectedVersion: own.version, description: `round ${round}` } });
  counts.updated += 1;
  const read = (await (async () => {
    const result = (await handler(graphqlEvent({ query: READ, variables: { id: process.env.SHARED_ID } }), lambdaContext())) as { body: string };
    return (JSON.parse(result.body) as { data: { node: { version: number } } }).data.node;
  })());
  const contenders = await Promise.all(
    Array.from({ length: Number(process.env.CONTENDERS ?? 3) }, (_, i) =>
      gql(UPDATE, { input: { id: process.env.SHARED_ID, expectedVersion: read.version, description: `${label} ${round}.${i}` } }),
    ),
  );
  for (const c of contenders) {
    if (c.userErrors.length) counts.sharedLost += 1;
    else counts.sharedWon += 1;
  }
  if (round % 2 === 1) {
    await gql(DELETE, { input: { id: own.id, expectedVersion: updated.startup!.version } });
    counts.deleted += 1;
  }
}
process.stdout.write(JSON.stringify(counts));
