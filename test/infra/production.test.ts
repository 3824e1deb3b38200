/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * "Production on AWS": the stack synthesized with `-c stage=prod -c jurisdictions=04`, plus
 * the dev defaults where they differ. Cognito, WAF, alarms, logs, tracing, evidence bucket.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../../functions/data/tables';
import { resources, synth, type Synth } from './synth';

const ALARM_TOPIC = 'arn:aws:sns:ap-southeast-1:123456789012:ops-alarms';

let prod: Synth;
let dev: Synth;
/** prod with every optional setting given, so one synth covers all the overrides. */
let tuned: Synth;
beforeAll(() => {
  prod = synth({ stage: 'prod', jurisdictions: '04' });
  dev = synth({ stage: 'dev' });
  tuned = synth({
    stage: 'prod',
    jurisdictions: '04',
    explorer: 'true',
    reservedConcurrency: '25',
    wafRateLimit: '500',
    logRetentionDays: '90',
    alarmTopicArn: ALARM_TOPIC,
    cmk: 'true',
  });
});

const logicalId = (s: Synth, construct: { node: { defaultChild?: unknown } }) => s.stack.getLogicalId(construct.node.defaultChild as any);
const graphqlFn = (s: Synth) => resources(s.template, 'AWS::Lambda::Function').find(([id]) => id === logicalId(s, s.stack.graphql.fn))![1];
const env = (s: Synth) => graphqlFn(s).Properties.Environment.Variables as Record<string, unknown>;

