import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds the console (web/) with Vite into web/dist. `ifStale` skips the build when
 * web/dist/index.html is newer than every source file, so `npm start` pays the few
 * seconds only after the console changed.
 */
const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
};

export const webDist = (root = process.cwd()): string => path.join(root, 'web', 'dist');

const webIsStale = (root = process.cwd()): boolean => {
  const index = path.join(webDist(root), 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestMtime(path.join(root, 'web'));
};

export const buildWeb = async (root = process.cwd()): Promise<void> => {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
};

export const ensureWebBuilt = async (root = process.cwd()): Promise<void> => {
  if (webIsStale(root)) await buildWeb(root);
};
