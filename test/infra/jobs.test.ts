/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * The scheduled jobs: the daily reminders Lambda, its EventBridge rule, its table grants
 * (no Scan, append-only audit), the reminder topic, and the evidence bucket it relies on.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { REMINDERS_ENTRY } from '../../infra/stack';
import { resources, synth, type Synth } from './synth';

let dev: Synth;
let prod: Synth;
let off: Synth;
beforeAll(() => {
  dev = synth();
  prod = synth({ stage: 'prod', cmk: 'true', jurisdictions: '04', reminderEmail: 'skhcn@caobang.gov.vn' });
  off = synth({ reminders: 'off' });
});

const remindersFn = (s: Synth) => {
  const found = resources(s.template, 'AWS::Lambda::Function').find(([, r]) => String(r.Properties.Description ?? '').includes('daily reminders'));
  if (!found) throw new Error('no reminders function');
  return found;
};

describe('daily reminders job', () => {
  it('is a Node 22 arm64 function of its own, pointed at the tables and jurisdictions, with a topic e-mailing the department', () => {
    // Act
    const [, fn] = remindersFn(prod);
    // Assess
    expect(REMINDERS_ENTRY).toMatch(/functions\/jobs\/reminders\.ts$/);
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: 300 });
    expect(fn.Properties.Environment.Variables).toMatchObject({ TABLE_PREFIX: prod.config.stackName, JURISDICTIONS: '04', STAGE: 'prod' });
    expect(fn.Properties.Environment.Variables.REMINDER_TOPIC_ARN).toEqual({ Ref: expect.stringMatching(/^JobsReminderTopic/) });
    expect(resources(prod.template, 'AWS::SNS::Subscription').map(([, r]) => r.Properties)).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: 'skhcn@caobang.gov.vn' }),
    ]);
  });

  it('is present unless reminders=off; without a reminder e-mail or topic it has no topic', () => {
    // Act
    const [, fn] = remindersFn(dev);
    // Assess
    expect(resources(off.template, 'AWS::Events::Rule')).toHaveLength(0);
    expect(fn.Properties.Environment.Variables.REMINDER_TOPIC_ARN).toBeUndefined();
    expect(resources(dev.template, 'AWS::SNS::Subscription')).toHaveLength(0);
  });

  it('runs daily at 01:00 UTC (08:00 in Viet Nam) from an EventBridge rule that may invoke it', () => {
    // Prepare
    const [fnId] = remindersFn(dev);
    // Act
    const rules = resources(dev.template, 'AWS::Events::Rule');
    const permissions = resources(dev.template, 'AWS::Lambda::Permission').filter(([, p]) => p.Properties.Principal === 'events.amazonaws.com');
    // Assess
    expect(rules).toHaveLength(1);
    const [, rule] = rules[0]!;
    expect(rule.Properties.ScheduleExpression).toBe('cron(0 1 * * ? *)');
    expect(rule.Properties.State).toBe('ENABLED');
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] } })]);
    expect(permissions.some(([, p]) => JSON.stringify(p.Properties.FunctionName).includes(fnId))).toBe(true);
  });

  it('may read and write records and control items, only append to the audit trail, never Scan, and publish to its topic', () => {
    // Prepare
    const [fnId, fn] = remindersFn(prod);
    const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
    // Act
    const statements = resources(prod.template, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const actions = statements.flatMap((s) => [s.Action].flat());
    const auditStatement = statements.find((s) => JSON.stringify(s.Resource).includes('TablesAudit'));
    // Assess
    expect(fnId).toBeTruthy();
    expect(actions).toContain('dynamodb:Query');
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions).toContain('sns:Publish');
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.some((a) => a.startsWith('dynamodb:Transact'))).toBe(false);
    expect([auditStatement.Action].flat()).not.toContain('dynamodb:UpdateItem');
    expect([auditStatement.Action].flat()).not.toContain('dynamodb:DeleteItem');
  });

  it('uses the customer-managed key when there is one, and outputs the topic to subscribe to', () => {
    // Prepare
    const [, fn] = remindersFn(prod);
    const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
    // Act
    const statements = resources(prod.template, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    // Assess
    expect(statements.flatMap((s) => [s.Action].flat())).toContain('kms:Decrypt');
    prod.template.hasOutput('ReminderTopicArn', { Value: { Ref: Match.stringLikeRegexp('^JobsReminderTopic') } });
  });
});

describe('evidence bucket (attachments when deployed)', () => {
  it('is encrypted, versioned and blocks every public access', () => {
    // Act
    const evidenceId = dev.stack.getLogicalId(dev.stack.evidence.bucket.node.defaultChild as CfnElement);
    const [, bucket] = resources(dev.template, 'AWS::S3::Bucket').find(([id]) => id === evidenceId)!;
    // Assess
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
  });
});
