/**
 * Scheduled jobs: the daily reminders Lambda (functions/jobs/reminders.ts) run by an
 * EventBridge rule at 01:00 UTC (08:00 in Viet Nam), with read/write on the tables.
 * Optional summary hook: context `reminderEmail=a@b.vn` creates an SNS topic with that
 * e-mail subscribed; `reminderTopicArn=arn:…` uses an existing topic; neither = none.
 * Part of the stack unless `-c reminders=off`.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';
import { nodeFunctionBase, stackLogGroup } from './functions';
import { esmBundling } from './bundling';
import { DATA_ACTIONS } from './graphql-api';

export interface JobsProps {
  readonly config: StackConfig;
  /** Absolute path of functions/jobs/reminders.ts. */
  readonly remindersEntry: string;
  readonly projectRoot: string;
  /** Records and Control (read/write), Audit (read/append). */
  readonly tables: { readonly records: ITable; readonly audit: ITable; readonly control: ITable };
  readonly encryptionKey?: IKey;
}


export class Jobs extends Construct {
  readonly reminders: NodejsFunction;
  readonly schedule: Rule;
  readonly topic: ITopic | undefined;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    const { config } = props;
    const email = this.node.tryGetContext('reminderEmail') as string | undefined;
    const topicArn = this.node.tryGetContext('reminderTopicArn') as string | undefined;
    if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`context reminderEmail=${JSON.stringify(email)}: expected an e-mail address`);
    if (topicArn) this.topic = Topic.fromTopicArn(this, 'ReminderTopic', topicArn);
    else if (email) {
      const topic = new Topic(this, 'ReminderTopic', { displayName: `Ecosystem Graph reminders (${config.stage})`, enforceSSL: true });
      topic.addSubscription(new EmailSubscription(email));
      this.topic = topic;
    }
    const logGroup = stackLogGroup(this, 'RemindersLogs', config);
    this.reminders = new NodejsFunction(this, 'Reminders', {
      ...nodeFunctionBase(props.remindersEntry, props.projectRoot),
      memorySize: 512,
      timeout: Duration.minutes(5),
      description: `Ecosystem Graph daily reminders (${config.stage})`,
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        TABLE_PREFIX: config.stackName,
        STAGE: config.stage,
        JURISDICTIONS: config.jurisdictions.join(','),
        ...(this.topic ? { REMINDER_TOPIC_ARN: this.topic.topicArn } : {}),
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: esmBundling({ sourceMap: config.sourcemap }),
    });
    const { records, audit, control } = props.tables;
    // Table.grant covers the table and its indexes; the audit trail is append-only here too.
    for (const table of [records, control]) table.grant(this.reminders, ...DATA_ACTIONS.read, ...DATA_ACTIONS.write);
    audit.grant(this.reminders, ...DATA_ACTIONS.read, ...DATA_ACTIONS.append);
    props.encryptionKey?.grantEncryptDecrypt(this.reminders);
    this.topic?.grantPublish(this.reminders);

    this.schedule = new Rule(this, 'Daily', {
      description: 'Daily reminders of reports coming due and overdue, 08:00 Asia/Ho_Chi_Minh',
      schedule: Schedule.cron({ minute: '0', hour: '1' }),
      targets: [new LambdaFunction(this.reminders, { retryAttempts: 2 })],
    });
    if (this.topic) new CfnOutput(scope, 'ReminderTopicArn', { value: this.topic.topicArn, description: 'Daily reminder summaries go here' });
  }
}

