import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console is a static bundle: config.json (auth, stage) is fetched at run time, so one
// build serves the laptop and every deployed stage.
const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: { outDir: path.join(root, 'dist'), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/config.json': 'http://localhost:4000', '/local': 'http://localhost:4000', '/files': 'http://localhost:4000', '/uploads': 'http://localhost:4000' } },
});
