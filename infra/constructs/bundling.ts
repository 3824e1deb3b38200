/**
 * How every Node function of the stack is bundled: the local esbuild (so `cdk synth` works
 * offline), minified ESM for Node 22, the pinned AWS SDK bundled rather than the runtime's.
 */
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** ESM output still meets CommonJS dependencies that call `require`: give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __cdkCreateRequire } from 'node:module'; const require = __cdkCreateRequire(import.meta.url);";

export const esmBundling = (options: { sourceMap: boolean }): BundlingOptions => ({
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  platform: 'node',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourceMap: options.sourceMap,
  // Bundle the pinned AWS SDK rather than trust the runtime's copy.
  bundleAwsSDK: true,
  externalModules: [],
});
