import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // bin/kg.js runs the sources, not a build that may be stale; tests/unit/build.test.ts checks the build.
    env: { KG_FROM_SOURCE: '1' },
    // One Neo4j for the whole run (tools/neo4j-server), unless NEO4J_URI names one.
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
