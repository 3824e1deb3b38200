/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * cdk-nag's AwsSolutions pack on the synthesized stack: zero findings in every configuration we
 * ship, every acknowledgement (infra/nag.ts) explained in one line and still needed, and the
 * findings that matter for a province fixed rather than acknowledged.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { resources, synth, type Synth } from './synth';

/** The configurations a province deploys: defaults, prod, every option on, the opt-outs. */
const CONFIGS: Record<string, Record<string, unknown>> = {
  dev: {},
  prod: { stage: 'prod', jurisdictions: '04' },
  'prod, every option': { stage: 'prod', cmk: 'true', explorer: 'true', reminderEmail: 'ops@skhcn.caobang.gov.vn', corsOrigins: 'https://portal.example.vn', reservedConcurrency: '20' },
  'threat protection and reminders off': { threatProtection: 'off', reminders: 'off' },
};

const findings = (app: App) =>
  new AwsSolutionsChecks(app).validateScope(app).violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`));

/** Every acknowledgement recorded in the tree: [construct path, rule id, reason]. */
function acknowledgements(app: App): [string, string, string][] {
  return app.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => [c.node.path, id.replace(/^Annotation::/, ''), reason] as [string, string, string])),
  );
}

describe.each(Object.entries(CONFIGS))('cdk-nag AwsSolutions, %s', (_name, context) => {
  it('has zero unacknowledged findings', () => {
    expect(findings(synth(context).app)).toEqual([]);
  });

  it('acknowledges only findings that exist, each with a one-line reason', () => {
    const bare = findings(synth(context, { nagAcknowledgements: false }).app);
    const acks = acknowledgements(synth(context).app);
    expect(acks.length).toBeGreaterThan(0);
    for (const [path, id, reason] of acks) {
      expect(reason.trim().length, `${id} on ${path}`).toBeGreaterThan(20);
      expect(reason, `${id} on ${path}`).not.toMatch(/\n/);
      // The finding is on this construct or below it; an acknowledgement nothing needs is stale.
      expect(bare.some((f) => f.startsWith(`${id} @ ${path}/`) || f === `${id} @ ${path}`), `${id} on ${path} is not needed`).toBe(true);
    }
  });
});

describe('what a province needs, fixed rather than acknowledged', () => {
  const prod: Synth = synth({ stage: 'prod', jurisdictions: '04' });
  const pool = (s: Synth) => resources(s.template, 'AWS::Cognito::UserPool')[0]![1].Properties;

  it('COG2: MFA is required pool-wide, by TOTP (no SMS)', () => {
    expect(pool(prod).MfaConfiguration).toBe('ON');
    expect(pool(prod).EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('COG8: the Plus plan with threat protection enforced; -c threatProtection=off keeps Essentials', () => {
    expect(pool(prod).UserPoolTier).toBe('PLUS');
    expect(pool(prod).UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    const off = synth({ stage: 'prod', threatProtection: 'off' });
    expect(pool(off).UserPoolTier).toBe('ESSENTIALS');
    expect(pool(off).UserPoolAddOns).toBeUndefined();
    expect(pool(off).MfaConfiguration).toBe('ON');
  });

  it('APIG6: execution logs for every method, errors only, no bodies, into a log group with the stack retention', () => {
    const [, stage] = resources(prod.template, 'AWS::ApiGateway::Stage')[0]!;
    expect(stage.Properties.MethodSettings).toEqual(
      expect.arrayContaining([expect.objectContaining({ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: 'ERROR', DataTraceEnabled: false })]),
    );
    const [logId, group] = resources(prod.template, 'AWS::Logs::LogGroup').find(([, g]) => JSON.stringify(g.Properties.LogGroupName ?? '').includes('API-Gateway-Execution-Logs_'))!;
    expect(group.Properties.LogGroupName).toEqual({ 'Fn::Join': ['', ['API-Gateway-Execution-Logs_', { Ref: prod.stack.getLogicalId(prod.stack.graphql.api.node.defaultChild as any) }, '/prod']] });
    expect(group.Properties.RetentionInDays).toBe(30);
    // Made before the stage, or API Gateway would create it first (never expiring) and the stack's would collide.
    expect(stage.DependsOn).toContain(logId);
  });

  it('S1: the evidence bucket logs every request into a private, TLS-only access-log bucket that expires them', () => {
    const buckets = resources(prod.template, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(4); // evidence, its access logs, and the console's site and CDN-log buckets (test/infra/console.test.ts)
    const evidenceId = prod.stack.getLogicalId(prod.stack.evidence.bucket.node.defaultChild as any);
    const logsId = prod.stack.getLogicalId(prod.stack.evidence.accessLogs.node.defaultChild as any);
    const evidence = buckets.find(([id]) => id === evidenceId)![1];
    const logs = buckets.find(([id]) => id === logsId)![1];
    expect(evidence.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logsId }, LogFilePrefix: 'evidence/' });
    expect(logs.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(logs.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([expect.objectContaining({ ExpirationInDays: 30, Status: 'Enabled' })]);
    expect(logs.DeletionPolicy).toBe('Retain');
    // S3's logging service writes by bucket policy (ACLs are disabled), for the evidence and console buckets.
    prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [evidenceId, 'Arn'] } } }),
          }),
        ]),
      },
    });
  });

  it('SNS3: the reminder topic refuses publishers without TLS', () => {
    const s = synth({ stage: 'prod', reminderEmail: 'ops@skhcn.caobang.gov.vn' });
    s.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});
