import { spawn } from 'node:child_process';

/**
 * Runs a TypeScript worker in a separate Node process (its own handler, DynamoDB client and
 * event loop) with the given environment, and resolves with the JSON it prints on stdout.
 */
export const runWorker = <T>(script: string, env: Record<string, string | undefined>): Promise<T> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${script} exited ${code}: ${err}`))));
  });
