/**
 * Who the caller is: a Cognito user pool whose tokens the GraphQL function verifies itself
 * (issuer + JWKS), with no API Gateway authorizer, because PUBLIC callers (partner portals)
 * use the same endpoint without a user token.
 *
 * Role = Cognito group (PROVINCE_ADMIN, AGENCY, NATIONAL, PULL_OPERATOR), carried as `cognito:groups`.
 * Scope = custom attributes `custom:jurisdictions` (comma-separated province codes) and
 * `custom:agency` (the agency id of an AGENCY user).
 *
 * Chosen approach: the API accepts ACCESS tokens only, and a pre-token-generation trigger
 * (event version V2_0) copies the two custom attributes into the access token as the claims
 * `jurisdictions` and `agency`. Why not ID tokens, which carry custom attributes natively:
 * an ID token is meant for the client (who the user is), not for an API; access tokens are
 * the ones Cognito revokes with the refresh token (enableTokenRevocation), carry `client_id`
 * and `token_use: access`, and keep the API's contract to one token type. The price: access
 * token customisation needs the ESSENTIALS feature plan (or above) and one tiny Lambda per
 * sign-in/refresh.
 *
 * MFA is required pool-wide (TOTP), not only for PROVINCE_ADMIN. Cognito sets MFA per pool; the
 * alternative, optional MFA plus a pre-authentication trigger that refuses an admin with no
 * enrolled factor, needs an extra AdminGetUser per sign-in and locks a new admin out (the
 * refused sign-in is the one whose token would enrol the factor; a required pool instead offers
 * enrolment inside the MFA_SETUP challenge).
 * Every account here can change the province's data (agency clerks submit reports and
 * evidence), so every account gets the second factor. An invited user's first sign-in walks
 * through NEW_PASSWORD_REQUIRED, then MFA_SETUP (scan a TOTP QR code).
 *
 * Threat protection (compromised-credential and adaptive-authentication checks, ENFORCED) is on
 * unless `-c threatProtection=off`; it needs the PLUS feature plan.
 *
 * The app client can read but NOT write the custom attributes, so a user cannot widen their
 * own jurisdictions with UpdateUserAttributes; only an administrator (AdminUpdateUserAttributes)
 * sets them.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';
import { stackLogGroup } from './functions';

/** PULL_OPERATOR: the account `npm run pull` uses against this deployment (docs/exchange.md); NATIONAL never implies it. */
const ROLE_GROUPS = ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL', 'PULL_OPERATOR'] as const;

/**
 * The V2_0 pre-token-generation handler. Inline (plain CommonJS, no dependencies) so infra
 * imports no runtime code; it only copies attributes, it decides nothing.
 */
const PRE_TOKEN_CODE = `
exports.handler = async (event) => {
  const a = (event.request && event.request.userAttributes) || {};
  const claims = {};
  if (a['custom:jurisdictions']) claims.jurisdictions = a['custom:jurisdictions'];
  if (a['custom:agency']) claims.agency = a['custom:agency'];
  event.response = event.response || {};
  event.response.claimsAndScopeOverrideDetails = {
    accessTokenGeneration: { claimsToAddOrOverride: claims },
  };
  return event;
};
`.trim();

export interface AuthProps {
  readonly config: StackConfig;
}

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly preTokenFn: LambdaFunction;
  readonly issuer: string;
  readonly jwksUrl: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { config } = props;
    const prod = config.stage === 'prod';

    this.userPool = new UserPool(this, 'Users', {
      userPoolName: `${config.stackName}-users`,
      featurePlan: config.threatProtection ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(config.threatProtection ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      // Accounts are created by province administrators, never by sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: {
        jurisdictions: new StringAttribute({ minLen: 2, maxLen: 256, mutable: true }),
        agency: new StringAttribute({ minLen: 1, maxLen: 128, mutable: true }),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: prod,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    ROLE_GROUPS.forEach((groupName, i) => {
      this.userPool.addGroup(groupName, { groupName, description: `role ${groupName}`, precedence: (i + 1) * 10 });
    });

    this.client = this.userPool.addClient('ApiClient', {
      userPoolClientName: `${config.stackName}-api`,
      generateSecret: false,
      // SRP for browsers; USER_PASSWORD_AUTH (over TLS) for operators' command-line tools.
      authFlows: { userSrp: true, userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('jurisdictions', 'agency'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });

    this.preTokenFn = new LambdaFunction(this, 'PreTokenGeneration', {
      description: 'Copies custom:jurisdictions and custom:agency into the access token',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromInline(PRE_TOKEN_CODE),
      memorySize: 256,
      timeout: Duration.seconds(5),
      logGroup: stackLogGroup(this, 'PreTokenGenerationLogs', config),
    });
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, this.preTokenFn, LambdaVersion.V2_0);

    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;

    new CfnOutput(stack, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(stack, 'UserPoolClientId', { value: this.client.userPoolClientId });
    new CfnOutput(stack, 'JwtIssuer', { value: this.issuer });
  }

  /**
   * The user-pool calls the GraphQL function makes for the department's account mutations
   * (functions/data/user-directory.ts COGNITO_ACTIONS; test/infra/accounts.test.ts keeps the two
   * equal), on this pool only: creating, grouping, reading, disabling, enabling, signing out.
   */
  grantAccountAdministration(fn: IGrantable): void {
    fn.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminAddUserToGroup',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminListGroupsForUser',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminUserGlobalSignOut',
          'cognito-idp:ListUsersInGroup',
        ],
        resources: [this.userPool.userPoolArn],
      }),
    );
  }

  /** What the GraphQL function needs to verify a caller's access token, and the pool its account mutations manage. */
  get environment(): Record<string, string> {
    return {
      USER_POOL_ID: this.userPool.userPoolId,
      JWT_ISSUER: this.issuer,
      JWKS_URL: this.jwksUrl,
      JWT_CLIENT_ID: this.client.userPoolClientId,
      JWT_TOKEN_USE: 'access',
    };
  }
}
