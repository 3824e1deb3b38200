/**
 * A regional WAF web ACL on the API stage: per-IP rate limit, request body size limit and the
 * AWS common rule set.
 */
import type { Stage as ApiStage } from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';

export interface WafProps {
  readonly config: StackConfig;
  readonly stage: ApiStage;
}

/** API Gateway forwards at most this much body to WAF; larger bodies are "oversize". */
const INSPECTION_LIMITS_KB = [16, 32, 48, 64] as const;

export class Waf extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WafProps) {
    super(scope, id);
    const { config } = props;
    const metric = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${config.stackName}-${name}`,
    });
    // Inspect at least maxBodyKb; a body beyond the inspection limit counts as a match
    // (oversizeHandling MATCH), so a body over the limit is blocked even though WAF never sees all of it.
    const inspectKb = INSPECTION_LIMITS_KB.find((kb) => kb >= config.maxBodyKb) ?? 64;

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${config.stackName}-api`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: metric('api'),
      associationConfig: { requestBody: { API_GATEWAY: { defaultSizeInspectionLimit: `KB_${inspectKb}` } } },
      rules: [
        {
          name: 'RatePerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: config.wafRateLimit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          visibilityConfig: metric('rate-per-ip'),
        },
        {
          name: 'BodySizeLimit',
          priority: 1,
          action: { block: {} },
          statement: {
            sizeConstraintStatement: {
              fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
              comparisonOperator: 'GT',
              size: config.maxBodyKb * 1024,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          visibilityConfig: metric('body-size'),
        },
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 2,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // Its own body limit (8 KB) is too small for GraphQL documents; BodySizeLimit above
              // enforces ours. Everything else in the set blocks (note: SizeRestrictions_QUERYSTRING
              // caps GET queries at 2 KB of query string; POST has no such cap).
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: metric('common'),
        },
      ],
    });

    const association = new CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
    // The stage ARN is built from the stage *name*, so CloudFormation would not otherwise wait for it.
    association.node.addDependency(props.stage);
  }
}
