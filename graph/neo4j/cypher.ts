/**
 * Every Cypher statement the Neo4j store runs. Values always travel as parameters; the only text
 * built here is the hop bound of a variable-length pattern (Cypher takes no parameter there), made
 * from the integers 1..LIMITS.pathsMaxHops when this module loads.
 *
 * Lookups by id carry `USING INDEX SEEK` hints: a plan cached while the database was empty would otherwise
 * keep scanning labels once it is not, and a plain `USING INDEX` hint is also met by scanning the whole
 * index and filtering it, which the planner chose for relationships right after a large load (485 db hits
 * per id where a seek takes 6). Relationships looked up by a list of ids are also planned again on every
 * run (`replan=force`): the plan the server cached for them on an empty graph read every relationship for
 * each id once there were some.
 *
 * Storage layout (one contribution per document, so a document can be replaced or removed alone):
 *   (:Meta {key: 'graph', nextOrder, writes, generation, layout})
 *                                           one node; every write transaction locks it first, so
 *                                           writes are serialised across processes, and gives it a
 *                                           new `generation` (the store's version); `layout` is
 *                                           {@link LAYOUT} once the stored degrees exist
 *   (:Meta {key: 'commit', writes, fence})  the last thing every write sets; its lock lasts from there
 *                                           until the write is applied, and a search takes it before
 *                                           it reads, so it never sees a write half applied
 *   (:Document {id, order, info, text, edgeIds})
 *                                           `info` is DocumentInfo as JSON; `order` is the load
 *                                           position, kept when the document is replaced; `edgeIds`
 *                                           are the edges it contributed
 *   (:Document)-[:CONTRIBUTES {json}]->(:Node)
 *                                           the document's own version of the node, as JSON
 *   (:Node {id, kind, name, nameKo, nameEn, aliasText, keys, keyTexts, keyLengths, searchText, json, degree})
 *                                           `json` is the merged Node without its mentions (the head a
 *                                           new document's version merges into); `keys` are the
 *                                           normalised names/aliases search matches; `degree` counts its
 *                                           REL relationships, in and out, and is set by every write
 *                                           that adds or removes one
 *   (:Node)-[:REL {id, type, evidenceCount}]->(:Node)
 *                                           one per merged edge, as its first loader directs it
 *   (:EdgePart {edge, doc, order, json})    one document's version of an edge, as JSON
 *
 * Mentions and evidence accumulate over documents, so a node or edge that many reports share (a
 * country, a law) grows with each. They stay in the documents' own parts, which readers merge in load
 * order; a new document adds its parts and rewrites only the fixed-size head of what it touches, so a
 * load costs the same however many reports the store holds. Replacing or removing a document merges the
 * touched nodes and edges again from every remaining part.
 */
import { LIMITS } from '../store';

/** The storage layout the statements below read; 2 added `Node.degree`, 3 the parts beside the heads. */
export const LAYOUT = 3;

const DEGREE = 'COUNT { (n)-[:REL]->() } + COUNT { (n)<-[:REL]-() }';

/** The JSON of every document's version of node `x`, in load order: readers merge them. */
const nodeJson = (x: string) =>
  `COLLECT { MATCH (pd:Document)-[pc:CONTRIBUTES]->(${x}) RETURN pc.json ORDER BY pd.order }`;

/** The JSON of every document's version of edge `r`, in load order. */
const edgeJson = (r: string) =>
  `COLLECT { MATCH (ep:EdgePart {edge: ${r}.id}) USING INDEX SEEK ep:EdgePart(edge) RETURN ep.json ORDER BY ep.order }`;

/**
 * The two end nodes (null when missing) and the shortest node sequences between them within the hop
 * bound, each with its nodes' JSON and, per step, the JSON of every edge between the two nodes (the
 * caller picks the best), read by one statement. A step's two
 * nodes are bound before its edges are matched, so the match expands from one into the other (a
 * pattern on fresh variables filtered by WHERE scanned every relationship of the graph). With
 * `through`, a plain `all(…)` over the path's nodes: a universal predicate the shortest-path
 * algorithm checks while it searches, so the planner never falls back to an exhaustive search
 * (the test server forbids that fallback, and an `OR $through IS NULL` would need it).
 */
