/**
 * The CDK app: `npx cdk synth` (dev) or `npx cdk deploy -c stage=prod -c jurisdictions=04`.
 * No account or region is written here: they come from the CLI's environment when present,
 * otherwise the stack is environment-agnostic.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config';
import { EcosystemGraphStack } from './stack';

const app = new App();
const config = readConfig(app.node);
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

new EcosystemGraphStack(app, config.stackName, {
  config,
  stackName: config.stackName,
  description: `Ecosystem Graph GraphQL API, ${config.stage}, jurisdictions ${config.jurisdictions.join(',')}`,
  ...(account || region ? { env: { ...(account ? { account } : {}), ...(region ? { region } : {}) } } : {}),
});

// A finding that is neither fixed nor acknowledged in infra/nag.ts fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
