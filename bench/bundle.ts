import { statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { BUNDLE_ALIASES } from '../infra/constructs/bundling';

/**
 * Bundles a Lambda entry exactly as the CDK's NodejsFunction does for the GraphQL function
 * (infra/constructs/graphql-api.ts → aws-cdk-lib/aws-lambda-nodejs bundling): esbuild
 * `--bundle --target=node22 --platform=node --format=esm --outfile=index.mjs --minify
 * --banner:js=<createRequire> --main-fields=module,main`, its resolve rules (one copy of
 * Apollo; no usage-reporting protobuf) and, as in a production stage, the schema without
 * descriptions; no externals (the AWS SDK is bundled), no source map (the prod default).
 * test/bench/size-budget.test.ts checks these still match the construct's settings, so the
 * sizes here are a deployment's.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __cdkCreateRequire } from 'node:module'; const require = __cdkCreateRequire(import.meta.url);";

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** The GraphQL function's entry, as infra/app.ts names it. */
export const HANDLER_ENTRY = 'functions/graphql/handler.ts';

export const lambdaBuildOptions = (entry: string, outfile: string, schema: 'lean' | 'full' = 'lean', rules = true): BuildOptions => ({
  absWorkingDir: ROOT,
  entryPoints: [entry],
  bundle: true,
  outfile,
  target: 'node22',
  platform: 'node',
  format: 'esm',
  minify: true,
  banner: { js: ESM_REQUIRE_BANNER },
  mainFields: ['module', 'main'],
  external: [],
  alias: rules ? { ...BUNDLE_ALIASES } : {},
  define: { 'process.env.EG_SCHEMA': JSON.stringify(schema) },
  logLevel: 'error',
});

export interface BundleSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Bundles `entry` (relative to the repository) to `<outDir>/<name>/index.mjs` and measures it. */
/** `schema: 'full'` is a dev/explorer build; `rules: false` drops the resolve rules (a diagnostic: two Apollo copies). */
export const bundleLambda = async (entry: string, outDir: string, name = 'handler', schema: 'lean' | 'full' = 'lean', rules = true): Promise<BundleSize> => {
  const file = path.join(outDir, name, 'index.mjs');
  await build(lambdaBuildOptions(entry, file, schema, rules));
  return { file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length };
};
