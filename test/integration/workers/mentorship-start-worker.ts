/**
 * A separate process for the mentor-capacity test: the real Lambda handler against the
 * same dynalite, firing one mentorshipStart per startup in STARTUP_IDS all at once, and
 * printing the payloads as one JSON array. Environment: the harness's env, TOKEN,
 * MENTOR_ID, STARTUP_IDS (comma-separated global IDs).
 */
import { createHandler } from '../../../functions/graphql/handler';
import { graphqlEvent, lambdaContext } from '../../helpers/events';

const handler = createHandler(process.env);
const query = `mutation($input: MentorshipStartInput!) { mentorshipStart(input: $input) { mentorship { id } userErrors { code } } }`;
const startups = (process.env.STARTUP_IDS ?? '').split(',').filter(Boolean);
const results = await Promise.all(
  startups.map(async (startup) => {
    const event = graphqlEvent(
      { query, variables: { input: { startup, mentor: process.env.MENTOR_ID, from: '2026-03-01' } } },
      { Authorization: `Bearer ${process.env.TOKEN}` },
    );
    const result = (await handler(event, lambdaContext())) as { body: string };
    const body = JSON.parse(result.body) as { data?: { mentorshipStart: unknown }; errors?: unknown };
    return body.data?.mentorshipStart ?? { errors: body.errors };
  }),
);
process.stdout.write(JSON.stringify(results));
