import {
  type DbSchema,
  lintCypherQuery,
  type SyntaxDiagnostic,
  testData,
} from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { allStatements, CYPHER } from '../../graph/neo4j/cypher';

/**
 * Neo4j's own Cypher front end (parser plus semantic analysis), checking against Cypher 5 with the
 * built-in function and procedure catalogue the package ships, and the labels, relationship types and
 * property keys of the store's layout (see graph/neo4j/cypher.ts), so a misspelt name fails too.
 */
const { functions, procedures } = testData.mockSchema;
if (!functions || !procedures)
  throw new Error('@neo4j-cypher/language-support no longer ships its catalogue');
const schema: DbSchema = {
  defaultLanguage: 'CYPHER 5',
  functions,
  procedures,
  labels: ['Node', 'Document', 'Meta', 'EdgePart'],
  relationshipTypes: ['REL', 'CONTRIBUTES'],
  propertyKeys: [
    ...[
      'id',
      'kind',
      'name',
      'nameKo',
      'nameEn',
      'aliasText',
      'keys',
      'keyTexts',
      'keyLengths',
      'searchText',
      'json',
      'degree',
    ],
    ...[
      'order',
      'info',
      'text',
      'edgeIds',
      'key',
      'nextOrder',
      'writes',
      'generation',
      'layout',
      'stats',
      'type',
      'evidenceCount',
      'edge',
      'doc',
      // the lists on REL before layout 3, which the upgrade reads and removes
      'docs',
      'parts',
    ],
    // fields of UNWIND rows, which the analyser reports like properties
    ...['source', 'target'],
  ],
};

/** Everything the analyser reports except undeclared parameters (values arrive at run time). */
function problems(cypher: string): SyntaxDiagnostic[] {
  return lintCypherQuery(cypher, schema).diagnostics.filter(
    (d) => !/^Parameter \$\S+ is not defined\.$/.test(text(d)),
  );
}

function text(diagnostic: SyntaxDiagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function describeProblems(cypher: string, found: SyntaxDiagnostic[]): string[] {
  return found.map((d) => `${text(d)} at "${cypher.slice(d.offsets.start, d.offsets.end)}"`);
}

describe('Cypher statements of the Neo4j store', () => {
  const statements = allStatements();

  it('include the schema, every write step and every read', () => {
    expect(statements.length).toBeGreaterThan(30);
    const names = statements.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'schema[0]',
        'upsertNodes',
        'searchPage',
        'neighbors',
        'shortestPaths.6',
        'version',
        'semanticNodes',
        'semanticEdges',
      ]),
    );
  });

  it.each(statements)('$name parses and passes semantic analysis', ({ cypher }) => {
    expect(describeProblems(cypher, problems(cypher))).toEqual([]);
  });

  // The store passes null for "no filter"; in Cypher `x IN null` is null, which would drop every row.
  it.each(['kinds', 'types'])('treat a null $%s as no filter wherever they filter on it', (param) => {
    const users = statements.filter((s) => s.cypher.includes(`IN $${param}`));
    expect(users.length).toBeGreaterThan(0);
    for (const { name, cypher } of users) {
      expect(cypher, name).toContain(`$${param} IS NULL OR `);
    }
  });

  // `$through IS NULL OR …` makes the planner fall back to an exhaustive search for unconnected pairs.
  it('filter paths on their kinds with a plain all(…) in a statement of their own', () => {
    for (const hops of [1, 6]) {
      expect(CYPHER.shortestPaths[hops]).not.toContain('$through');
      expect(CYPHER.shortestPathsThrough[hops]).toContain('WHERE all(x IN nodes(p) WHERE x.kind IN $through');
      expect(CYPHER.shortestPathsThrough[hops]).not.toContain('$through IS NULL');
    }
  });

  it('search without a full-text index (its query syntax caps the number of words)', () => {
    expect(statements.some((s) => s.cypher.includes('db.index.fulltext'))).toBe(false);
    expect(CYPHER.schema.some((s) => s.startsWith('CREATE FULLTEXT'))).toBe(false);
  });
});

describe('the syntax check', () => {
  it('rejects a misspelt keyword', () => {
    const broken = CYPHER.node.replace('RETURN', 'RETRN');
    expect(problems(broken).some((d) => text(d).includes("Invalid input 'RETRN'"))).toBe(true);
  });

  it('rejects an unbalanced pattern', () => {
    expect(problems('MATCH (n:Node {id: $id} RETURN n.json')).not.toEqual([]);
  });

  it('rejects a variable that was never bound', () => {
    expect(problems('MATCH (n:Node {id: $id}) RETURN m.json').map(text)).toContain(
      'Variable `m` not defined',
    );
  });

  it('rejects an unknown function and a misspelt property key', () => {
    expect(problems('MATCH (n:Node) RETURN toLowr(n.name)')).not.toEqual([]);
    expect(problems('MATCH (n:Node) RETURN n.jsno')).not.toEqual([]);
  });
});
