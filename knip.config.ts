import type { KnipConfig } from 'knip';

// The project's real entry points: the Lambda handlers infra/stack.ts bundles, the CDK app cdk.json runs,
// the npm-script CLIs, the bench scripts, the tests and the tools' own config files.
const config: KnipConfig = {
  entry: [
    'functions/graphql/handler.ts',
    'functions/explorer/handler.ts',
    'functions/jobs/reminders.ts',
    // esbuild aliases @apollo/usage-reporting-protobuf to it (infra/constructs/bundling.ts), by path
    'functions/graphql/bundle/no-usage-reporting.ts',
    'infra/app.ts',
    'scripts/*.{ts,mjs}',
    'bench/*.{ts,mjs}',
    'bench/experiments/*.ts',
    'test/**/*.test.ts',
    // run by path: worker processes the tests spawn, and the CDK app a test synthesizes
    'test/helpers/update-worker.ts',
    'test/integration/workers/*.ts',
    'test/infra/fixtures/app.ts',
    // the console: Vite's entry; the explorer's browser bundle (scripts/build.ts)
    'web/src/main.tsx',
    'functions/explorer/client.js',
    // a graphql-codegen plugin codegen.yml names by path
    'scripts/codegen/lean-typedefs.cjs',
  ],
  project: ['functions/**/*.ts', 'infra/**/*.ts', 'scripts/**/*.{ts,mjs,cjs}', 'bench/**/*.{ts,mjs}', 'test/**/*.ts', 'web/src/**/*.{ts,tsx}'],
  ignore: [
    // written by graphql-codegen from schema/*.graphql (npm run codegen); never edited by hand
    'functions/graphql/resolvers/**/*.generated.*',
    'web/src/gql/**',
  ],
  ignoreDependencies: [
    // not imported: scripts/ddb-local.mjs runs the DynamoDB Local jar this package ships, by path
    'amplify-dynamodb-simulator',
    // graphql-codegen loads these by name from codegen.yml, which knip's codegen plugin does not follow
    '@eddeee888/gcg-typescript-resolver-files',
    '@graphql-codegen/typescript',
    '@graphql-codegen/typescript-resolvers',
    '@graphql-codegen/client-preset',
  ],
  // its reading of codegen.yml reports a package named "@graphql-codegen/"; the presets are listed above
  'graphql-codegen': false,
  ignoreBinaries: [
    // Debian's JRE (default-jre-headless, installed by .ci/run), not an npm package
    'java',
  ],
};

export default config;
