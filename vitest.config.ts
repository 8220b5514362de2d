import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One Neo4j for the whole run (tools/neo4j-server), unless NEO4J_URI names one.
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
