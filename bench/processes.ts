import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Child processes of the bench: started with the current Node, their first JSON line on
 * stdout is their answer (an endpoint, a port, a measurement). Ended by their own id only.
 */
export interface Child<T> {
  readonly info: T;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export const startChild = async <T>(args: readonly string[], env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<Child<T>> => {
  const child = spawn(process.execPath, [...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], cwd: process.cwd() });
  let out = '';
  let err = '';
  const info = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not answer in ${timeoutMs} ms:\n${err}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line && out.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as T);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited ${code}:\n${err}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    info,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/** Runs a child to its end and returns its first JSON line. */
export const runChild = async <T>(args: readonly string[], env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<T> => {
  const child = spawn(process.execPath, [...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} took over ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`${args.join(' ')} exited ${code}:\n${err}\n${out}`);
  return JSON.parse(line) as T;
};
