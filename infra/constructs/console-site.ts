/**
 * The console (web/dist) as it is deployed: a private bucket read only by CloudFront through
 * origin access control, `/graphql` on the same origin routed to the REST API (so the browser
 * needs no CORS and cookies of other sites never apply), and a `config.json` written at deploy,
 * so one bundle serves every stage. Page paths (/plans/…, /todo) are rewritten to index.html by
 * a CloudFront Function, not by error responses, so the API's own 403 and 404 stay what they are.
 */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { CfnOutput, DockerImage, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';
import { stackLogGroup } from './functions';

export interface ConsoleSiteProps {
  readonly config: StackConfig;
  readonly api: RestApi;
  readonly projectRoot: string;
  /** Where the site bucket's S3 server access logs go (the stack's access-log bucket). */
  readonly accessLogs: IBucket;
}

/** Viewer-request rewrite: a path without a file extension is a page of the app. */
export const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri !== '/graphql' && uri.indexOf('/graphql/') !== 0 && uri.lastIndexOf('.') <= uri.lastIndexOf('/')) request.uri = '/index.html';
  return request;
}`;

export class ConsoleSite extends Construct {
  readonly bucket: Bucket;
  readonly cdnLogs: Bucket;
  readonly distribution: Distribution;
  readonly url: string;

  constructor(scope: Construct, id: string, props: ConsoleSiteProps) {
    super(scope, id);
    const { config } = props;
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // Build output, redeployed whole on every deploy: nothing in it is only here.
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'console-bucket/',
    });

    // CloudFront's standard logs are delivered with an ACL, so they need a bucket of their own
    // with ACLs on (the stack's other buckets enforce bucket-owner ownership).
    this.cdnLogs = new Bucket(this, 'CdnLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'expire-cdn-logs', expiration: Duration.days(config.logRetentionDays) }],
    });

    const rewrite = new CloudFrontFunction(this, 'PageRewrite', {
      code: FunctionCode.fromInline(SPA_REWRITE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Console page paths to index.html',
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Ecosystem Graph console (${config.stage})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_200, // includes Asia edges, near Vietnam
      // No minimumProtocolVersion: it needs a custom certificate; with the default *.cloudfront.net one the edge policy is fixed (nag CFR4, docs/console.md).
      enableLogging: true,
      logBucket: this.cdnLogs,
      logFilePrefix: 'console-cdn/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/graphql': {
          origin: new RestApiOrigin(props.api),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Every header but Host (API Gateway routes by its own host name): Authorization, x-api-key, content-type.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;

    // The bundle is built at synth (npm run build), unless the synth skips bundling (the infra tests).
    const webRoot = path.join(props.projectRoot, 'web');
    const bundle = Source.asset(webRoot, {
      exclude: ['node_modules', 'dist', '.*'],
      bundling: {
        // Local bundling is the path taken (the machine that runs `cdk deploy` has Node); the image is CDK's required fallback.
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
        local: {
          tryBundle(outputDir: string): boolean {
            execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: props.projectRoot, stdio: 'inherit' });
            cpSync(path.join(webRoot, 'dist'), outputDir, { recursive: true });
            return true;
          },
        },
      },
    });
    new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [
        bundle,
        // Read by the bundle at start. Sign-in is not offered yet on a deployed console (docs/console.md).
        Source.jsonData('config.json', { auth: 'none', stage: config.stage, graphqlUrl: '/graphql' }),
      ],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
      logGroup: stackLogGroup(this, 'DeployLogs', config),
      prune: true,
    });

    new CfnOutput(scope, 'ConsoleUrl', { value: this.url, description: 'The console (public pages); /graphql on the same origin' });
  }
}