function shortestPathsWithin(hops: number, through: boolean): string {
  return `
OPTIONAL MATCH (a:Node {id: $from}) USING INDEX SEEK a:Node(id)
OPTIONAL MATCH (b:Node {id: $to}) USING INDEX SEEK b:Node(id)
CALL (a, b) {
  WITH a, b
  WHERE a <> b
  MATCH p = allShortestPaths((a)-[:REL*..${hops}]-(b))${
    through
      ? `
  WHERE all(x IN nodes(p) WHERE x.kind IN $through OR x = a OR x = b)`
      : ''
  }
  WITH DISTINCT nodes(p) AS ns
  LIMIT $cap
  RETURN collect({
    ids: [x IN ns | x.id],
    nodes: [x IN ns | ${nodeJson('x')}],
    steps: COLLECT {
      UNWIND range(0, size(ns) - 2) AS i
      WITH i, ns[i] AS x, ns[i + 1] AS y
      RETURN COLLECT { MATCH (x)-[r:REL]-(y) RETURN ${edgeJson('r')} } AS edges
      ORDER BY i
    }
  }) AS paths
}
RETURN CASE WHEN a IS NULL THEN null ELSE ${nodeJson('a')} END AS start,
  CASE WHEN b IS NULL THEN null ELSE ${nodeJson('b')} END AS end, paths`;
}

const hopCounts = Array.from({ length: LIMITS.pathsMaxHops }, (_, i) => i + 1);

/** The nodes a statement collected as `chosen`, and every edge among them. */
const CHOSEN_WITH_EDGES = `RETURN [x IN chosen | {id: x.id, json: ${nodeJson('x')}}] AS nodes,
  COLLECT {
    UNWIND chosen AS a
    MATCH (a)-[r:REL]->(b:Node)
    WHERE b IN chosen
    RETURN {source: a.id, id: r.id, json: ${edgeJson('r')}}
  } AS edges`;

