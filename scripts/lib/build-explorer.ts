import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the explorer's browser code (GraphiQL + React) into explorer.js and
 * explorer.css in `outDir`. Skipped when the output is newer than the client source.
 */
export const buildExplorerAssets = async (outDir: string, root = process.cwd()): Promise<void> => {
  const entry = path.join(root, 'functions/explorer/client.js');
  const js = path.join(outDir, 'explorer.js');
  if (existsSync(js) && statSync(js).mtimeMs > statSync(entry).mtimeMs) return;
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { explorer: entry },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  });
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildExplorerAssets(process.argv[2] ?? '.explorer');
}
