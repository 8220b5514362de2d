import type { Reporter, TestModule } from 'vitest/node';

/** The suite that runs the contract, adapter, fault and console tests against the run's Neo4j. */
const NEO4J_SUITE = 'tests/contract/neo4j.test.ts';

/**
 * Ends the run with how many tests ran against Neo4j, then one plain line, `N passed, N failed,
 * N skipped`, that any CI log reader understands.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const neo4j = { passed: 0, failed: 0, skipped: 0 };
    let neo4jRan = false;
    for (const module of testModules) {
      const onNeo4j = module.moduleId.replaceAll('\\', '/').endsWith(NEO4J_SUITE);
      neo4jRan ||= onNeo4j;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        counts[key]++;
        if (onNeo4j) neo4j[key]++;
      }
    }
    if (neo4jRan)
      process.stdout.write(
        `\nagainst Neo4j (${NEO4J_SUITE}): ${neo4j.passed} passed, ${neo4j.failed} failed, ${neo4j.skipped} skipped\n`,
      );
    process.stdout.write(
      `${neo4jRan ? '' : '\n'}${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
