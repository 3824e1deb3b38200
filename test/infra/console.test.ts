/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SPA_REWRITE } from '../../infra/constructs/console-site';
import { resources, synth } from './synth';

/**
 * The console's hosting on the synthesized template: a private bucket read by CloudFront only
 * (origin access control), /graphql on the same origin to the REST API uncached with every
 * method, page paths rewritten to index.html by a viewer-request function, config.json written
 * at deploy; `-c console=off` leaves it all out.
 */
const dev = synth({ stage: 'dev' });
const distribution = () => resources(dev.template, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;

describe('console hosting', () => {
  it('serves the bucket through origin access control only, the bucket blocks every public path', () => {
    const siteId = dev.stack.getLogicalId(dev.stack.site!.bucket.node.defaultChild as any);
    const site = resources(dev.template, 'AWS::S3::Bucket').find(([id]) => id === siteId)![1];
    expect(site.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(resources(dev.template, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    const s3Origin = distribution().Origins.find((o: any) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    dev.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: siteId },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Condition: Match.objectLike({ StringEquals: Match.anyValue() }) })]) },
    });
  });

  it('routes /graphql to the API uncached with every method, and rewrites only page paths', () => {
    const graphql = distribution().CacheBehaviors.find((b: any) => b.PathPattern === '/graphql');
    const apiOrigin = distribution().Origins.find((o: any) => o.Id === graphql.TargetOriginId);
    expect(graphql.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
    expect(graphql.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('execute-api');
    expect(JSON.stringify(apiOrigin.OriginPath)).toContain('GraphqlApiDeploymentStagedev'); // /{stage}, so /graphql reaches the stage's /graphql
    expect(distribution().DefaultCacheBehavior.FunctionAssociations).toEqual([expect.objectContaining({ EventType: 'viewer-request' })]);
    expect(distribution().DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');

    // The rewrite itself, as CloudFront runs it.
    const handler = new Function(`${SPA_REWRITE}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(['/', '/plans/UGxhbjow', '/todo', '/assets/index-x1.js', '/config.json', '/graphql', '/fonts/a.woff2'].map(rewrite))
      .toEqual(['/index.html', '/index.html', '/index.html', '/assets/index-x1.js', '/config.json', '/graphql', '/fonts/a.woff2']);
  });

  it('writes config.json at deploy and invalidates it with index.html; console=off leaves the site out', () => {
    const [, deployment] = resources(dev.template, 'Custom::CDKBucketDeployment')[0]!;
    expect(deployment.Properties.DistributionPaths).toEqual(['/index.html', '/config.json']);
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(2); // the bundle and config.json
    const off = synth({ stage: 'dev', console: 'off' });
    expect(resources(off.template, 'AWS::CloudFront::Distribution')).toHaveLength(0);
    expect(off.stack.site).toBeUndefined();
  });
});
