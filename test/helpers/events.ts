import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** Factories for the Lambda events and context the GraphQL handler receives from API Gateway (REST). */
export const graphqlEvent = (body: unknown, headers: Record<string, string> = {}): APIGatewayProxyEvent => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
  multiValueHeaders: {},
  httpMethod: 'POST',
  isBase64Encoded: false,
  path: '/graphql',
  pathParameters: null,
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  stageVariables: null,
  resource: '/graphql',
  requestContext: {
    accountId: '000000000000',
    apiId: 'local',
    authorizer: null,
    protocol: 'HTTP/1.1',
    httpMethod: 'POST',
    identity: { sourceIp: '127.0.0.1' } as APIGatewayProxyEvent['requestContext']['identity'],
    path: '/graphql',
    stage: 'test',
    requestId: `req-${Math.random().toString(36).slice(2)}`,
    requestTimeEpoch: Date.now(),
    resourceId: 'graphql',
    resourcePath: '/graphql',
  },
});

export const lambdaContext = (): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'graphql',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:000000000000:function:graphql',
  memoryLimitInMB: '1024',
  awsRequestId: `aws-${Math.random().toString(36).slice(2)}`,
  logGroupName: 'local',
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});