describe('stages', () => {
  it('prod: stage prod, its jurisdictions, explorer off unless explorer=true', () => {
    expect(env(prod)).toMatchObject({ STAGE: 'prod', JURISDICTIONS: '04', TABLE_PREFIX: 'EcosystemGraph-prod', EXPLORER: 'off' });
    expect(env(tuned)).toMatchObject({ EXPLORER: 'on' });
    expect(env(dev)).toMatchObject({ STAGE: 'dev', EXPLORER: 'on' });
    prod.template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'prod' });
  });

  it('prod: every table retained with deletion protection', () => {
    const t = resources(prod.template, 'AWS::DynamoDB::Table');
    expect(t).toHaveLength(tables.length);
    for (const [, r] of t) {
      expect(r.DeletionPolicy).toBe('Retain');
      expect(r.Properties.DeletionProtectionEnabled).toBe(true);
    }
  });

  it('every function is Node 22 on arm64; the GraphQL function is traced by X-Ray', () => {
    for (const s of [prod, dev]) {
      // CDK's own console-upload handler (BucketDeployment) is Python, run once per deploy: ours are Node.
      const fns = resources(s.template, 'AWS::Lambda::Function').filter(([id]) => !id.startsWith('CustomCDKBucketDeployment'));
      expect(fns.length).toBeGreaterThanOrEqual(2);
      for (const [, f] of fns) {
        expect(f.Properties.Runtime).toBe('nodejs22.x');
        expect(f.Properties.Architectures).toEqual(['arm64']);
      }
      expect(graphqlFn(s).Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
    prod.template.hasResourceProperties('AWS::ApiGateway::Stage', { TracingEnabled: true });
  });

  it('reserved concurrency only when reservedConcurrency is given', () => {
    expect(graphqlFn(prod).Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(graphqlFn(tuned).Properties.ReservedConcurrentExecutions).toBe(25);
  });
});

describe('Cognito', () => {
  const pool = (s: Synth) => resources(s.template, 'AWS::Cognito::UserPool');

  it('one user pool, protected and retained in prod, on a plan that can customise access tokens', () => {
    expect(pool(prod)).toHaveLength(1);
    const [, p] = pool(prod)[0]!;
    expect(p.DeletionPolicy).toBe('Retain');
    expect(p.Properties.DeletionProtection).toBe('ACTIVE');
    // Plus: access-token customisation (Essentials and up) and threat protection (test/infra/nag.test.ts).
    expect(p.Properties.UserPoolTier).toBe('PLUS');
    expect(p.Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('groups PROVINCE_ADMIN, AGENCY, NATIONAL, PULL_OPERATOR', () => {
    const groups = resources(prod.template, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(['AGENCY', 'NATIONAL', 'PROVINCE_ADMIN', 'PULL_OPERATOR']);
  });

  it('custom attributes jurisdictions and agency, readable but not writable by the app client', () => {
    const schema = pool(prod)[0]![1].Properties.Schema as { Name: string }[];
    expect(schema.map((a) => a.Name)).toEqual(expect.arrayContaining(['jurisdictions', 'agency']));
    const clients = resources(prod.template, 'AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(1);
    const c = clients[0]![1].Properties;
    expect(c.GenerateSecret).toBe(false);
    expect(c.ReadAttributes).toEqual(expect.arrayContaining(['custom:jurisdictions', 'custom:agency']));
    expect((c.WriteAttributes as string[]).some((a) => a.startsWith('custom:'))).toBe(false);
  });

  it('a V2_0 pre-token-generation trigger copies the attributes into the access token', async () => {
    const cfg = pool(prod)[0]![1].Properties.LambdaConfig.PreTokenGenerationConfig;
    expect(cfg.LambdaVersion).toBe('V2_0');
    const triggerId = cfg.LambdaArn['Fn::GetAtt'][0] as string;
    const code = prod.template.toJSON().Resources[triggerId].Properties.Code.ZipFile as string;
    const mod: { exports: { handler?: (e: unknown) => Promise<any> } } = { exports: {} };
    new Function('exports', 'module', code)(mod.exports, mod);
    const out = await mod.exports.handler!({
      request: { userAttributes: { sub: 'u1', 'custom:jurisdictions': '04,24', 'custom:agency': 'tinh-doan' }, groupConfiguration: {} },
      response: {},
    });
    expect(out.response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride).toEqual({
      jurisdictions: '04,24',
      agency: 'tinh-doan',
    });
    const none = await mod.exports.handler!({ request: { userAttributes: { sub: 'u2' } }, response: {} });
    expect(none.response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride).toEqual({});
  });

  it('the function gets the issuer and JWKS URL of this pool, and the client id', () => {
    const poolId = pool(prod)[0]![0];
    const e = env(prod);
    expect(JSON.stringify(e.JWT_ISSUER)).toContain(`{"Ref":"${poolId}"}`);
    expect(JSON.stringify(e.JWT_ISSUER)).toContain('https://cognito-idp.');
    expect(JSON.stringify(e.JWKS_URL)).toContain(`{"Ref":"${poolId}"}`);
    expect(JSON.stringify(e.JWKS_URL)).toContain('/.well-known/jwks.json');
    expect(e.JWT_CLIENT_ID).toEqual({ Ref: resources(prod.template, 'AWS::Cognito::UserPoolClient')[0]![0] });
    expect(e.JWT_TOKEN_USE).toBe('access');
  });
});

describe('WAF', () => {
  const acl = (s: Synth) => {
    const acls = resources(s.template, 'AWS::WAFv2::WebACL');
    expect(acls).toHaveLength(1);
    return acls[0]!;
  };
  const rule = (s: Synth, pred: (r: any) => boolean) => (acl(s)[1].Properties.Rules as any[]).find(pred);

  it('a REGIONAL web ACL associated with the API stage', () => {
    const [aclId, a] = acl(prod);
    expect(a.Properties.Scope).toBe('REGIONAL');
    const assoc = resources(prod.template, 'AWS::WAFv2::WebACLAssociation');
    expect(assoc).toHaveLength(1);
    const [, as] = assoc[0]!;
    expect(as.Properties.WebACLArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    const apiId = logicalId(prod, prod.stack.graphql.api);
    const stageId = logicalId(prod, prod.stack.graphql.stage);
    const arn = JSON.stringify(as.Properties.ResourceArn);
    expect(arn).toContain(`{"Ref":"${apiId}"}`);
    expect(arn).toContain(':apigateway:');
    expect(as.DependsOn).toContain(stageId);
  });

  it('a rate-based rule per IP (default 2000 per 5 minutes, or wafRateLimit)', () => {
    const rate = (s: Synth) => rule(s, (r) => r.Statement.RateBasedStatement)!;
    expect(rate(prod).Statement.RateBasedStatement).toMatchObject({ Limit: 2000, AggregateKeyType: 'IP' });
    expect(rate(prod).Action).toEqual({ Block: {} });
    expect(rate(tuned).Statement.RateBasedStatement.Limit).toBe(500);
  });

  it('AWSManagedRulesCommonRuleSet', () => {
    const common = rule(prod, (r) => r.Statement.ManagedRuleGroupStatement?.Name === 'AWSManagedRulesCommonRuleSet');
    expect(common.Statement.ManagedRuleGroupStatement.VendorName).toBe('AWS');
    expect(common.OverrideAction).toEqual({ None: {} });
  });

  it('blocks request bodies over 64 KB, inspecting up to 64 KB and matching anything larger', () => {
    const size = rule(prod, (r) => r.Statement.SizeConstraintStatement)!;
    expect(size.Action).toEqual({ Block: {} });
    expect(size.Statement.SizeConstraintStatement).toMatchObject({
      FieldToMatch: { Body: { OversizeHandling: 'MATCH' } },
      ComparisonOperator: 'GT',
      Size: 64 * 1024,
    });
    expect(acl(prod)[1].Properties.AssociationConfig).toEqual({ RequestBody: { API_GATEWAY: { DefaultSizeInspectionLimit: 'KB_64' } } });
  });
});

describe('alarms', () => {
  const alarms = (s: Synth) => resources(s.template, 'AWS::CloudWatch::Alarm');

  it('Lambda errors, throttles and p99 duration, DynamoDB throttles per table, API 5XX', () => {
    const all = alarms(prod);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const metricNames = all.map(([, a]) => a.Properties.MetricName).filter(Boolean);
    expect(metricNames).toEqual(expect.arrayContaining(['Errors', 'Throttles', 'Duration', '5XXError']));
    const p99 = all.find(([, a]) => a.Properties.MetricName === 'Duration')![1].Properties;
    expect(p99.ExtendedStatistic).toBe('p99');
    expect(p99.Threshold).toBe(8000);
    const api5xx = all.find(([, a]) => a.Properties.MetricName === '5XXError')![1].Properties;
    expect(api5xx.Dimensions).toEqual(expect.arrayContaining([{ Name: 'Stage', Value: { Ref: logicalId(prod, prod.stack.graphql.stage) } }]));
    for (const { spec, table } of prod.stack.tables.all) {
      const tableRef = JSON.stringify({ Ref: logicalId(prod, table) });
      const mine = all.filter(([, a]) => a.Properties.Metrics && JSON.stringify(a.Properties.Metrics).includes(tableRef));
      expect(mine, spec.id).toHaveLength(1);
      const metrics = mine[0]![1].Properties.Metrics as any[];
      expect(metrics.find((m) => m.Expression)?.Expression).toBe('SUM(FILL(METRICS(), 0))');
      expect(metrics.filter((m) => m.MetricStat).every((m) => m.MetricStat.Metric.MetricName === 'ThrottledRequests')).toBe(true);
    }
  });

  it('notify a created SNS topic, or the one named by alarmTopicArn', () => {
    const topics = resources(prod.template, 'AWS::SNS::Topic');
    expect(topics).toHaveLength(1);
    for (const [, a] of alarms(prod)) expect(a.Properties.AlarmActions).toEqual([{ Ref: topics[0]![0] }]);

    tuned.template.resourceCountIs('AWS::SNS::Topic', 0);
    for (const [, a] of alarms(tuned)) expect(a.Properties.AlarmActions).toEqual([ALARM_TOPIC]);
  });
});

describe('logs', () => {
  const logGroups = (s: Synth) => resources(s.template, 'AWS::Logs::LogGroup');

  it('every log group has a retention: 30 days in prod, 7 in dev, or logRetentionDays', () => {
    expect(logGroups(prod).length).toBeGreaterThanOrEqual(3);
    for (const [, g] of logGroups(prod)) expect(g.Properties.RetentionInDays).toBe(30);
    for (const [, g] of logGroups(dev)) expect(g.Properties.RetentionInDays).toBe(7);
    for (const [, g] of logGroups(tuned)) expect(g.Properties.RetentionInDays).toBe(90);
    expect(() => synth({ logRetentionDays: '10' })).toThrow(/logRetentionDays/);
    prod.template.resourceCountIs('Custom::LogRetention', 0);
  });

  it('every function logs to its own log group; the API stage writes access logs', () => {
    const ids = new Set(logGroups(prod).map(([id]) => id));
    for (const [, f] of resources(prod.template, 'AWS::Lambda::Function')) {
      expect(ids.has(f.Properties.LoggingConfig?.LogGroup?.Ref)).toBe(true);
    }
    prod.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      AccessLogSetting: { DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
    });
  });
});

describe('evidence bucket', () => {
  // The evidence bucket; the other one holds its server access logs (test/infra/nag.test.ts).
  const bucket = (s: Synth) => {
    const id = s.stack.getLogicalId(s.stack.evidence.bucket.node.defaultChild as any);
    const b = resources(s.template, 'AWS::S3::Bucket').find(([logicalId]) => logicalId === id);
    expect(b).toBeDefined();
    return b!;
  };

  it('encrypted, versioned, private, retained', () => {
    const [, b] = bucket(prod);
    expect(b.DeletionPolicy).toBe('Retain');
    expect(b.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(b.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(b.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    const cmk = bucket(tuned)[1];
    expect(cmk.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
  });

  it('denies requests without TLS', () => {
    const [id] = bucket(prod);
    prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('the function gets EVIDENCE_BUCKET and may read and put objects, not delete them', () => {
    const [id] = bucket(prod);
    expect(env(prod).EVIDENCE_BUCKET).toEqual({ Ref: id });
    const role = logicalId(prod, prod.stack.graphql.fn.role as any);
    const statements = resources(prod.template, 'AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const s3 = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('s3:')));
    const actions = s3.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject']));
    expect(actions.some((a: string) => a.startsWith('s3:Delete'))).toBe(false);
    for (const s of s3) expect(JSON.stringify(s.Resource)).toContain(id);
  });
});

describe('cursor secret', () => {
  it('is a generated secret the function reads as CURSOR_SECRET by dynamic reference, never its value', () => {
    const secrets = resources(prod.template, 'AWS::SecretsManager::Secret');
    const [id, secret] = secrets.find(([name]) => name.startsWith('CursorSecret')) ?? [];
    expect(secret?.Properties.GenerateSecretString).toBeDefined();
    const value = JSON.stringify(env(prod).CURSOR_SECRET);
    expect(value).toContain('{{resolve:secretsmanager:');
    expect(value).toContain(String(id));
  });
});

describe('explorer route', () => {
  it('serves GET / and /explorer/{file} from the explorer function, off in prod unless enabled', () => {
    const dev = synth({ stage: 'dev' });
    const prod = synth({ stage: 'prod' });
    const prodOn = synth({ stage: 'prod', explorer: 'true' });
    const explorerEnv = (s: ReturnType<typeof synth>) =>
      resources(s.template, 'AWS::Lambda::Function')
        .map(([, r]) => r.Properties)
        .find((p) => String(p.Description ?? '').startsWith('Ecosystem Graph explorer'))?.Environment?.Variables?.EXPLORER;
    expect(explorerEnv(dev)).toBe('on');
    expect(explorerEnv(prod)).toBe('off');
    expect(explorerEnv(prodOn)).toBe('on');
    const paths = resources(dev.template, 'AWS::ApiGateway::Resource').map(([, r]) => r.Properties.PathPart);
    expect(paths).toEqual(expect.arrayContaining(['graphql', 'explorer', '{file}']));
    const rootGet = resources(dev.template, 'AWS::ApiGateway::Method').filter(
      ([, r]) => r.Properties.HttpMethod === 'GET' && r.Properties.ResourceId?.['Fn::GetAtt']?.[1] === 'RootResourceId',
    );
    expect(rootGet).toHaveLength(1);
  });
});
