/**
 * CloudWatch alarms on what breaks first, all notifying one SNS topic (given by context
 * `alarmTopicArn`, or created here). Missing data is "not breaching": an idle API is healthy.
 */
import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type { Stage as ApiStage } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';

export interface AlarmsProps {
  readonly config: StackConfig;
  readonly fn: IFunction;
  readonly stage: ApiStage;
  readonly tables: readonly { readonly id: string; readonly table: ITable }[];
}

/** The DynamoDB operations the data layer uses (throttling is reported per operation). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
];

const PERIOD = Duration.minutes(5);

/**
 * Throttled requests on a table (and its indexes), all operations summed. DynamoDB emits
 * ThrottledRequests only for an operation that was throttled, so each series is filled with 0
 * before the sum: a plain `a + b + …` (what metricThrottledRequestsForOperations builds) has no
 * value unless every operation was throttled in the same period, and would never alarm.
 */
function throttledRequests(table: ITable): IMetric {
  const usingMetrics = Object.fromEntries(
    TABLE_OPERATIONS.map((op) => [
      op.toLowerCase(),
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName: 'ThrottledRequests',
        dimensionsMap: { TableName: table.tableName, Operation: op },
        statistic: 'Sum',
        period: PERIOD,
      }),
    ]),
  );
  return new MathExpression({
    expression: 'SUM(FILL(METRICS(), 0))',
    usingMetrics,
    period: PERIOD,
    label: 'Throttled requests, all operations',
  });
}

export class Alarms extends Construct {
  readonly topic: ITopic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { config, fn, stage } = props;

    this.topic = config.alarmTopicArn
      ? Topic.fromTopicArn(this, 'Topic', config.alarmTopicArn)
      : new Topic(this, 'Topic', { displayName: `${config.stackName} alarms`, enforceSSL: true });
    const action = new SnsAction(this.topic);

    const alarm = (name: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1, datapointsToAlarm = evaluationPeriods) => {
      const a = new Alarm(this, name, {
        alarmName: `${config.stackName}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        datapointsToAlarm,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    alarm(
      'LambdaErrors',
      'GraphQL function invocations failed (crash or timeout) in 2 of the last 3 five-minute periods',
      fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      1,
      3,
      2,
    );
    alarm('LambdaThrottles', 'GraphQL function invocations were throttled', fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), 1);
    const p99Ms = Math.round(config.timeoutSeconds * 1000 * 0.8);
    alarm(
      'LambdaDurationP99',
      `GraphQL function p99 duration at or above ${p99Ms} ms (80% of the timeout) for 15 minutes`,
      fn.metricDuration({ period: PERIOD, statistic: 'p99' }),
      p99Ms,
      3,
    );
    for (const { id: tableId, table } of props.tables) {
      alarm(
        `DynamoThrottles-${tableId}`,
        `DynamoDB throttled requests on table ${tableId}`,
        throttledRequests(table),
        1,
      );
    }
    alarm('Api5xx', 'API Gateway answered 5 or more 5XX in five minutes', stage.metricServerError({ period: PERIOD, statistic: 'Sum' }), 5);

    new CfnOutput(Stack.of(this), 'AlarmTopicArn', { value: this.topic.topicArn });
  }
}
