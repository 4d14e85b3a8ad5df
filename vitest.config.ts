// Two test tiers run by vitest: `unit` (pure functions, beside the code) and `integration`
// (each subgraph and the gateway against a real PostgreSQL started by the global setup).
// The browser tier is Playwright (e2e/playwright.config.ts).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql for every importer, or Vite may load it twice ("another module or realm").
const graphqlEntry = require.resolve('graphql');

const shared = {
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  oxc: {
    decorator: { legacy: true, emitDecoratorMetadata: true },
  },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'subgraphs/*/src/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'verifier/src/**/*.test.ts',
            'verifier/test/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.test.ts', 'subgraphs/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        ...shared,
        test: {
          name: 'api',
          include: ['e2e/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
