/**
 * EcosystemGraphStack: the tables of the table spec, the GraphQL function and its REST API,
 * the Cognito user pool, the WAF, the evidence bucket and the alarms.
 * Handlers are known only by entry path; the one runtime module imported is the table spec.
 */
import { fileURLToPath } from 'node:url';
import { CfnOutput, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { StackConfig } from './config';
import { Alarms } from './constructs/alarms';
import { ConsoleSite } from './constructs/console-site';
import { Auth } from './constructs/auth';
import { EvidenceBucket } from './constructs/evidence-bucket';
import { Explorer } from './constructs/explorer';
import { GraphqlApi } from './constructs/graphql-api';
import { Jobs } from './constructs/jobs';
import { Tables } from './constructs/tables';
import { Waf } from './constructs/waf';
import { acknowledgeNagFindings } from './nag';

/** Repository root: holds package-lock.json, node_modules and functions/. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const GRAPHQL_ENTRY = `${PROJECT_ROOT}/functions/graphql/handler.ts`;
const EXPLORER_ENTRY = `${PROJECT_ROOT}/functions/explorer/handler.ts`;
export const REMINDERS_ENTRY = `${PROJECT_ROOT}/functions/jobs/reminders.ts`;

export interface EcosystemGraphStackProps extends StackProps {
  readonly config: StackConfig;
  /** Handler entry; defaults to functions/graphql/handler.ts. Tests may point elsewhere. */
  readonly graphqlEntry?: string;
  /** Acknowledge the cdk-nag findings of infra/nag.ts (default). Tests turn it off to see them all. */
  readonly nagAcknowledgements?: boolean;
}

export class EcosystemGraphStack extends Stack {
  readonly config: StackConfig;
  readonly tables: Tables;
  readonly graphql: GraphqlApi;
  readonly auth: Auth;
  readonly evidence: EvidenceBucket;
  readonly waf: Waf;
  readonly alarms: Alarms;
  readonly explorer: Explorer;
  /** The console (web/) behind CloudFront; absent with `-c console=off`. */
  readonly site: ConsoleSite | undefined;
  /** The daily reminders job; absent with `-c reminders=off` (see infra/constructs/jobs.ts). */
  readonly jobs: Jobs | undefined;

  constructor(scope: Construct, id: string, props: EcosystemGraphStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;
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

    this.evidence = new EvidenceBucket(this, 'Evidence', { accessLogDays: config.logRetentionDays, ...(key ? { encryptionKey: key } : {}) });
    this.auth = new Auth(this, 'Auth', { config });

    // Seals list cursors (functions/data/cursor.ts): generated once, kept across deploys so
    // cursors outlive containers; the template holds only a dynamic reference, never the value.
    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: `Ecosystem Graph ${config.stage}: key that seals list cursors`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      ...(key ? { encryptionKey: key } : {}),
    });

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
      environment: {
        ...this.auth.environment,
        EVIDENCE_BUCKET: this.evidence.bucket.bucketName,
        CURSOR_SECRET: cursorSecret.secretValue.unsafeUnwrap(),
      },
    });
    this.auth.grantAccountAdministration(this.graphql.fn);
    // The API may add and read evidence, not delete it: a put over an existing key keeps the old version.
    this.evidence.bucket.grantRead(this.graphql.fn);
    this.evidence.bucket.grantPut(this.graphql.fn);
    new CfnOutput(this, 'EvidenceBucketName', { value: this.evidence.bucket.bucketName });

    this.explorer = new Explorer(this, 'Explorer', {
      config,
      api: this.graphql.api,
      entry: EXPLORER_ENTRY,
      projectRoot: PROJECT_ROOT,
    });

    const consoleContext = this.node.tryGetContext('console');
    this.site = !(consoleContext === false || consoleContext === 'off' || consoleContext === 'false')
      ? new ConsoleSite(this, 'Console', { config, api: this.graphql.api, projectRoot: PROJECT_ROOT, accessLogs: this.evidence.accessLogs })
      : undefined;

    // The daily reminders job is part of the service (both plans require periodic reporting);
    // `-c reminders=off` leaves it out.
    const reminders = this.node.tryGetContext('reminders');
    this.jobs = !(reminders === false || reminders === 'off' || reminders === 'false') ? new Jobs(this, 'Jobs', {
      config,
      remindersEntry: REMINDERS_ENTRY,
      projectRoot: PROJECT_ROOT,
      tables: { records: this.tables.get('Records'), audit: this.tables.get('Audit'), control: this.tables.get('Control') },
      ...(key ? { encryptionKey: key } : {}),
    }) : undefined;

    this.waf = new Waf(this, 'Waf', { config, stage: this.graphql.stage });

    this.alarms = new Alarms(this, 'Alarms', {
      config,
      fn: this.graphql.fn,
      stage: this.graphql.stage,
      tables: this.tables.all.map(({ spec, table }) => ({ id: spec.id, table })),
    });

    if (props.nagAcknowledgements !== false) acknowledgeNagFindings(this);
  }
}
