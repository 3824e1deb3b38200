/**
 * What every function of the stack shares: Node 22 on arm64 from the repository's lock file,
 * and a log group with the stage's retention, kept in prod and removed with a dev stack.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { StackConfig } from '../config';

export const stackLogGroup = (scope: Construct, id: string, config: StackConfig, logGroupName?: string): LogGroup =>
  new LogGroup(scope, id, {
    ...(logGroupName !== undefined ? { logGroupName } : {}),
    retention: config.logRetentionDays as RetentionDays,
    removalPolicy: config.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });

export const nodeFunctionBase = (entry: string, projectRoot: string) => ({
  entry,
  handler: 'handler',
  projectRoot,
  depsLockFilePath: `${projectRoot}/package-lock.json`,
  runtime: Runtime.NODEJS_22_X,
  architecture: Architecture.ARM_64,
});
