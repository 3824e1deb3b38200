import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { uniqueTablePrefix } from './table-prefix';

/**
 * Starts the real local server (`scripts/serve.ts`, as `npm start` does) in its own
 * process on a free port with its own data folder, and waits for its ready line. Over an
 * external endpoint (DYNAMODB_ENDPOINT) it also gets a table prefix of its own.
 */
export interface LocalServer {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export const startLocalServer = async (env: Record<string, string> = {}): Promise<LocalServer> => {
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'eg-server-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      ...(process.env.DYNAMODB_ENDPOINT ? { TABLE_PREFIX: uniqueTablePrefix() } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('ready at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
