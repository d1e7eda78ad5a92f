import { createRequire } from 'node:module';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one
// for the server's dependencies; Vite would pick the ESM one for our own code, and
// graphql refuses to mix schema objects from the two. Use what Node uses.
const nodeGraphql = { find: /^graphql$/, replacement: require.resolve('graphql') };

export default defineConfig({
  test: {
    // The integration tests mostly wait (on simulated clusters, leases, timers), not compute:
    // run at least three files at once even on a two-core machine.
    maxWorkers: Math.max(3, os.availableParallelism() - 1),
    projects: [
      {
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          // Generous: a loaded 2-core machine must not turn slowness into failures (a hook that
          // creates and migrates an embedded store took over 10 s under the whole suite).
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The simulated cluster, its own package: unit tests beside its code, API server
        // and controller tests (some through kubectl) in its test/ folder.
        test: {
          name: 'simulator',
          root: './server/simulator',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: ['test/integration/packaging/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The Helm chart renders through Go's text/template and sprig, which a
        // newcomer may not have: `npm run test:packaging`, run by CI.
        resolve: { alias: [nodeGraphql] },
        test: {
          name: 'packaging',
          include: ['test/integration/packaging/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: './web/vite.config.ts',
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
