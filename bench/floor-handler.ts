/**
 * The cold-start floor (issue 19): the least a GraphQL API on Lambda over DynamoDB can load —
 * `@apollo/server`, its Lambda integration and the DynamoDB client (the document client, as
 * ours uses), each imported once, the client built at load the way ours builds its own.
 * It answers `{ __typename }`; its one data field keeps the client in the bundle.
 * Bundled with the same esbuild options as the real handler (bench/bundle.ts), resolve
 * rules included, so it carries one copy of each package too.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const endpoint = process.env.DYNAMODB_ENDPOINT;
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'ap-southeast-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }),
);
const table = `${process.env.TABLE_PREFIX ?? 'ecosystem-graph'}-Records`;

const server = new ApolloServer({
  typeDefs: 'type Query { record(pk: String!): String }',
  resolvers: {
    Query: {
      record: async (_: unknown, { pk }: { pk: string }) => {
        const out = await client.send(new GetCommand({ TableName: table, Key: { pk, sk: 'R' } }));
        return out.Item ? JSON.stringify(out.Item) : null;
      },
    },
  },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler());
