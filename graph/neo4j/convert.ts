// Conversions at the adapter edge: driver values to plain numbers and objects, nodes to stored rows.
import neo4j from 'neo4j-driver';
import { GraphError } from '../errors';
import { mergeEdges, mergeNodes } from '../merge';
import type { Edge, Node } from '../model';
import { KEY_SEPARATOR, searchKeys } from '../search-text';

/** Numbers from the driver (lossless `Integer`s or plain numbers) as JavaScript numbers. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  throw new GraphError('UNAVAILABLE', `neo4j returned ${typeof value} where a number was expected`);
}

/** An integer parameter where Cypher needs one (LIMIT, SKIP, list slices): JS numbers travel as floats. */
export function int(value: number) {
  return neo4j.int(value);
}

function parseJson<T>(value: unknown, what: string): T {
  if (typeof value !== 'string') throw new GraphError('UNAVAILABLE', `neo4j: ${what} has no stored JSON`);
  return JSON.parse(value) as T;
}

export const parseNode = (value: unknown): Node => parseJson<Node>(value, 'node');
export const parseEdge = (value: unknown): Edge => parseJson<Edge>(value, 'edge');

function partsOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new GraphError('UNAVAILABLE', `neo4j: ${what} has no stored contribution`);
  return value;
}

/** A node as readers see it: every document's version (JSON, in load order) merged. */
export const mergedNode = (parts: unknown): Node => mergeNodes(partsOf(parts, 'node').map(parseNode));
export const mergedEdge = (parts: unknown): Edge => mergeEdges(partsOf(parts, 'edge').map(parseEdge));

/** The stored, indexed form of a merged node; its `json` is the head, without mentions. */
export function nodeRow(node: Node) {
  const found = searchKeys(node);
  const keys = found.map((k) => k.key);
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    nameKo: node.nameKo ?? null,
    nameEn: node.nameEn ?? null,
    aliasText: node.aliases.length > 0 ? node.aliases.join('\n') : null,
    keys,
    keyTexts: found.map((k) => k.text),
    keyLengths: keys.map((k) => k.length),
    searchText: `${KEY_SEPARATOR}${keys.join(KEY_SEPARATOR)}${KEY_SEPARATOR}`,
    json: JSON.stringify({ ...node, mentions: [] }),
  };
}
