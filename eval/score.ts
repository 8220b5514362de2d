import { type Edge, type EdgeType, type GraphDocument, type Node, SYMMETRIC_EDGES } from '../graph/model';
import type { AnnotatedEntity, Annotation } from './schema';

/** Edges that describe where a name occurs or how the report is built, not what the text states. */
const STRUCTURAL: ReadonlySet<EdgeType> = new Set(['MENTIONED_IN', 'PART_OF']);
/** Document-scoped kinds the annotation does not cover. */
const UNANNOTATED_KINDS = new Set(['Document', 'Section', 'Strategy', 'Implication', 'RoadmapItem']);

export function normalizeForm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.'’"“”‘`()\-–—,]/g, '');
}

export interface FalseLink {
  type: EdgeType;
  source: string;
  target: string;
  rule: string;
  quote: string;
  why: 'unannotated-relation' | 'unannotated-entity' | 'must-not-link';
}

export interface FileScore {
  id: string;
  split: 'dev' | 'test';
  exhaustive: boolean;
  entities: { annotated: number; found: number; nodes: number; correctNodes: number };
  relations: { annotated: number; found: number; foundUntyped: number; edges: number; correct: number };
  mustNotLink: { pairs: number; linked: number };
  /** Annotated relations the graph lacks; `named` when the graph has both entities, so a rule missed it. */
  missed: { type: EdgeType; source: string; target: string; quote: string; named: boolean }[];
  /** Annotated entities no node of the same kind stands for; `asKind` when a node of another kind does. */
  missedEntities: { name: string; kind: string; asKind?: string }[];
  falseLinks: FalseLink[];
  byRule: Map<string, { right: number; wrong: number }>;
}

/**
 * The annotated entities each graph node stands for, by shared surface forms: every one of the node's kind
 * (an annotator may keep apart what the lexicon merges: `electric cars` and `electric vehicles`), else the
 * first of another kind.
 */
function matchNodes(
  doc: GraphDocument,
  entities: readonly AnnotatedEntity[],
): Map<string, AnnotatedEntity[]> {
  const byForm = new Map<string, AnnotatedEntity[]>();
  for (const e of entities) {
    for (const f of [e.name, ...e.aliases]) {
      const key = normalizeForm(f);
      if (!key) continue;
      byForm.set(key, [...(byForm.get(key) ?? []), e]);
    }
  }
  const out = new Map<string, AnnotatedEntity[]>();
  for (const node of doc.nodes) {
    if (UNANNOTATED_KINDS.has(node.kind)) continue;
    const forms = [
      node.name,
      node.nameKo,
      node.nameEn,
      ...node.aliases,
      ...node.mentions.map((m) => m.quote),
    ];
    const sameKind = new Set<AnnotatedEntity>();
    let other: AnnotatedEntity | undefined;
    for (const f of forms) {
      if (!f) continue;
      for (const c of byForm.get(normalizeForm(f)) ?? []) {
        if (c.kind === node.kind) sameKind.add(c);
        else other ??= c;
      }
    }
    if (sameKind.size > 0) out.set(node.id, [...sameKind]);
    else if (other) out.set(node.id, [other]);
  }
  return out;
}