export const CYPHER = {
  schema: [
    'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
    'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
    // Earlier versions kept a plain index on REL.id and a full-text index nothing needs any more.
    'DROP INDEX rel_id IF EXISTS',
    'DROP INDEX node_names IF EXISTS',
    'CREATE CONSTRAINT rel_id_unique IF NOT EXISTS FOR ()-[r:REL]-() REQUIRE r.id IS UNIQUE',
    'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)',
    'CREATE INDEX edge_part_edge IF NOT EXISTS FOR (p:EdgePart) ON (p.edge)',
    'CREATE INDEX edge_part_doc IF NOT EXISTS FOR (p:EdgePart) ON (p.doc)',
    'CREATE TEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON (n.searchText)',
  ],
  awaitIndexes: 'CALL db.awaitIndexes($seconds)',

  // ---- writes (one transaction per load or remove, in this order) ----
  /**
   * Also returns the version before and after the write. Cypher takes the write lock before reading
   * `m.writes` on the right of the first SET, so what is read after it is the last committed state.
   */
  lockGraph: `
MERGE (m:Meta {key: 'graph'})
ON CREATE SET m.nextOrder = 0, m.layout = $layout
SET m.writes = coalesce(m.writes, 0) + 1
WITH m, m.generation AS generationBefore
SET m.generation = randomUUID()
RETURN m.nextOrder AS nextOrder, m.writes - 1 AS writesBefore, generationBefore,
  m.writes AS writes, m.generation AS generation`,
  /** The last statement of every write (see the commit node in the layout above). */
  markCommit: `
OPTIONAL MATCH (m:Meta {key: 'graph'})
MERGE (c:Meta {key: 'commit'})
SET c.writes = m.writes`,
  /**
   * The first statement of a read that must see the graph as one write left it: it waits for a write
   * being applied, and keeps the next from applying until the read's transaction ends. Setting the
   * value it already has changes nothing, so it writes nothing.
   */
  fence: `
MATCH (c:Meta {key: 'commit'})
SET c.fence = true`,
  takeOrder: `
MATCH (m:Meta {key: 'graph'})
SET m.nextOrder = m.nextOrder + 1`,
  documentOrders: `
MATCH (d:Document)
RETURN d.id AS id, d.order AS order`,
  contributedNodeIds: `
MATCH (:Document {id: $docId})-[:CONTRIBUTES]->(n:Node)
RETURN n.id AS id`,
  contributedEdgeIds: `
MATCH (d:Document {id: $docId})
UNWIND d.edgeIds AS id
RETURN id`,
  nodeParts: `
UNWIND $ids AS id
MATCH (d:Document)-[c:CONTRIBUTES]->(n:Node {id: id}) USING INDEX SEEK n:Node(id)
WHERE d.id <> $docId
RETURN n.id AS id, d.id AS doc, c.json AS json`,
  /** The stored heads of the given nodes, which a new document's versions merge into. */
  nodeHeads: `
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
RETURN n.id AS id, n.json AS json`,
  edgeState: `
CYPHER replan=force
UNWIND $ids AS id
MATCH ()-[r:REL {id: id}]->() USING INDEX SEEK r:REL(id)
RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target, r.type AS type,
  r.evidenceCount AS evidenceCount`,
  edgeParts: `
UNWIND $ids AS id
MATCH (p:EdgePart {edge: id}) USING INDEX SEEK p:EdgePart(edge)
WHERE p.doc <> $docId
RETURN p.edge AS id, p.doc AS doc, p.json AS json`,
  /** How many of the given nodes exist, by kind; edges by type: a write's change to the statistics. */
  kindsOf: `
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
RETURN n.kind AS key, count(*) AS count`,
  typesOf: `
CYPHER replan=force
UNWIND $ids AS id
MATCH ()-[r:REL {id: id}]->() USING INDEX SEEK r:REL(id)
RETURN r.type AS key, count(*) AS count`,
  deleteEdges: `
CYPHER replan=force
UNWIND $ids AS id
MATCH ()-[r:REL {id: id}]->() USING INDEX SEEK r:REL(id)
DELETE r`,
  deleteContributions: `
MATCH (:Document {id: $docId})-[c:CONTRIBUTES]->(:Node)
DELETE c`,
  deleteEdgeParts: `
MATCH (p:EdgePart {doc: $docId}) USING INDEX SEEK p:EdgePart(doc)
DELETE p`,
  addEdgeParts: `
UNWIND $rows AS row
CREATE (:EdgePart {edge: row.id, doc: $docId, order: $order, json: row.json})`,
  deleteNodes: `
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
DETACH DELETE n`,
  upsertDocument: `
MERGE (d:Document {id: $docId})
SET d.order = $order, d.info = $info, d.text = $text, d.edgeIds = $edgeIds`,
  deleteDocument: `
MATCH (d:Document {id: $docId})
DETACH DELETE d`,
  upsertNodes: `
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n.kind = row.kind,
  n.name = row.name,
  n.nameKo = row.nameKo,
  n.nameEn = row.nameEn,
  n.aliasText = row.aliasText,
  n.keys = row.keys,
  n.keyTexts = row.keyTexts,
  n.keyLengths = row.keyLengths,
  n.searchText = row.searchText,
  n.json = row.json`,
  addContributions: `
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (n:Node {id: row.id}) USING INDEX SEEK n:Node(id)
CREATE (d)-[:CONTRIBUTES {json: row.json}]->(n)`,
  /**
   * Edges that exist with the same endpoints, found by their unique id. (A MERGE on the relationship
   * pattern would walk every relationship of the endpoint, thousands for a hub, for every row.)
   */
  updateEdges: `
CYPHER replan=force
UNWIND $rows AS row
MATCH ()-[r:REL {id: row.id}]->() USING INDEX SEEK r:REL(id)
SET r.type = row.type,
  r.evidenceCount = row.evidenceCount`,
  /** Edges that do not exist (or were just deleted because their endpoints changed). */
  createEdges: `
UNWIND $rows AS row
MATCH (a:Node {id: row.source}) USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: row.target}) USING INDEX SEEK b:Node(id)
CREATE (a)-[:REL {
  id: row.id,
  type: row.type,
  evidenceCount: row.evidenceCount
}]->(b)`,

  /** After the relationships of a write: the stored degree of the given nodes that still exist. */
  setDegrees: `
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
SET n.degree = ${DEGREE}`,
  /**
   * A graph written before {@link LAYOUT} 3 gets, under the Meta lock, once: its degrees (layout 2),
   * its edges' parts as EdgePart nodes, and its statistics counted again (`countAll` after this
   * statement). Its nodes' JSON keeps the merged mentions until a write touches them: only a new
   * document's merge reads that head, and it stores the head without them.
   */
  upgradeLayout: `
MATCH (m:Meta {key: 'graph'})
WITH m, coalesce(m.layout, 1) AS from
WHERE from < $layout
SET m.layout = $layout
WITH m, from
CALL (m, from) {
  MATCH (n:Node)
  WHERE from < 2
  SET n.degree = ${DEGREE}
}
CALL (m) {
  MATCH (:Node)-[r:REL]->(:Node)
  WHERE r.parts IS NOT NULL
  CALL (r) {
    UNWIND range(0, size(r.parts) - 1) AS i
    MATCH (d:Document {id: r.docs[i]})
    CREATE (:EdgePart {edge: r.id, doc: d.id, order: d.order, json: r.parts[i]})
  }
  REMOVE r.parts, r.docs, r.json
}
RETURN count(m) AS upgraded`,

  // ---- reads ----
  documents: `
MATCH (d:Document)
RETURN d.info AS info
ORDER BY d.order`,
  text: `
MATCH (d:Document {id: $docId})
RETURN d.text AS text`,
  node: `
MATCH (n:Node {id: $id}) USING INDEX SEEK n:Node(id)
RETURN ${nodeJson('n')} AS json`,
  edge: `
MATCH ()-[r:REL {id: $id}]->() USING INDEX SEEK r:REL(id)
RETURN ${edgeJson('r')} AS json`,
  /**
   * One page of every node's names and degree in id order, from which the store builds its search
   * index (`search.ts`) a page at a time.
   */
  searchEntries: `
MATCH (n:Node) USING INDEX n:Node(id)
WHERE n.id > $after
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.keys AS keys, n.keyTexts AS texts, n.degree AS degree
ORDER BY n.id
LIMIT $size`,
  /** The names and degree of the given nodes that exist, read by a write after its changes. */
  searchEntriesOf: `
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.keys AS keys, n.keyTexts AS texts, n.degree AS degree`,
  /**
   * Search without the in-process index, for while it is being built, ranked as the index ranks (see
   * `graph/search-index.ts`): per node its best key (higher tier, then shorter, then, between prefix
   * matches of one length, the key first in code-unit order, else the first listed); then tier, length,
   * degree, name, id. `searchText` holds every key between separators, so one CONTAINS on its text
   * index finds every candidate, and CONTAINS of `$exactKey` (separator, needle, separator) or
   * `$keyStart` (separator, needle) gives its tier; which key matched is worked out for the page
   * alone. The version is read before and after, as in `searchPage`.
   */
  searchFallback: `
OPTIONAL MATCH (before:Meta {key: 'graph'})
WITH before.writes AS writes, before.generation AS generation
CALL (writes) {
  MATCH (n:Node)
  WHERE n.searchText CONTAINS $needle AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n, CASE WHEN n.searchText CONTAINS $exactKey THEN 3 WHEN n.searchText CONTAINS $keyStart THEN 2 ELSE 1 END AS tier,
    n.keys AS keys, n.keyLengths AS lengths
  WITH n, tier, keys, lengths, [i IN range(0, size(keys) - 1) WHERE CASE tier
      WHEN 3 THEN keys[i] = $needle
      WHEN 2 THEN keys[i] STARTS WITH $needle
      ELSE keys[i] CONTAINS $needle AND NOT keys[i] STARTS WITH $needle
    END] AS matching
  WITH n, tier, keys, lengths, matching, reduce(shortest = -1, i IN matching |
    CASE WHEN shortest = -1 OR lengths[i] < shortest THEN lengths[i] ELSE shortest END) AS length
  ORDER BY tier DESC, length ASC, n.degree DESC, n.name ASC, n.id ASC
  LIMIT $limit
  WITH n, tier, length, keys, [i IN matching WHERE lengths[i] = length] AS shortest
  RETURN collect({json: ${nodeJson('n')}, tier: tier, length: length, matched: n.keyTexts[CASE tier
      WHEN 2 THEN reduce(first = shortest[0], i IN shortest | CASE WHEN keys[i] < keys[first] THEN i ELSE first END)
      ELSE shortest[0]
    END]}) AS hits
}
CALL (hits) {
  OPTIONAL MATCH (after:Meta {key: 'graph'})
  RETURN after.writes AS writesAfter, after.generation AS generationAfter
}
RETURN writes, generation, writesAfter, generationAfter, hits`,
  /**
   * The JSON of the nodes a search found in the index, between two reads of the version: the index
   * answered for the graph as it is when both equal the index's version. Each subquery imports what
   * the step before returned, so the planner keeps the three reads in this order.
   */
  searchPage: `
OPTIONAL MATCH (before:Meta {key: 'graph'})
WITH before.writes AS writes, before.generation AS generation
CALL (writes) {
  UNWIND $ids AS id
  MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
  RETURN collect({id: n.id, json: ${nodeJson('n')}}) AS nodes
}
CALL (nodes) {
  OPTIONAL MATCH (after:Meta {key: 'graph'})
  RETURN after.writes AS writesAfter, after.generation AS generationAfter
}
RETURN writes, generation, writesAfter, generationAfter, nodes`,
  /**
   * Neighbours ranked by evidence on the connecting edges, then degree, then id; only the requested
   * page is turned into JSON, with its connecting edges.
   */
  neighbors: `
MATCH (c:Node {id: $id}) USING INDEX SEEK c:Node(id)
CALL (c) {
  OPTIONAL MATCH (c)-[r:REL]-(m:Node)
  WHERE m <> c AND ($types IS NULL OR r.type IN $types) AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH m, sum(r.evidenceCount) AS evidence
  ORDER BY evidence DESC, m.degree DESC, m.id ASC
  WITH collect(m) AS ranked
  RETURN size(ranked) AS total, ranked[$offset..$end] AS page
}
RETURN ${nodeJson('c')} AS center, total,
  [m IN page | {
    node: ${nodeJson('m')},
    edges: [(c)-[r:REL]-(m) WHERE $types IS NULL OR r.type IN $types | ${edgeJson('r')}]
  }] AS page`,
  /** Shortest node sequences (any edge direction) within the hop bound, keyed by that bound. */
  shortestPaths: Object.fromEntries(
    hopCounts.map((hops) => [hops, shortestPathsWithin(hops, false)]),
  ) as Readonly<Record<number, string>>,
  /** The same, passing only through nodes whose kind is in `$through`. */
  shortestPathsThrough: Object.fromEntries(
    hopCounts.map((hops) => [hops, shortestPathsWithin(hops, true)]),
  ) as Readonly<Record<number, string>>,
  /** The given nodes that exist and every edge among them, as one read; the caller orders them. */
  subgraph: `
CALL () {
  UNWIND $ids AS id
  MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
  RETURN collect(n) AS chosen
}
${CHOSEN_WITH_EDGES}`,
  /** Most connected first, documents and sections after every other kind, and the edges among them. */
  overview: `
CALL () {
  MATCH (n:Node)
  WITH n, CASE WHEN n.kind IN ['Document', 'Section'] THEN 1 ELSE 0 END AS structural
  ORDER BY structural ASC, n.degree DESC, n.id ASC
  LIMIT $limit
  RETURN collect(n) AS chosen
}
${CHOSEN_WITH_EDGES}`,
  /**
   * Every count, taken by a write transaction after its changes (writes run one at a time under the
   * Meta lock) and kept on the Meta node as one JSON value: Neo4j reads committed data, so counting
   * at read time, even in one statement, could mix the states before and after a concurrent write.
   */
  countAll: `
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents
}
CALL () {
  MATCH (n:Node)
  WITH n.kind AS key, count(n) AS count
  RETURN collect({key: key, count: count}) AS nodes
}
CALL () {
  MATCH (:Node)-[r:REL]->(:Node)
  WITH r.type AS key, count(r) AS count
  RETURN collect({key: key, count: count}) AS edges
}
RETURN documents, nodes, edges`,
  saveStats: `
MATCH (m:Meta {key: 'graph'})
SET m.stats = $stats`,
  stats: `
MATCH (m:Meta {key: 'graph'})
RETURN m.stats AS stats`,
  version: `
OPTIONAL MATCH (m:Meta {key: 'graph'})
RETURN m.writes AS writes, m.generation AS generation`,
  /** The graph without report structure; the kinds and types left out travel as parameters. */
  semanticNodes: `
MATCH (n:Node)
WHERE NOT n.kind IN $structuralKinds
RETURN ${nodeJson('n')} AS json`,
  semanticEdges: `
MATCH (a:Node)-[r:REL]->(b:Node)
WHERE NOT r.type IN $structuralTypes AND NOT a.kind IN $structuralKinds AND NOT b.kind IN $structuralKinds
RETURN ${edgeJson('r')} AS json`,
} as const;

/** Every statement with a stable name, for the syntax check. */
export function allStatements(): Array<{ name: string; cypher: string }> {
  const out: Array<{ name: string; cypher: string }> = [];
  for (const [name, value] of Object.entries(CYPHER)) {
    if (typeof value === 'string') out.push({ name, cypher: value });
    else if (Array.isArray(value)) out.push(...value.map((cypher, i) => ({ name: `${name}[${i}]`, cypher })));
    else for (const [key, cypher] of Object.entries(value)) out.push({ name: `${name}.${key}`, cypher });
  }
  return out;
}
