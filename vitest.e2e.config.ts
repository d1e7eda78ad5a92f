import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The server under test loads graphql's CommonJS build, as Node does; keep Vite from mixing in
// the ESM build, which graphql refuses to combine with the other.
const nodeGraphql = { find: /^graphql$/, replacement: require.resolve('graphql') };

/** Browser tests: the real server and the built console, driven through Chromium. */
export default defineConfig({
  resolve: { alias: [nodeGraphql] },
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