function isSemantic(edge: Edge, nodes: Map<string, Node>): boolean {
  if (STRUCTURAL.has(edge.type)) return false;
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  return !!s && !!t && !UNANNOTATED_KINDS.has(s.kind) && !UNANNOTATED_KINDS.has(t.kind);
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function scoreFile(annotation: Annotation, doc: GraphDocument): FileScore {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const matched = matchNodes(doc, annotation.entities);
  const semantic = doc.edges.filter((e) => isSemantic(e, nodes));

  const foundEntities = new Set<string>();
  const foundAny = new Set([...matched.values()].flat().map((e) => e.name));
  for (const [nodeId, matches] of matched)
    for (const entity of matches) if (nodes.get(nodeId)?.kind === entity.kind) foundEntities.add(entity.name);
  /** Every annotated (source, target) pair an edge can stand for. */
  const pairsOf = (e: Edge): [string, string][] =>
    (matched.get(e.source) ?? []).flatMap((s) =>
      (matched.get(e.target) ?? []).map((t): [string, string] => [s.name, t.name]),
    );
  const entityNodes = doc.nodes.filter((n) => !UNANNOTATED_KINDS.has(n.kind) && n.kind !== 'Figure');

  const typed = new Set<string>();
  const untyped = new Set<string>();
  for (const e of semantic) {
    for (const [s, t] of pairsOf(e)) {
      typed.add(`${e.type}\u0000${pairKey(s, t)}`);
      if (SYMMETRIC_EDGES.has(e.type)) typed.add(`${e.type}\u0000${pairKey(t, s)}`);
      untyped.add(pairKey(s, t));
      untyped.add(pairKey(t, s));
    }
  }
  const annotatedKeys = new Set<string>();
  const missed: FileScore['missed'] = [];
  let found = 0;
  let foundUntyped = 0;
  for (const r of annotation.relations) {
    annotatedKeys.add(`${r.type}\u0000${pairKey(r.source, r.target)}`);
    if (SYMMETRIC_EDGES.has(r.type)) annotatedKeys.add(`${r.type}\u0000${pairKey(r.target, r.source)}`);
    if (typed.has(`${r.type}\u0000${pairKey(r.source, r.target)}`)) found++;
    else
      missed.push({
        type: r.type,
        source: r.source,
        target: r.target,
        quote: r.quote,
        named: foundAny.has(r.source) && foundAny.has(r.target),
      });
    if (untyped.has(pairKey(r.source, r.target))) foundUntyped++;
  }

  const forbidden = new Set<string>();
  for (const p of annotation.mustNotLink) {
    forbidden.add(pairKey(p.a, p.b));
    forbidden.add(pairKey(p.b, p.a));
  }
  const falseLinks: FalseLink[] = [];
  const byRule = new Map<string, { right: number; wrong: number }>();
  let correct = 0;
  const linkedForbidden = new Set<string>();
  for (const e of semantic) {
    const pairs = pairsOf(e);
    const right = pairs.find(([s, t]) => annotatedKeys.has(`${e.type}\u0000${pairKey(s, t)}`));
    const [s, t] = pairs.find(([a, b]) => forbidden.has(pairKey(a, b))) ?? right ?? pairs[0] ?? [];
    const rule = e.evidence[0]?.rule ?? 'unknown';
    const quote = e.evidence[0]?.quote ?? '';
    const tally = byRule.get(rule) ?? { right: 0, wrong: 0 };
    byRule.set(rule, tally);
    if (s && t && forbidden.has(pairKey(s, t))) {
      linkedForbidden.add([s, t].sort().join('\u0000'));
      falseLinks.push({ type: e.type, source: s, target: t, rule, quote, why: 'must-not-link' });
    }
    if (!annotation.exhaustive) continue;
    if (right) {
      correct++;
      tally.right++;
      continue;
    }
    tally.wrong++;
    const name = (id: string) => matched.get(id)?.[0]?.name ?? nodes.get(id)?.name ?? id;
    falseLinks.push({
      type: e.type,
      source: name(e.source),
      target: name(e.target),
      rule,
      quote,
      why: s && t ? 'unannotated-relation' : 'unannotated-entity',
    });
  }
  return {
    id: annotation.id,
    split: annotation.split,
    exhaustive: annotation.exhaustive,
    entities: {
      annotated: annotation.entities.filter((e) => e.kind !== 'Figure').length,
      found: annotation.entities.filter((e) => e.kind !== 'Figure' && foundEntities.has(e.name)).length,
      nodes: entityNodes.length,
      correctNodes: entityNodes.filter((n) => matched.has(n.id)).length,
    },
    relations: {
      annotated: annotation.relations.length,
      found,
      foundUntyped,
      edges: semantic.length,
      correct,
    },
    mustNotLink: { pairs: annotation.mustNotLink.length, linked: linkedForbidden.size },
    missed,
    missedEntities: annotation.entities
      .filter((e) => e.kind !== 'Figure' && !foundEntities.has(e.name))
      .map((e) => {
        const node = [...matched].find(([, ms]) => ms.some((m) => m.name === e.name));
        const asKind = node ? nodes.get(node[0])?.kind : undefined;
        return asKind ? { name: e.name, kind: e.kind, asKind } : { name: e.name, kind: e.kind };
      }),
    falseLinks,
    byRule,
  };
}
