import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker per core minus one: a single worker on our 2-core CI machines,
// although most integration files wait on dynalite, child servers and the browser rather than
// compute. Two files at a time there (issue 19.3: CI under 15 minutes); more cores, more files.
const maxWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', TZ: 'Asia/Ho_Chi_Minh' },
  },
});
