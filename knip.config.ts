import type { KnipConfig } from 'knip';

// The project's real entry points: the Lambda handlers infra/stack.ts bundles, the CDK app cdk.json runs,
// the npm-script CLIs, the bench scripts, the tests and the tools' own config files.
const config: KnipConfig = {
  entry: [
    'functions/graphql/handler.ts',
    'functions/explorer/handler.ts',
    'functions/jobs/reminders.ts',
    'infra/app.ts',
    'scripts/*.{ts,mjs}',
    'bench/*.{ts,mjs}',
    'bench/experiments/*.ts',
    'test/**/*.test.ts',
  ],
  project: ['functions/**/*.ts', 'infra/**/*.ts', 'scripts/**/*.{ts,mjs,cjs}', 'bench/**/*.{ts,mjs}', 'test/**/*.ts'],
  ignore: [
    // written by graphql-codegen from schema/*.graphql (npm run codegen); never edited by hand
    'functions/graphql/resolvers/**/*.generated.*',
  ],
};

export default config;
