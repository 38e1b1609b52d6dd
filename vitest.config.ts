import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Resolve graphql as Node does (its CommonJS entry), so the code under test and the gateway's
    // dependencies share one GraphQLError class, as in production.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'subgraphs/**/*.test.ts', 'common/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'gateway/**/*.test.ts', 'institutions/**/src/**/*.test.ts'],
    // Each file starts its own graph and database; two cores run two files at a time. A worker process runs file
    // after file without reloading the modules (isolate: false): loading them again cost each file more CPU than
    // most files' tests, and halved the suite's time when dropped. So a test file must leave nothing global behind.
    pool: 'forks',
    isolate: false,
    globalSetup: ['tests/support/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
