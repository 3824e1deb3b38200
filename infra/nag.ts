/**
 * cdk-nag's AwsSolutions pack runs on every synth (infra/app.ts, test/infra/nag.test.ts). What
 * matters for a province is fixed in the constructs: MFA required (COG2), threat protection on
 * the Plus plan (COG8), API Gateway execution logs (APIG6), S3 server access logs (S1; cdk-nag itself exempts the log bucket), TLS-only
 * SNS topics (SNS3). Every other finding is acknowledged here, on the narrowest construct that
 * causes it, with the reason in one line; a finding not listed fails the synth.
 *
 * cdk-nag 3 replaced v2's `NagSuppressions` with CDK's own `Validations.of(c).acknowledge()`,
 * one finding id at a time (`RuleId[finding]`), which is what this file calls.
 */
import { Stack, Token, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { EcosystemGraphStack } from './stack';

const ack = (scope: IConstruct, id: string, reason: string): void => Validations.of(scope).acknowledge({ id, reason });

/** `<LogicalId.Arn>` as cdk-nag writes a resource in a finding id. */
const arnOf = (c: IConstruct): string => `<${Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement)}.Arn>`;

export function acknowledgeNagFindings(stack: EcosystemGraphStack): void {
  const { config } = stack;

  // Stack-wide: true of every function, present and future.
  ack(stack, 'AwsSolutions-L1', 'Functions run Node 22, the major CI tests them on (.ci/run); a newer runtime only after the suites pass on it.');
  ack(
    stack,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'The AWS-maintained minimum for a function to write its own CloudWatch logs; nothing else.',
  );

  // Cognito.
  ack(stack.auth.userPool, 'AwsSolutions-COG1', '12+ characters with upper, lower and digits, plus required TOTP MFA; symbols add little (NIST SP 800-63B advises against composition rules).');
  if (!config.threatProtection) {
    ack(stack.auth.userPool, 'AwsSolutions-COG8', 'The operator chose -c threatProtection=off: the pool stays on Essentials, without the Plus plan per-user price.');
  }

  ack(stack.node.findChild('CursorSecret'), 'AwsSolutions-SMG4', 'Seals list cursors only (no access granted by it); rotating it would break every open paging cursor.');

  // API Gateway: the endpoint is public on purpose (partner portals read published data with no token).
  const api = stack.graphql.api;
  ack(api, 'AwsSolutions-APIG2', 'GraphQL validates the request document itself; a JSON-schema model at the gateway would duplicate it, worse.');
  ack(api, 'AwsSolutions-APIG4', 'Public API by design: the function verifies Cognito access tokens and API keys itself, PUBLIC callers need neither.');
  ack(api, 'AwsSolutions-COG4', 'No gateway authorizer: anonymous PUBLIC reads share the endpoint; the function verifies Cognito access tokens (issuer, client, JWKS).');
  ack(
    api,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    'The account-level role API Gateway needs to write access and execution logs; AWS-maintained.',
  );

  // The console's hosting (infra/constructs/console-site.ts).
  if (stack.site) {
    const { site } = stack;
    ack(site.cdnLogs, 'AwsSolutions-S1', "Holds CloudFront's own access logs; logging the log bucket would log itself.");
    ack(site.distribution, 'AwsSolutions-CFR1', 'A public transparency page: no geographic restriction (Vietnamese abroad, national networks, journalists).');
    ack(site.distribution, 'AwsSolutions-CFR2', "The API behind /graphql has its own regional WAF (infra/constructs/waf.ts); the static pages cost nothing to serve and are cached.");
    ack(site.distribution, 'AwsSolutions-CFR4', "The default *.cloudfront.net certificate allows TLS 1.0 at the edge; a custom domain with TLSv1.2_2021 is the deployer's (docs/deploy.md).");
    const deployRole = stack.node.tryFindChild('Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C512MiB')?.node.tryFindChild('ServiceRole');
    if (deployRole) {
      const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
      const assets = `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*`;
      for (const finding of ['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*', 'Resource::*', `Resource::${arnOf(site.bucket)}/*`, assets]) {
        ack(deployRole, `AwsSolutions-IAM5[${finding}]`, "CDK's BucketDeployment handler: reads the bundle from the CDK asset bucket and replaces the console bucket's objects, nothing else.");
      }
    }
  }

  // IAM wildcards left by CDK grants, each bounded to this stack's resources.
  const roles = [stack.graphql.fn.role, stack.jobs?.reminders.role].filter((r): r is NonNullable<typeof r> => r !== undefined);
  for (const role of roles) {
    ack(role, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords take no resource ARN.');
    for (const { spec, table } of stack.tables.all) {
      if (spec.indexes.length === 0) continue;
      ack(role, `AwsSolutions-IAM5[Resource::${arnOf(table)}/index/*]`, `Query on the ${spec.id} table's own GSIs (the table spec's indexes), nothing beyond that table.`);
    }
    if (config.cmk) {
      ack(role, 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', "KMS action family from grantEncryptDecrypt, on the stack's one data key only.");
      ack(role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', "KMS action family from grantEncryptDecrypt, on the stack's one data key only.");
    }
  }
  const graphqlRole = stack.graphql.fn.role;
  if (graphqlRole) {
    const bucket = stack.evidence.bucket;
    const reason = 'grantRead/grantPut on the evidence bucket only (reads to sign downloads, puts for uploads; no delete).';
    for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:Abort*']) ack(graphqlRole, `AwsSolutions-IAM5[Action::${action}]`, reason);
    ack(graphqlRole, `AwsSolutions-IAM5[Resource::${arnOf(bucket)}/*]`, 'Evidence objects are keyed by content hash: any object of this one bucket may be read or uploaded.');
  }
}
