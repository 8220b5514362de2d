import { invalidInput } from './errors';
import { type Edge, EdgeType, type Node, NodeKind } from './model';
import { normalizeName } from './search-text';
import { type GraphPath, LIMITS } from './store';

/*
 * What every store checks in query arguments and how it orders results, so all stores accept,
 * reject and answer alike.
 */

/** Shortest paths enumerated before ranking, per requested result; bounds the work when hubs make thousands of ties. */
export const PATH_CANDIDATES_PER_RESULT = 20;

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most evidence first, then by id, so results never depend on insertion order. */
export function compareEdges(a: Edge, b: Edge): number {
  return b.evidence.length - a.evidence.length || compareStrings(a.id, b.id);
}

/**
 * The best `limit` of the given node sequences as paths: each step takes `edgeBetween` its two nodes,
 * and paths with more evidence on their edges come first, ties broken by their node ids.
 */
export function rankPaths(
  sequences: string[][],
  limit: number,
  edgeBetween: (a: string, b: string) => Edge,
  node: (id: string) => Node,
): GraphPath[] {
  return sequences
    .map((ids) => {
      const edges = ids.slice(1).map((id, i) => edgeBetween(ids[i]!, id));
      const weight = edges.reduce((sum, edge) => sum + edge.evidence.length, 0);
      return { ids, edges, weight, key: ids.join('\u0000') };
    })
    .sort((a, b) => b.weight - a.weight || compareStrings(a.key, b.key))
    .slice(0, limit)
    .map((p) => ({ nodes: p.ids.map(node), edges: p.edges }));
}

/** The normalized search text; INVALID_INPUT when nothing is left to search for. */
export function checkSearchText(q: unknown): string {
  const needle = typeof q === 'string' ? normalizeName(q) : '';
  if (needle === '') throw invalidInput('search query must not be empty', { field: 'q' });
  return needle;
}

export function checkSubgraphIds(ids: unknown): void {
  if (!Array.isArray(ids) || ids.length > LIMITS.subgraphMaxIds) {
    throw invalidInput(`subgraph takes at most ${LIMITS.subgraphMaxIds} ids`, { field: 'ids' });
  }
}

/** `value`, or `fallback` when it is undefined; INVALID_INPUT unless an integer from `min` to `max`. */
export function checkCount(
  value: number | undefined,
  fallback: number,
  max: number,
  field: string,
  min = 1,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(`${field} must be an integer from ${min} to ${max}, got ${value}`, { field });
  }
  return value;
}

/** The distinct kinds, or undefined for "no filter". */
export function checkKinds(kinds: readonly string[] | undefined, field = 'kinds'): NodeKind[] | undefined {
  return checkVocabulary(kinds, NodeKind.options, field);
}

/** The distinct edge types, or undefined for "no filter". */
export function checkTypes(types: readonly string[] | undefined): EdgeType[] | undefined {
  return checkVocabulary(types, EdgeType.options, 'types');
}

function checkVocabulary<T extends string>(
  values: readonly string[] | undefined,
  allowed: readonly T[],
  field: string,
): T[] | undefined {
  if (values === undefined) return undefined;
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidInput(`${field}: unknown value "${value}" (expected one of ${allowed.join(', ')})`, {
        field,
      });
    }
  }
  return [...new Set(values as readonly T[])];
}
