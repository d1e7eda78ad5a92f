import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one
// for the server's dependencies; Vite would pick the ESM one for our own code, and
// graphql refuses to mix schema objects from the two. Use what Node uses.
const nodeGraphql = { find: /^graphql$/, replacement: require.resolve('graphql') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: './web/vite.config.ts',
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
