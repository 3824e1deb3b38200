/**
 * EcosystemGraphStack: the tables of the table spec, the GraphQL function and its REST API.
 * Handlers are known only by entry path; the one runtime module imported is the table spec.
 */
import { fileURLToPath } from 'node:url';
import { RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { StackConfig } from './config';
import { GraphqlApi } from './constructs/graphql-api';
import { Tables } from './constructs/tables';

/** Repository root: holds package-lock.json, node_modules and functions/. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const GRAPHQL_ENTRY = `${PROJECT_ROOT}/functions/graphql/handler.ts`;

export interface EcosystemGraphStackProps extends StackProps {
  readonly config: StackConfig;
  /** Handler entry; defaults to functions/graphql/handler.ts. Tests may point elsewhere. */
  readonly graphqlEntry?: string;
}

export class EcosystemGraphStack extends Stack {
  readonly tables: Tables;
  readonly graphql: GraphqlApi;

  constructor(scope: Construct, id: string, props: EcosystemGraphStackProps) {
    super(scope, id, props);
    const { config } = props;
    Tags.of(this).add('app', 'ecosystem-graph');
    Tags.of(this).add('stage', config.stage);

    const key = config.cmk
      ? new Key(this, 'DataKey', {
          description: `Ecosystem Graph ${config.stage}: tables and evidence`,
          enableKeyRotation: true,
          removalPolicy: RemovalPolicy.RETAIN,
        })
      : undefined;

    this.tables = new Tables(this, 'Tables', { prefix: config.stackName, ...(key ? { encryptionKey: key } : {}) });

    this.graphql = new GraphqlApi(this, 'Graphql', {
      config,
      entry: props.graphqlEntry ?? GRAPHQL_ENTRY,
      projectRoot: PROJECT_ROOT,
      tables: [
        { table: this.tables.get('Records'), access: 'readWrite' },
        { table: this.tables.get('Audit'), access: 'readAppend' },
        { table: this.tables.get('Control'), access: 'readWrite' },
      ],
      ...(key ? { encryptionKey: key } : {}),
    });
  }
}
