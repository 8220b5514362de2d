import type { Edge, EdgeType, Node } from '../../../graph/model';

/*
 * A node's relationships, ranked by meaning: relations the report states (a strategy RESPONDS_TO a
 * policy, a policy AFFECTS a company) come before structural ones (where the report MENTIONs a name,
 * which section is PART_OF which), and co-mentions (CONCERNS: an item merely names the entity) in between.
 */

/** Links that record the report's structure, not a statement; hidden until asked for. */
export const STRUCTURAL_TYPES: readonly EdgeType[] = ['MENTIONED_IN', 'PART_OF'];

/** Links that only say two names occur in one item; weak as a step of an argument. */
export const CO_MENTION_TYPES: readonly EdgeType[] = ['CONCERNS'];

/** Order of edge types in the relationships list and in expansion, most telling first. */
export const RELATION_ORDER: readonly EdgeType[] = [
  'RESPONDS_TO',
  'AFFECTS',
  'TARGETS',
  'IMPOSES',
  'SECURES',
  'IMPLIES',
  'ENACTED_BY',
  'FUNDS',
  'INVESTS_IN',
  'SUPPLIES',
  'PRODUCES',
  'DEVELOPS',
  'USES',
  'SERVES',
  'SCHEDULES',
  'PARTNERS_WITH',
  'ACQUIRES',
  'LICENSES_FROM',
  'OPERATES_IN',
  'BASED_IN',
  'LOCATED_IN',
  'MEMBER_OF',
  'MEASURES',
  'CONCERNS',
  'PART_OF',
  'MENTIONED_IN',
];

export const isStructural = (type: EdgeType) => STRUCTURAL_TYPES.includes(type);

export function relationRank(type: EdgeType): number {
  const i = RELATION_ORDER.indexOf(type);
  return i < 0 ? RELATION_ORDER.length : i;
}

export type Direction = 'out' | 'in';

export interface Relation {
  edge: Edge;
  /** The node at the other end (undefined while it is not fetched). */
  other: Node | undefined;
  otherId: string;
}

export interface RelationGroup {
  /** `TYPE:out` or `TYPE:in`, stable for React keys and test ids. */
  key: string;
  type: EdgeType;
  /** `out`: the centre is the source (IRA —TARGETS→ …); `in`: the centre is the target (… —RESPONDS_TO→ IRA). */
  direction: Direction;
  structural: boolean;
  relations: Relation[];
}

export const groupKey = (type: EdgeType, direction: Direction) => `${type}:${direction}`;

/**
 * The centre's edges grouped by type and direction, groups ranked by `RELATION_ORDER`, rows within a
 * group by evidence count and then name. Self-loops are left out.
 */
export function groupRelations(
  centerId: string,
  edges: Iterable<Edge>,
  nodes: ReadonlyMap<string, Node>,
): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const seen = new Set<string>();
  for (const edge of edges) {
    if (seen.has(edge.id)) continue;
    const direction: Direction | null =
      edge.source === centerId && edge.target !== centerId
        ? 'out'
        : edge.target === centerId && edge.source !== centerId
          ? 'in'
          : null;
    if (!direction) continue;
    seen.add(edge.id);
    const key = groupKey(edge.type, direction);
    let group = groups.get(key);
    if (!group) {
      group = { key, type: edge.type, direction, structural: isStructural(edge.type), relations: [] };
      groups.set(key, group);
    }
    const otherId = direction === 'out' ? edge.target : edge.source;
    group.relations.push({ edge, other: nodes.get(otherId), otherId });
  }
  const list = [...groups.values()];
  for (const group of list) {
    group.relations.sort(
      (a, b) =>
        b.edge.evidence.length - a.edge.evidence.length ||
        (a.other?.name ?? a.otherId).localeCompare(b.other?.name ?? b.otherId) ||
        (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0),
    );
  }
  return list.sort(
    (a, b) =>
      relationRank(a.type) - relationRank(b.type) ||
      (a.direction === b.direction ? 0 : a.direction === 'in' ? -1 : 1),
  );
}

/**
 * The centre's neighbours in the order an expansion adds them: by their most telling link, stated
 * relations first. Structural neighbours are left out unless the node has nothing else (a section).
 */
export function rankNeighbours(centerId: string, edges: Iterable<Edge>, nodes: ReadonlyMap<string, Node>) {
  const groups = groupRelations(centerId, edges, nodes);
  const stated = groups.filter((g) => !g.structural);
  const order: string[] = [];
  const seen = new Set<string>();
  for (const group of stated.length > 0 ? stated : groups) {
    for (const r of group.relations) {
      if (seen.has(r.otherId)) continue;
      seen.add(r.otherId);
      order.push(r.otherId);
    }
  }
  return order;
}

/** How a group reads in the list: "Responded to by", "Targets", … */
export function groupLabel(type: EdgeType, direction: Direction): string {
  const words = type.toLowerCase().split('_');
  const verb = words.join(' ');
  if (direction === 'out') return verb.charAt(0).toUpperCase() + verb.slice(1);
  return `← ${verb}`;
}
