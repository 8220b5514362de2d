import type { Edge, Node } from './model';

/*
 * How contributions of several documents to one node or edge combine, in load order. Every store
 * builds its merged graph with these, so all stores show the same one.
 */

/** Identity, kind and names come from the first loader; aliases, properties and mentions accumulate. */
export function mergeNodes(parts: Node[]): Node {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeNodes needs at least one part');
  if (rest.length === 0) return first;
  const merged: Node = {
    id: first.id,
    kind: first.kind,
    name: first.name,
    aliases: [],
    properties: {},
    mentions: parts.flatMap((p) => p.mentions),
  };
  const nameKo = parts.find((p) => p.nameKo !== undefined)?.nameKo;
  const nameEn = parts.find((p) => p.nameEn !== undefined)?.nameEn;
  if (nameKo !== undefined) merged.nameKo = nameKo;
  if (nameEn !== undefined) merged.nameEn = nameEn;
  const aliases = new Set<string>();
  for (const part of parts) {
    if (part.name !== first.name) aliases.add(part.name);
    for (const alias of part.aliases) aliases.add(alias);
  }
  aliases.delete(first.name);
  merged.aliases = [...aliases];
  merged.properties = Object.assign({}, ...[...parts].reverse().map((p) => p.properties));
  return merged;
}

/** Endpoints, type and properties come from the first loader; evidence accumulates. */
export function mergeEdges(parts: Edge[]): Edge {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeEdges needs at least one part');
  if (rest.length === 0) return first;
  return {
    ...first,
    properties: Object.assign({}, ...[...parts].reverse().map((p) => p.properties)),
    evidence: parts.flatMap((p) => p.evidence),
  };
}
