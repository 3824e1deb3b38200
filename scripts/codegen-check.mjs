// Fails when the generated resolver types, wiring or type definitions differ from what
// `npm run codegen` produces from schema/*.graphql (CI runs it on a fresh clone).
import { execFileSync, spawnSync } from 'node:child_process';

const targets = ['functions/graphql/resolvers', 'web/src/gql'];
const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.yml', '--silent'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const changed = execFileSync('git', ['status', '--porcelain', '--', ...targets], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`Generated code is stale; run \`npm run codegen\` and commit:\n${changed}`);
  process.exit(1);
}
console.log('generated code is fresh');
