// `npm run test:ddb-local [-- <vitest paths>]`: the suites over DynamoDB Local, Amazon's own
// emulator (the jar in the amplify-dynamodb-simulator package), instead of dynalite. Starts
// it in memory on a free loopback port, waits until it answers, runs vitest (default: the
// integration and security suites) with DYNAMODB_ENDPOINT pointing at it, and stops the JVM
// however vitest ends (also on Ctrl-C). docs/backends.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const emulator = path.resolve('node_modules/amplify-dynamodb-simulator/emulator');
const jar = path.join(emulator, 'DynamoDBLocal.jar');
if (!existsSync(jar)) {
  console.error(`DynamoDB Local is missing (${jar}): run npm ci`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) {
  console.error('DynamoDB Local needs Java (a JRE 17 or newer) on PATH; on Debian/Ubuntu: apt-get install default-jre-headless');
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const endpoint = `http://127.0.0.1:${port}`;
const jvm = spawn('java', [`-Djava.library.path=${path.join(emulator, 'DynamoDBLocal_lib')}`, '-jar', jar, '-inMemory', '-port', String(port)], {
  cwd: emulator,
  stdio: ['ignore', 'ignore', 'inherit'],
});
let jvmExited = false;
jvm.on('exit', () => (jvmExited = true));
let tests = null;
const stopAll = (signal) => {
  if (tests && tests.exitCode === null) tests.kill(signal);
  if (!jvmExited) jvm.kill('SIGTERM');
};
process.on('exit', () => stopAll('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll(signal);
    process.exit(130);
  });
}

// Any HTTP answer (DynamoDB Local says 400 to an unsigned GET) means it is listening.
const deadline = Date.now() + 60_000;
for (;;) {
  if (jvmExited) {
    console.error(`DynamoDB Local exited before answering on ${endpoint}`);
    process.exit(1);
  }
  const up = await fetch(endpoint).then(() => true, () => false);
  if (up) break;
  if (Date.now() > deadline) {
    console.error(`DynamoDB Local did not answer on ${endpoint} within 60 s`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.log(`DynamoDB Local at ${endpoint}`);

const paths = process.argv.slice(2);
tests = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...(paths.length ? paths : ['test/integration', 'test/security'])], {
  stdio: 'inherit',
  env: { ...process.env, DYNAMODB_ENDPOINT: endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
});
tests.on('exit', (code, signal) => {
  stopAll('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
