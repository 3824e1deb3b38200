/**
 * The explorer: its own small Lambda serving GraphiQL's static HTML, JS and CSS at the API's
 * root, so a partner opening the URL never wakes the GraphQL function. The browser bundle is
 * built locally at synth time (no CDN, no internet on the server). Off in prod unless enabled.
 */
import { Duration } from 'aws-cdk-lib';
import { LambdaIntegration, type RestApi } from 'aws-cdk-lib/aws-apigateway';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { StackConfig } from '../config';
import { nodeFunctionBase, stackLogGroup } from './functions';

export interface ExplorerProps {
  readonly config: StackConfig;
  readonly api: RestApi;
  readonly entry: string;
  readonly projectRoot: string;
}

export class Explorer extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ExplorerProps) {
    super(scope, id);
    const { config } = props;
    const logGroup = stackLogGroup(this, 'Logs', config);
    this.fn = new NodejsFunction(this, 'Function', {
      ...nodeFunctionBase(props.entry, props.projectRoot),
      memorySize: 256,
      timeout: Duration.seconds(5),
      description: `Ecosystem Graph explorer (${config.stage})`,
      logGroup,
      environment: { EXPLORER: config.explorer ? 'on' : 'off' },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The GraphiQL bundle goes beside the handler, where it reads it from.
          afterBundling: (inputDir: string, outputDir: string) => [
            `cd "${inputDir}" && npx tsx scripts/lib/build-explorer.ts "${outputDir}/assets"`,
          ],
        },
      },
    });
    const integration = new LambdaIntegration(this.fn, { proxy: true, allowTestInvoke: false });
    props.api.root.addMethod('GET', integration);
    props.api.root.addResource('explorer').addResource('{file}').addMethod('GET', integration);
  }
}
