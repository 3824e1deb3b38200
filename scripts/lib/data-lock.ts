import { openSync, readFileSync, rmSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * One process owns a DATA_DIR at a time (dynalite's LevelDB cannot be opened twice, and a
 * reset must never delete a folder a running server still writes to). The lock is a file
 * holding the owner's pid; a lock whose process is gone is stale and taken over.
 */
class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `${dataDir} is in use by another server (pid ${pid}). Stop it, or give this one its own folder: DATA_DIR=/some/other/dir npm start`,
    );
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock (or throws DataDirInUse) and returns its release; released on exit too. */
const lockDataDir = (dataDir: string): (() => void) => {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirInUse(dataDir, pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${file}`);
};

/** For a CLI: takes the lock or prints who holds it and exits 1. */
export const lockOrExit = (dataDir: string, what = ''): void => {
  try {
    lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    process.stderr.write(`${what}${error.message}\n`);
    process.exit(1);
  }
};
