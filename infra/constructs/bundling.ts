/**
 * How every Node function of the stack is bundled: the local esbuild (so `cdk synth` works
 * offline), minified ESM for Node 22, the pinned AWS SDK bundled rather than the runtime's.
 */
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** ESM output still meets CommonJS dependencies that call `require`: give them one. */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __cdkCreateRequire } from 'node:module'; const require = __cdkCreateRequire(import.meta.url);";

/**
 * Resolve rules (esbuild `--alias`, paths from the project root, where CDK runs esbuild):
 * the CommonJS Lambda integration `require()`s Apollo, which would bundle Apollo's CommonJS
 * build (and its graphql-tools and lru-cache) beside the ESM build our code imports — two
 * copies of each, both parsed at every cold start. Both now resolve to the one ESM copy.
 * Apollo's usage-reporting protobuf classes (Apollo Studio reporting, federated traces; this
 * API uses neither) resolve to a stand-in that fails loudly if ever touched.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  '@apollo/server': './node_modules/@apollo/server/dist/esm/index.js',
  '@apollo/server/plugin/disabled': './node_modules/@apollo/server/dist/esm/plugin/disabled/index.js',
  'lru-cache': './node_modules/lru-cache/dist/esm/node/index.min.js',
  '@apollo/usage-reporting-protobuf': './functions/graphql/bundle/no-usage-reporting.ts',
};

/**
 * `lean`: the schema ships without descriptions (functions/graphql/schema-document.ts) —
 * only where introspection is off, so the explorer and dev stages keep them.
 */
export const esmBundling = (options: { sourceMap: boolean; leanSchema?: boolean }): BundlingOptions => ({
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
  define: { 'process.env.EG_SCHEMA': JSON.stringify(options.leanSchema ? 'lean' : 'full') },
  esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, to])),
});
