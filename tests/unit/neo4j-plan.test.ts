import { describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic';
import { mergeEdges, mergeNodes } from '../../graph/merge';
import type { Edge, GraphDocument, Node } from '../../graph/model';
import { nodeRow } from '../../graph/neo4j/convert';
import { appends, type EdgeRow, planWrite, type StoredState, type WritePlan } from '../../graph/neo4j/plan';
import { validateGraphDocument } from '../../graph/validate';
import { pathsDocument, reportEn, reportKo } from '../fixtures/documents';

/*
 * The Neo4j store's write planner, run against an in-process imitation of its storage layout (see
 * graph/neo4j/cypher.ts) that applies each plan the way the Cypher statements would, including
 * MERGE matching a relationship on its endpoints and DETACH DELETE taking relationships along.
 * After every load or remove the imitation must hold exactly the merged graph the shared merge
 * rules give for the loaded documents in load order.
 */

type NodeRow = ReturnType<typeof nodeRow>;
type Rel = EdgeRow;
type EdgePart = { edge: string; doc: string; order: number; json: string };

/** Deterministic pseudo-random choices, so a failure replays the same sequence. */
function randomSource(seed: number) {
  const next = random(seed);
  return {
    chance: (p: number) => next() < p,
    below: (n: number) => Math.floor(next() * n),
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
}
type Random = ReturnType<typeof randomSource>;

/** The Neo4j layout held in maps; `write` does what Neo4jStore's write transaction does. */
class ImitationDb {
  nextOrder = 0;
  readonly docs = new Map<string, { order: number; edgeIds: string[] }>();
  /** CONTRIBUTES relationships: document id -> node id -> JSON. */
  readonly contributions = new Map<string, Map<string, string>>();
  readonly nodes = new Map<string, NodeRow>();
  /** REL relationships; ids are not unique by construction, as in Neo4j. */
  rels: Rel[] = [];
  edgeParts: EdgePart[] = [];

  constructor(private readonly random: Random) {}

  write(docId: string, doc: GraphDocument | undefined): WritePlan {
    const previousOrder = this.docs.get(docId)?.order;
    if (!doc && previousOrder === undefined) throw new Error(`remove of ${docId}, which is not loaded`);
    const orders = new Map([...this.docs].map(([id, d]) => [id, d.order]));
    let order = previousOrder ?? 0;
    if (doc && previousOrder === undefined) order = this.nextOrder++;

    const nodeIds = [...(this.contributions.get(docId)?.keys() ?? [])];
    const edgeIds = this.docs.get(docId)?.edgeIds ?? [];
    const touchedNodes = [...new Set([...nodeIds, ...(doc?.nodes ?? []).map((n) => n.id)])];
    const touchedEdges = [...new Set([...edgeIds, ...(doc?.edges ?? []).map((e) => e.id)])];
    // Neo4j returns rows in no particular order; the plan must not depend on it.
    const append = appends(docId, doc, orders);
    const nodeHeads = new Map<string, string>();
    const nodeParts = new Map<string, Array<{ doc: string; json: string }>>();
    for (const id of touchedNodes) {
      const head = this.nodes.get(id);
      if (append) {
        if (head) nodeHeads.set(id, head.json);
        continue;
      }
      for (const [other, contributed] of this.random.shuffle([...this.contributions])) {
        const json = contributed.get(id);
        if (other === docId || json === undefined) continue;
        nodeParts.set(id, [...(nodeParts.get(id) ?? []), { doc: other, json }]);
      }
    }
    const edges: StoredState['edges'] = new Map(
      this.random
        .shuffle(this.rels.filter((r) => touchedEdges.includes(r.id)))
        .map(({ id, ...rest }) => [id, rest]),
    );
    const edgeParts = new Map<string, Array<{ doc: string; json: string }>>();
    if (!append) {
      for (const part of this.random.shuffle([...this.edgeParts])) {
        if (part.doc === docId || !touchedEdges.includes(part.edge)) continue;
        edgeParts.set(part.edge, [...(edgeParts.get(part.edge) ?? []), { doc: part.doc, json: part.json }]);
      }
    }
    const plan = planWrite(docId, order, doc, touchedNodes, touchedEdges, {
      orders,
      nodeHeads,
      nodeParts,
      edges,
      edgeParts,
    });
    if (append) {
      expect(
        plan.deleteEdgeIds.length + plan.deleteNodeIds.length,
        'an appended document deletes nothing',
      ).toBe(0);
    }

    const deleteEdges = new Set(plan.deleteEdgeIds);
    this.rels = this.rels.filter((r) => !deleteEdges.has(r.id));
    this.contributions.delete(docId);
    this.edgeParts = this.edgeParts.filter((p) => p.doc !== docId);
    const deleteNodes = new Set(plan.deleteNodeIds);
    for (const id of deleteNodes) this.nodes.delete(id);
    this.rels = this.rels.filter((r) => !deleteNodes.has(r.source) && !deleteNodes.has(r.target));
    for (const contributed of this.contributions.values()) {
      for (const id of deleteNodes) contributed.delete(id);
    }
    if (doc) this.docs.set(docId, { order, edgeIds: doc.edges.map((e) => e.id) });
    else this.docs.delete(docId);
    for (const row of plan.nodeRows) this.nodes.set(row.id, row);
    if (doc) {
      // MATCH (n:Node {id: row.id}) drops rows whose node does not exist.
      const own = plan.contributions.filter((c) => this.nodes.has(c.id));
      this.contributions.set(docId, new Map(own.map((c) => [c.id, c.json])));
    }
    for (const row of plan.edgeRows) {
      if (edges.has(row.id) && !deleteEdges.has(row.id)) {
        // updateEdges matches the relationship by id and sets its type and evidence count only.
        for (const rel of this.rels.filter((r) => r.id === row.id)) {
          rel.type = row.type;
          rel.evidenceCount = row.evidenceCount;
        }
        continue;
      }
      if (!this.nodes.has(row.source) || !this.nodes.has(row.target)) continue; // MATCH finds no endpoint
      this.rels.push({ ...row });
    }
    for (const part of plan.edgeParts)
      this.edgeParts.push({ edge: part.id, doc: docId, order, json: part.json });
    return plan;
  }
}

/** What the shared merge rules say the store holds: documents in load order, a replaced one in place. */
class Expected {
  readonly loaded: GraphDocument[] = [];

  write(docId: string, doc: GraphDocument | undefined): void {
    const at = this.loaded.findIndex((d) => d.document.id === docId);
    if (!doc) this.loaded.splice(at, 1);
    else if (at === -1) this.loaded.push(doc);
    else this.loaded[at] = doc;
  }

  nodes(): Map<string, Node> {
    return this.merged((d) => d.nodes, mergeNodes);
  }

  edges(): Map<string, { edge: Edge; docs: string[]; parts: Edge[] }> {
    const out = new Map<string, { edge: Edge; docs: string[]; parts: Edge[] }>();
    for (const [id, edge] of this.merged((d) => d.edges, mergeEdges)) {
      const contributors = this.loaded.filter((d) => d.edges.some((e) => e.id === id));
      out.set(id, {
        edge,
        docs: contributors.map((d) => d.document.id),
        parts: contributors.map((d) => d.edges.find((e) => e.id === id)!),
      });
    }
    return out;
  }

  private merged<T extends { id: string }>(
    items: (doc: GraphDocument) => T[],
    merge: (parts: T[]) => T,
  ): Map<string, T> {
    const parts = new Map<string, T[]>();
    for (const doc of this.loaded) {
      for (const item of items(doc)) parts.set(item.id, [...(parts.get(item.id) ?? []), item]);
    }
    return new Map([...parts].map(([id, list]) => [id, merge(list)]));
  }
}

/** `rpt-paths` again under another document id, so three documents can share nodes and edges. */
function pathsCopy(): GraphDocument {
  const doc = pathsDocument();
  const id = 'rpt-paths-b';
  doc.document = { ...doc.document, id };
  for (const node of doc.nodes) for (const m of node.mentions) m.documentId = id;
  for (const edge of doc.edges) for (const e of edge.evidence) e.documentId = id;
  return doc;
}

const BASES = [reportKo, reportEn, pathsDocument, pathsCopy];

/**
 * A valid variant of one base document: some nodes (with their edges) and edges left out, and names,
 * aliases, properties, mentions and edge directions changed, so the order of contributors shows.
 */
function variant(random: Random, version: number): GraphDocument {
  const doc = BASES[random.below(BASES.length)]!();
  const dropped = new Set(
    doc.nodes.filter((n) => n.kind !== 'Document' && random.chance(0.2)).map((n) => n.id),
  );
  doc.nodes = doc.nodes.filter((n) => !dropped.has(n.id));
  doc.edges = doc.edges.filter(
    (e) => !dropped.has(e.source) && !dropped.has(e.target) && !random.chance(0.15),
  );
  for (const node of doc.nodes) {
    if (random.chance(0.3)) node.properties = { version, [`set-by-${doc.document.id}`]: random.below(3) };
    if (random.chance(0.2)) node.name = `${node.name} v${version}`;
    if (random.chance(0.2)) node.aliases = [...node.aliases, `alias ${random.below(4)}`];
    if (random.chance(0.2)) node.nameEn = `English ${random.below(4)}`;
    if (random.chance(0.1)) node.mentions = [];
  }
  for (const edge of doc.edges) {
    if (random.chance(0.3)) edge.properties = { version, weight: random.below(3) };
    if (random.chance(0.15)) [edge.source, edge.target] = [edge.target, edge.source];
    if (random.chance(0.2)) edge.evidence = edge.evidence.slice(0, 1);
  }
  return validateGraphDocument(doc);
}

function expectSameGraph(db: ImitationDb, expected: Expected, history: string[]): void {
  const where = `after ${history.join(', ')}`;
  expect(
    [...db.docs].sort((a, b) => a[1].order - b[1].order).map(([id, d]) => [id, d.edgeIds]),
    where,
  ).toEqual(expected.loaded.map((d) => [d.document.id, d.edges.map((e) => e.id)]));

  const nodes = expected.nodes();
  expect([...db.nodes.keys()].sort(), where).toEqual([...nodes.keys()].sort());
  const inOrder = [...db.docs].sort((a, b) => a[1].order - b[1].order).map(([id]) => id);
  for (const [id, node] of nodes) {
    const row = db.nodes.get(id)!;
    expect({ ...row, json: JSON.parse(row.json) }, `${where}: node ${id}`).toEqual({
      ...nodeRow(node),
      json: { ...node, mentions: [] },
    });
    const parts = inOrder.flatMap((doc) => db.contributions.get(doc)?.get(id) ?? []);
    expect(mergeNodes(parts.map((json) => JSON.parse(json) as Node)), `${where}: node ${id} as read`).toEqual(
      node,
    );
  }

  for (const doc of expected.loaded) {
    const stored = db.contributions.get(doc.document.id) ?? new Map<string, string>();
    expect(
      Object.fromEntries([...stored].map(([id, json]) => [id, JSON.parse(json)])),
      `${where}: contributions of ${doc.document.id}`,
    ).toEqual(Object.fromEntries(doc.nodes.map((n) => [n.id, n])));
  }

  const edges = expected.edges();
  expect(db.rels.map((r) => r.id).sort(), `${where}: one relationship per edge id`).toEqual(
    [...edges.keys()].sort(),
  );
  for (const rel of db.rels) {
    const { edge, docs, parts } = edges.get(rel.id)!;
    expect(rel, `${where}: edge ${rel.id}`).toEqual({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      evidenceCount: edge.evidence.length,
    });
    const stored = db.edgeParts.filter((p) => p.edge === rel.id).sort((a, b) => a.order - b.order);
    expect(
      stored.map((p) => [p.doc, JSON.parse(p.json)]),
      `${where}: parts of edge ${rel.id}`,
    ).toEqual(docs.map((doc, i) => [doc, parts[i]]));
    expect(
      mergeEdges(stored.map((p) => JSON.parse(p.json) as Edge)),
      `${where}: edge ${rel.id} as read`,
    ).toEqual(edge);
  }
}

describe('the Neo4j write planner', () => {
  it('leaves exactly the merged graph of the shared merge rules after every step of random load/remove sequences', () => {
    const random = randomSource(20250101);
    const seen = { loads: 0, replacements: 0, removes: 0, nodeDeletes: 0, movedEdges: 0, edgeDeletes: 0 };
    for (let sequence = 0; sequence < 100; sequence++) {
      const db = new ImitationDb(random);
      const expected = new Expected();
      const history: string[] = [];
      for (let step = 0; step < 10; step++) {
        const loaded = [...db.docs.keys()];
        let plan: WritePlan;
        if (loaded.length > 0 && random.chance(0.3)) {
          const id = loaded[random.below(loaded.length)]!;
          history.push(`remove ${id}`);
          plan = db.write(id, undefined);
          expected.write(id, undefined);
          seen.removes++;
        } else {
          const doc = variant(random, step);
          const id = doc.document.id;
          history.push(`load ${id} (${doc.nodes.length} nodes, ${doc.edges.length} edges)`);
          if (db.docs.has(id)) seen.replacements++;
          plan = db.write(id, structuredClone(doc));
          expected.write(id, doc);
          seen.loads++;
        }
        const kept = new Set(plan.edgeRows.map((r) => r.id));
        seen.movedEdges += plan.deleteEdgeIds.filter((id) => kept.has(id)).length;
        seen.edgeDeletes += plan.deleteEdgeIds.length;
        seen.nodeDeletes += plan.deleteNodeIds.length;
        expectSameGraph(db, expected, history);
      }
    }
    // Every kind of change the planner handles came up, so the comparison above covered it.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(10);
  });

  it('recreates an edge whose first loader reverses it, keeping the other loader’s contribution', () => {
    const random = randomSource(7);
    const db = new ImitationDb(random);
    const expected = new Expected();
    const first = validateGraphDocument(pathsDocument());
    const second = validateGraphDocument(pathsCopy());
    for (const doc of [first, second]) {
      db.write(doc.document.id, structuredClone(doc));
      expected.write(doc.document.id, doc);
    }
    const reversed = structuredClone(first);
    const edge = reversed.edges[0]!;
    [edge.source, edge.target] = [edge.target, edge.source];
    const plan = db.write(reversed.document.id, structuredClone(reversed));
    expected.write(reversed.document.id, reversed);

    expect(plan.deleteEdgeIds).toContain(edge.id);
    const rels = db.rels.filter((r) => r.id === edge.id);
    expect(rels.map((r) => [r.source, r.target])).toEqual([[edge.source, edge.target]]);
    expect(
      db.edgeParts
        .filter((p) => p.edge === edge.id)
        .map((p) => p.doc)
        .sort(),
    ).toEqual(['rpt-paths', 'rpt-paths-b']);
    expectSameGraph(db, expected, ['load rpt-paths', 'load rpt-paths-b', 'reload rpt-paths reversed']);
  });
});
