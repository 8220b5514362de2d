import {
  type Edge,
  type EdgeType,
  type Evidence,
  edgeFits,
  type Node,
  type NodeKind,
  type PropertyValue,
  SYMMETRIC_EDGES,
} from '../graph/model';
import { type Span, sourceRange } from './span';

const MAX_EDGE_EVIDENCE = 12;
const MAX_NODE_MENTIONS = 60;

export interface NodeInit {
  name: string;
  nameKo?: string | undefined;
  nameEn?: string | undefined;
  aliases?: Iterable<string>;
  properties?: Record<string, PropertyValue>;
}

/** Evidence rules that quote the section or heading an item sits under. */
const CONTEXT_RULE = /-(?:section|heading)$/;

/** Collects nodes and edges, de-duplicating by id and merging evidence. */
export class GraphBuilder {
  private readonly nodes = new Map<string, Node>();
  private readonly edges = new Map<string, Edge>();
  /** The same edges by type, source and target, so lookups need not build id strings. */
  private readonly index = new Map<string, Map<string, Map<string, Edge>>>();

  private find(type: EdgeType, source: string, target: string): Edge | undefined {
    return this.index.get(type)?.get(source)?.get(target);
  }

  constructor(
    private readonly documentId: string,
    private readonly source: string,
  ) {}

  /** Evidence for span characters `[from, to)`; undefined for an empty range. */
  evidence(span: Span, from: number, to: number, sectionPath: string[], rule: string): Evidence | undefined {
    const range = sourceRange(span, from, to);
    if (!range) return undefined;
    return {
      documentId: this.documentId,
      start: range.start,
      end: range.end,
      quote: this.source.slice(range.start, range.end),
      sectionPath,
      rule,
    };
  }

  sourceSlice(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string, kind: NodeKind, init: NodeInit): Node {
    let node = this.nodes.get(id);
    if (!node) {
      node = {
        id,
        kind,
        name: init.name,
        aliases: [],
        properties: { ...(init.properties ?? {}) },
        mentions: [],
      };
      if (init.nameKo) node.nameKo = init.nameKo;
      if (init.nameEn) node.nameEn = init.nameEn;
      this.nodes.set(id, node);
    }
    for (const alias of init.aliases ?? []) {
      if (alias !== node.name && !node.aliases.includes(alias)) node.aliases.push(alias);
    }
    return node;
  }

  mention(id: string, evidence: Evidence | undefined) {
    const node = this.nodes.get(id);
    if (!node || !evidence || node.mentions.length >= MAX_NODE_MENTIONS) return;
    if (node.mentions.some((m) => m.start === evidence.start && m.end === evidence.end)) return;
    node.mentions.push(evidence);
  }

  edge(
    type: EdgeType,
    source: string,
    target: string,
    evidence: (Evidence | undefined)[],
    properties?: Record<string, PropertyValue>,
  ) {
    if (source === target) return;
    const real = evidence.filter((e): e is Evidence => e !== undefined);
    const from = this.nodes.get(source);
    const to = this.nodes.get(target);
    if (real.length === 0 || !from || !to || !edgeFits(type, from.kind, to.kind)) return;
    // `Japan's FTAs`: a kind of policy every country has is enacted by none of them as such.
    if (type === 'ENACTED_BY' && from.properties.generic === true) return;
    // `A partners with B` and later `B and A cooperate`: one partnership.
    let edge =
      this.find(type, source, target) ??
      (SYMMETRIC_EDGES.has(type) ? this.find(type, target, source) : undefined);
    if (!edge) {
      const id = `${type}|${source}|${target}`;
      edge = { id, type, source, target, properties: { ...properties }, evidence: [] };
      this.edges.set(id, edge);
      let bySource = this.index.get(type);
      if (!bySource) {
        bySource = new Map();
        this.index.set(type, bySource);
      }
      let byTarget = bySource.get(source);
      if (!byTarget) {
        byTarget = new Map();
        bySource.set(source, byTarget);
      }
      byTarget.set(target, edge);
    }
    for (const e of real) {
      if (edge.evidence.length >= MAX_EDGE_EVIDENCE) break;
      if (!edge.evidence.some((x) => x.start === e.start && x.end === e.end)) edge.evidence.push(e);
    }
  }

  nodeMentions(id: string): readonly Evidence[] {
    return this.nodes.get(id)?.mentions ?? [];
  }

  mentionsFull(id: string): boolean {
    return (this.nodes.get(id)?.mentions.length ?? 0) >= MAX_NODE_MENTIONS;
  }

  evidenceFull(type: EdgeType, source: string, target: string): boolean {
    return (this.find(type, source, target)?.evidence.length ?? 0) >= MAX_EDGE_EVIDENCE;
  }

  hasEdge(type: EdgeType, source: string, target: string): boolean {
    return this.find(type, source, target) !== undefined;
  }

  /** Edges list first the passage that names both their ends, so the quote a reader sees states the link. */
  build(): { nodes: Node[]; edges: Edge[] } {
    const names = (id: string, ev: Evidence) =>
      this.nodes.get(id)?.mentions.some((m) => m.start >= ev.start && m.end <= ev.end) ? 1 : 0;
    // A heading gives the context; the passage under it states the link.
    const own = (ev: Evidence) => (ev.rule && CONTEXT_RULE.test(ev.rule) ? 0 : 1);
    for (const edge of this.edges.values()) {
      if (edge.evidence.length < 2) continue;
      const score = new Map(
        edge.evidence.map((ev) => [ev, 2 * (names(edge.source, ev) + names(edge.target, ev)) + own(ev)]),
      );
      edge.evidence.sort((a, b) => score.get(b)! - score.get(a)!);
    }
    // `The UK's strategy will reduce the UK's reliance …`, `U.S. IEEPA tariffs`: what a policy does to the country that
    // enacted it or is a party to it is that country's own doing; AFFECTS and IMPOSES say how a policy bears on others.
    // A country that stopped implementing a policy (`ENACTED_BY`, negative) is still one it bears on.
    const holds = (e: Edge | undefined) => e !== undefined && e.properties.polarity !== 'negative';
    const edges = [...this.edges.values()].filter(
      (e) =>
        (e.type !== 'AFFECTS' && e.type !== 'IMPOSES') ||
        this.nodes.get(e.target)?.kind !== 'Country' ||
        (!holds(this.find('ENACTED_BY', e.source, e.target)) &&
          !holds(this.find('MEMBER_OF', e.target, e.source))),
    );
    return { nodes: [...this.nodes.values()], edges };
  }
}
