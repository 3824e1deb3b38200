/**
 * The GraphQL Lambda (bundled from its entry path by the local esbuild, ESM, arm64, Node 22)
 * behind an API Gateway REST API at `/graphql` (POST and GET, Lambda proxy).
 */
import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  Cors,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
  type Stage as ApiStage,
} from 'aws-cdk-lib/aws-apigateway';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';
import { nodeFunctionBase, stackLogGroup } from './functions';
import { esmBundling } from './bundling';

/**
 * DynamoDB actions by kind of access. No Scan (tenancy lives in the keys; a scan crosses
 * jurisdictions), no transactions (the design does not use them), no table management.
 */
export const DATA_ACTIONS = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'],
  write: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
  /** Append-only: the audit trail is immutable, so the function may add entries but not change or delete them. */
  append: ['dynamodb:PutItem'],
} as const;

type TableAccess = 'readWrite' | 'readAppend';

export interface GraphqlApiProps {
  readonly config: StackConfig;
  /** Absolute path of the handler module (exports `handler`). */
  readonly entry: string;
  /** Directory holding package-lock.json and node_modules. */
  readonly projectRoot: string;
  readonly tables: readonly { readonly table: ITable; readonly access: TableAccess }[];
  /** The CMK of the tables, when there is one: the function must use it. */
  readonly encryptionKey?: IKey;
  /** Extra environment (auth, bucket …) added by the stack. */
  readonly environment?: Record<string, string>;
}


export class GraphqlApi extends Construct {
  readonly fn: NodejsFunction;
  readonly api: RestApi;
  readonly stage: ApiStage;
  readonly url: string;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    const { config } = props;

    const logGroup = stackLogGroup(this, 'FunctionLogs', config);

    this.fn = new NodejsFunction(this, 'Function', {
      ...nodeFunctionBase(props.entry, props.projectRoot),
      memorySize: config.memoryMb,
      timeout: Duration.seconds(config.timeoutSeconds),
      description: `Ecosystem Graph GraphQL API (${config.stage})`,
      tracing: Tracing.ACTIVE,
      logGroup,
      ...(config.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: config.reservedConcurrency } : {}),
      environment: {
        TABLE_PREFIX: config.stackName,
        STAGE: config.stage,
        JURISDICTIONS: config.jurisdictions.join(','),
        EXPLORER: config.explorer ? 'on' : 'off',
        CORS_ORIGINS: config.corsOrigins.join(','),
        ...(config.pullSources ? { PULL_SOURCES: config.pullSources } : {}),
        POWERTOOLS_SERVICE_NAME: 'ecosystem-graph',
        // SDK v3 reuses connections by default; kept explicit so nobody has to wonder.
        AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1',
        // Only acts when the bundle carries a source map (context sourcemap=true).
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      // Introspection is off exactly where the schema ships without descriptions (functions/graphql/handler.ts).
      bundling: esmBundling({ sourceMap: config.sourcemap, leanSchema: config.stage === 'prod' && !config.explorer }),
    });

    for (const { table, access } of props.tables) grantTable(this.fn, table, access);
    props.encryptionKey?.grantEncryptDecrypt(this.fn);

    const accessLogs = stackLogGroup(this, 'AccessLogs', config);

    this.api = new RestApi(this, 'Api', {
      restApiName: `${config.stackName}-graphql`,
      description: `Ecosystem Graph GraphQL API (${config.stage})`,
      endpointTypes: [EndpointType.REGIONAL],
      // Access logs need the account-level API Gateway → CloudWatch role. It is shared by the
      // whole account and region, so it outlives this stack.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: config.stage,
        throttlingRateLimit: config.throttleRate,
        throttlingBurstLimit: config.throttleBurst,
        tracingEnabled: true,
        metricsEnabled: true,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        // Execution logs: errors only, and never request or response bodies (they hold tokens
        // and personal data).
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
      },
    });
    this.stage = this.api.deploymentStage;
    // API Gateway writes execution logs to this fixed name and would create it with no expiry;
    // made first, it gets the stack's retention.
    const executionLogs = stackLogGroup(this, 'ExecutionLogs', config, `API-Gateway-Execution-Logs_${this.api.restApiId}/${config.stage}`);
    this.stage.node.addDependency(executionLogs);

    const graphql = this.api.root.addResource(
      'graphql',
      config.corsOrigins.length > 0
        ? {
            defaultCorsPreflightOptions: {
              allowOrigins: [...config.corsOrigins],
              allowMethods: ['GET', 'POST', 'OPTIONS'],
              allowHeaders: [...Cors.DEFAULT_HEADERS, 'Apollo-Require-Preflight'],
              maxAge: Duration.hours(1),
            },
          }
        : {},
    );
    const integration = new LambdaIntegration(this.fn, { proxy: true, allowTestInvoke: false });
    graphql.addMethod('POST', integration);
    graphql.addMethod('GET', integration);

    this.url = this.api.urlForPath('/graphql');
    new CfnOutput(scope, 'GraphqlUrl', { value: this.url, description: 'POST GraphQL requests here' });
  }
}

/** Least privilege: only the actions the access needs, on the table and its indexes. */
function grantTable(grantee: IGrantable, table: ITable, access: TableAccess): void {
  const actions = access === 'readWrite' ? [...DATA_ACTIONS.read, ...DATA_ACTIONS.write] : [...DATA_ACTIONS.read, ...DATA_ACTIONS.append];
  // Table.grant covers the table ARN and, when the table has indexes, `<arn>/index/*`.
  table.grant(grantee, ...actions);
}
